import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The colour tokens of components/styles.css, light (:root) and dark (the prefers-color-scheme block). */
const css = readFileSync(join(import.meta.dirname, '../../components/styles.css'), 'utf8');
function tokens(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]));
}
const light = tokens(css.slice(css.indexOf(':root {'), css.indexOf('@media (prefers-color-scheme: dark)')));
const dark = tokens(css.slice(css.indexOf('@media (prefers-color-scheme: dark)'), css.indexOf('*, *::before')));

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Text colour on background colour, as the stylesheet pairs them. */
const PAIRS: [string, string][] = [
  ['text', 'surface'], ['text', 'bg'], ['muted', 'surface'], ['muted', 'bg'], ['accent', 'surface'], ['accent', 'bg'],
  ['accent-text', 'accent'], ['text', 'accent-soft'], ['warn', 'warn-soft'], ['block', 'block-soft'], ['block', 'surface'],
  ['ok', 'surface'], ['text', 'block-soft'], ['text', 'warn-soft'], ['text', 'info-soft'], ['muted', 'info-soft'],
  ['muted', 'block-soft'], ['muted', 'warn-soft'], ['accent', 'block-soft'],
];

describe('colour contrast meets WCAG AA (4.5:1) in both schemes', () => {
  for (const [scheme, t] of [['light', light], ['dark', dark]] as const) {
    it.each(PAIRS)(`${scheme}: %s on %s`, (fg, bg) => {
      expect(t[fg], `--${fg} in ${scheme}`).toBeDefined();
      expect(t[bg], `--${bg} in ${scheme}`).toBeDefined();
      expect(contrast(t[fg], t[bg])).toBeGreaterThanOrEqual(4.5);
    });
  }
});
