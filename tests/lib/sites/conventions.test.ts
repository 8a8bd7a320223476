/**
 * Every site has its adapter in the registry, a fixture page built with the site's real editor, and a
 * spec running the shared suite; every adapter's Post-button selectors find the button on its fixture.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITES } from '../../../lib/sites';

const ROOT = resolve(import.meta.dirname, '../../..');

describe.each(SITES.map((s) => [s.id, s] as const))('site %s', (id, site) => {
  const fixture = join(ROOT, 'tests/fixtures/sites', id, 'index.html');

  it('has a fixture page and an entry script', () => {
    expect(existsSync(fixture)).toBe(true);
    expect(existsSync(join(ROOT, 'tests/fixtures/sites', id, 'entry.js'))).toBe(true);
  });

  it('has a spec that runs the shared suite', () => {
    const spec = join(ROOT, 'tests/e2e/sites', `${id}.e2e.ts`);
    expect(existsSync(spec)).toBe(true);
    expect(readFileSync(spec, 'utf8')).toContain('siteSuite(');
  });

  it('says which editor the real site uses', () => {
    const source = readFileSync(join(ROOT, 'lib/sites', `${id}.ts`), 'utf8');
    expect(source).toMatch(/Draft\.js|Lexical|Quill|ProseMirror|TipTap|textarea|contenteditable/);
  });

  it('finds the Post button on its fixture page', () => {
    document.documentElement.innerHTML = readFileSync(fixture, 'utf8').replace(/<script[\s\S]*?<\/script>/g, '');
    expect(document.querySelector(site.submitButtons.join(','))).not.toBeNull();
  });
});
