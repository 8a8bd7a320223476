/**
 * Speed benchmarks (issue 7). Prints a table and writes JSON to bench-results/ (git-ignored).
 * `--smoke` runs a few iterations only: CI checks the benchmarks work, it does not judge timings.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { check } from '../lib/check';
import { DEFAULT_POLICY } from '../lib/policy/default';
import { draftOfLength } from './text';
import { HOSTILE } from './hostile';
import { CheckDoc } from '../lib/check/doc';
import { RECOGNIZERS } from '../lib/check/phi';

const smoke = process.argv.includes('--smoke');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * A first check of `text` with a warm engine (JIT, lexicons) but a cold paragraph cache: a fresh
 * policy object per run, since the cache is kept per policy. This is the cost of a paste.
 */
function time(text: string, iterations: number): number {
  for (let i = 0; i < Math.min(3, iterations); i++) check(text, { ...DEFAULT_POLICY }); // warm up
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const policy = { ...DEFAULT_POLICY };
    const t0 = performance.now();
    check(text, policy);
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

const rows: { case: string; chars: number; medianMs: number; msPer1k: number; target?: string }[] = [];
const cases: [string, number, number, string?][] = [
  ['post', 280, smoke ? 5 : 200, '≤ 2 ms'],
  ['long post', 2_000, smoke ? 3 : 100, '≤ 10 ms'],
  ['draft', 10_000, smoke ? 2 : 30, '≤ 60 ms'],
  ['linearity 1k', 1_000, smoke ? 2 : 100],
  ['linearity 100k', 100_000, smoke ? 1 : 5],
];
for (const [name, chars, iterations, target] of cases) {
  const ms = time(draftOfLength(chars), iterations);
  rows.push({ case: name, chars, medianMs: +ms.toFixed(3), msPer1k: +((ms / chars) * 1000).toFixed(3), target });
}

// A one-character edit in a 10,000-character draft: the re-check a keystroke causes.
{
  const base = draftOfLength(10_000);
  check(base, DEFAULT_POLICY);
  const samples: number[] = [];
  for (let i = 0; i < (smoke ? 2 : 30); i++) {
    const at = 5_000 + i;
    const edited = base.slice(0, at) + 'x' + base.slice(at);
    const t0 = performance.now();
    check(edited, DEFAULT_POLICY);
    samples.push(performance.now() - t0);
  }
  rows.push({ case: 'one-char edit in 10k', chars: 10_001, medianMs: +median(samples).toFixed(3), msPer1k: +((median(samples) / 10) ).toFixed(3), target: '≤ 5 ms' });
}

// Hostile 100 KB drafts (bench/hostile.ts): each recognizer alone, once per draft; the slowest pair is
// reported, so a per-match scan of the whole draft (quadratic time) shows up here rather than as a hang.
{
  let worst = { ms: 0, who: '' };
  for (const [name, text] of Object.entries(HOSTILE)) {
    const doc = new CheckDoc(text);
    for (const r of RECOGNIZERS) {
      const t0 = performance.now();
      r.recognize({ doc, policy: DEFAULT_POLICY });
      const ms = performance.now() - t0;
      if (ms > worst.ms) worst = { ms, who: `${r.id} on ${name}` };
    }
  }
  rows.push({ case: `hostile 100k (${worst.who})`, chars: 100_000, medianMs: +worst.ms.toFixed(3), msPer1k: +(worst.ms / 100).toFixed(3), target: '≤ 500 ms' });
}

// What loads on every supported page (the loader), and the composer it injects once a box takes focus.
const sizeKb = (file: string) => (existsSync(file) ? +(statSync(file).size / 1024).toFixed(1) : null);
const bundleKb = sizeKb('.output/chrome-mv3/content-scripts/composer.js');
const composerKb = sizeKb('.output/chrome-mv3/composer-main.js');

console.log('case                     chars    median ms   ms/1k chars   target');
for (const r of rows) {
  console.log(`${r.case.padEnd(22)} ${String(r.chars).padStart(7)}  ${r.medianMs.toFixed(3).padStart(10)}  ${r.msPer1k.toFixed(3).padStart(12)}   ${r.target ?? ''}`);
}
console.log(`content-script bundle: ${bundleKb === null ? 'not built (run npm run build)' : `${bundleKb} KB loader on every page + ${composerKb} KB composer injected on first focus`} (target ≤ 250 KB)`);

mkdirSync('bench-results', { recursive: true });
const out = { when: new Date().toISOString(), smoke, node: process.version, rows, contentScriptKb: bundleKb, composerKb };
writeFileSync('bench-results/engine.json', JSON.stringify(out, null, 2));

