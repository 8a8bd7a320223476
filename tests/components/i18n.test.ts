import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { t } from '../../components/i18n';

const ROOT = join(import.meta.dirname, '../..');
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string): Messages => JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8'));
const en = load('en');

describe('i18n messages', () => {
  it.each(readdirSync(join(ROOT, 'public/_locales')).filter((l) => l !== 'en'))('%s has every English message, with the same placeholders', (lang) => {
    const other = load(lang);
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
    for (const [key, entry] of Object.entries(en)) {
      expect(Object.keys(other[key].placeholders ?? {}), key).toEqual(Object.keys(entry.placeholders ?? {}));
      expect(other[key].message.trim(), key).not.toBe('');
    }
  });

  it('every message key the pages use exists', () => {
    const dir = join(ROOT, 'components');
    const used = readdirSync(dir)
      .filter((f) => /\.tsx?$/.test(f))
      .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/\bt\('([A-Za-z0-9_]+)'/g)].map((m) => m[1]));
    expect(used.length).toBeGreaterThan(50);
    for (const key of used) expect(en, key).toHaveProperty(key);
  });

  it('falls back to English with substitutions when the browser has no i18n', () => {
    expect(t('snippetCount', [3, 10])).toBe('Showing 3 of 10 snippets');
    expect(t('siteSupported', 'X')).toBe('Checking drafts on X');
  });
});
