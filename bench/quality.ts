/**
 * PostSafe against public open-source detectors on the same corpus, in one run: PHI recall, precision,
 * clean-post pass rate and throughput (posts per second), so the price of better recall is visible.
 *
 *   npm run bench:quality [-- --corpus FILE]     (default: ../shared/eval/corpus-dev.jsonl)
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { OpenRedaction } from 'openredaction';
import { check } from '../lib/check';
import { DEFAULT_POLICY } from '../lib/policy/default';

interface Span { start: number; end: number; category: string }
interface Post { id: string; text: string; spans: Span[]; labels: string[] }
type Detector = { name: string; detect(text: string): Promise<Span[]> | Span[] };

const arg = (name: string) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; };
const corpus = resolve(arg('--corpus') ?? '../shared/eval/corpus-dev.jsonl');
if (!existsSync(corpus)) {
  console.error(`bench:quality: no corpus at ${corpus} (pass --corpus FILE)`);
  process.exit(2);
}
const scorer = resolve(dirname(corpus), 'score.mjs');
const { loadCorpus, score } = await import(pathToFileURL(scorer).href);

const require = createRequire(import.meta.url);
const { SyncRedactor } = require('redact-pii') as { SyncRedactor: new () => { redact(t: string): string } };

/** redact-pii returns only redacted text: recover spans by matching the literal text around placeholders. */
function spansFromRedacted(original: string, redacted: string): Span[] {
  const parts = redacted.split(/\b([A-Z]+(?:_[A-Z]+)+|DIGITS)\b/);
  const spans: Span[] = [];
  let at = 0;
  for (let i = 0; i < parts.length; i++) {
    if (i % 2 === 0) {
      const literal = parts[i];
      if (!literal) {
        if (i === parts.length - 1 && i > 0) spans.push({ start: at, end: original.length, category: parts[i - 1] });
        continue;
      }
      const found = original.indexOf(literal, at);
      if (found < 0) break;
      if (i > 0 && found > at) spans.push({ start: at, end: found, category: parts[i - 1] });
      at = found + literal.length;
    }
  }
  return spans;
}

/** Other detectors' type names mapped to the corpus's PHI categories; anything else counts as OTHER_ID. */
const CATEGORY_OF: [RegExp, string][] = [
  [/NAME|PERSON/, 'NAME'], [/DOB|DATE|BIRTH/, 'DATE'], [/PHONE|MOBILE|TEL/, 'PHONE'], [/FAX/, 'FAX'],
  [/EMAIL/, 'EMAIL'], [/SOCIAL_SECURITY|SSN/, 'SSN'], [/MEDICAL_RECORD|MRN/, 'MRN'], [/MEDICARE|MEDICAID|INSURANCE|HEALTH_PLAN|MEMBER/, 'HEALTH_PLAN'],
  [/CREDIT|CARD|ACCOUNT|IBAN|BANK|ROUTING/, 'ACCOUNT'], [/LICEN[CS]E|PASSPORT/, 'LICENSE'], [/VIN|PLATE|VEHICLE/, 'VEHICLE'],
  [/URL|DOMAIN/, 'URL'], [/IP_?ADDRESS|IPV|^IP$/, 'IP'], [/ADDRESS|STREET|ZIP|POST|CITY|LOCATION/, 'LOCATION'], [/USERNAME|HANDLE/, 'HANDLE'],
];
const toPhiCategory = (type: string) => CATEGORY_OF.find(([re]) => re.test(type.toUpperCase()))?.[1] ?? 'OTHER_ID';

const openRedaction = new OpenRedaction({});
const redactPii = new SyncRedactor();
const detectors: Detector[] = [
  { name: 'PostSafe', detect: (t) => check(t, DEFAULT_POLICY) },
  {
    name: 'openredaction',
    async detect(t) {
      const r = await openRedaction.detect(t);
      return r.detections.map((d: { position: [number, number]; type: string }) => ({ start: d.position[0], end: d.position[1], category: toPhiCategory(d.type) }));
    },
  },
  { name: 'redact-pii', detect: (t) => spansFromRedacted(t, redactPii.redact(t)).map((x) => ({ ...x, category: toPhiCategory(x.category) })) },
];

const posts: Post[] = loadCorpus(corpus);
const results = [];
for (const d of detectors) {
  const predictions = new Map<string, Span[]>();
  const t0 = performance.now();
  for (const p of posts) predictions.set(p.id, await d.detect(p.text));
  const seconds = (performance.now() - t0) / 1000;
  const s = score(posts, predictions);
  if (process.env.DEBUG_BENCH) console.error(d.name, s.found, s.gold, [...predictions.values()].flat().length);
  results.push({ detector: d.name, recall: s.recall, precision: s.precision, f2: s.f2, cleanPass: s.cleanPass, postsPerSecond: posts.length / seconds });
}

const f = (x: number | null) => (x == null ? '  -  ' : x.toFixed(3));
console.log(`corpus: ${posts.length} posts\n`);
console.log('detector        PHI recall  precision     F2   clean pass   posts/s');
for (const r of results) {
  console.log(`${r.detector.padEnd(15)} ${f(r.recall).padStart(10)} ${f(r.precision).padStart(10)} ${f(r.f2).padStart(6)} ${f(r.cleanPass).padStart(12)} ${r.postsPerSecond.toFixed(0).padStart(9)}`);
}
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/quality.json', JSON.stringify({ when: new Date().toISOString(), corpus: 'corpus-dev', results }, null, 2));
