// @vitest-environment node
/**
 * The conventions check for recognizers (refined-github's features test): every file in lib/check/phi
 * that exports a recognizer is in the RECOGNIZERS registry, its id is its file name, and it has a test
 * file beside the others here.
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RECOGNIZERS } from '../../../../lib/check/phi';
import type { Recognizer } from '../../../../lib/check/phi/recognizer';

const PHI_DIR = fileURLToPath(new URL('../../../../lib/check/phi/', import.meta.url));
const TEST_DIR = fileURLToPath(new URL('./', import.meta.url));

const isRecognizer = (v: unknown): v is Recognizer =>
  typeof v === 'object' && v !== null && typeof (v as Recognizer).recognize === 'function' && typeof (v as Recognizer).id === 'string';

const files = readdirSync(PHI_DIR).filter((f) => f.endsWith('.ts') && f !== 'index.ts');

describe('recognizer registry', () => {
  it.each(files)('%s: each exported recognizer is registered, named after its file, and tested', async (file) => {
    const mod: Record<string, unknown> = await import(/* @vite-ignore */ `${PHI_DIR}${file}`);
    for (const r of Object.values(mod).filter(isRecognizer)) {
      expect(RECOGNIZERS).toContain(r);
      expect(r.id).toBe(file.replace(/\.ts$/, ''));
      expect(existsSync(`${TEST_DIR}${r.id}.test.ts`)).toBe(true);
    }
  });

  it('every registered recognizer comes from its own file', async () => {
    const exported = new Set<Recognizer>();
    for (const file of files) {
      const mod: Record<string, unknown> = await import(/* @vite-ignore */ `${PHI_DIR}${file}`);
      Object.values(mod).filter(isRecognizer).forEach((r) => exported.add(r));
    }
    expect([...exported].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...RECOGNIZERS].sort((a, b) => a.id.localeCompare(b.id)));
  });

  it('ids are unique', () => {
    const ids = RECOGNIZERS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
