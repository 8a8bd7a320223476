/**
 * The checker's public API: check(text, policy) -> findings. Pure: no chrome.*, DOM or storage, so the
 * extension, the CLI and the tests run exactly the same code.
 */
import { CHUNK_THRESHOLD, ChunkCache, splitChunks } from './chunks';
import { CheckDoc } from './doc';
import { detectPhi } from './phi';
import { runRules } from './rules';
import type { Finding } from './types';
import type { Policy } from '../policy/types';

export type { Finding, Severity, Category, PhiCategory, PolicyCategory, Evidence, Fix } from './types';
export { PHI_CATEGORIES, POLICY_CATEGORIES } from './types';

/** Drafts longer than this are checked only up to here (a 1 MB paste must never freeze the page). */
export const MAX_CHECK_LENGTH = 200_000;

interface ChunkResult {
  phi: Finding[];
  passage: Finding[];
}
const chunkCache = new WeakMap<Policy, ChunkCache<ChunkResult>>();

const shift = (fs: readonly Finding[], by: number) => fs.map((f) => ({ ...f, start: f.start + by, end: f.end + by }));

/**
 * A long draft, a paragraph at a time: PHI and passage rules per chunk, cached by the chunk's text, so
 * a keystroke re-checks one paragraph; whole-post rules (a missing disclaimer) still see the whole text.
 */
function checkLong(doc: CheckDoc, policy: Policy): Finding[] {
  let cache = chunkCache.get(policy);
  if (!cache) chunkCache.set(policy, (cache = new ChunkCache()));
  const phi: Finding[] = [];
  const passage: Finding[] = [];
  for (const chunk of splitChunks(doc.text)) {
    let result = cache.get(chunk.text);
    if (!result) {
      const chunkDoc = new CheckDoc(chunk.text);
      const chunkPhi = detectPhi(chunkDoc, policy);
      result = { phi: chunkPhi, passage: runRules(chunkDoc, policy, chunkPhi, 'passage') };
      cache.set(chunk.text, result);
    }
    phi.push(...shift(result.phi, chunk.start));
    passage.push(...shift(result.passage, chunk.start));
  }
  return [...phi, ...passage, ...runRules(doc, policy, phi, 'post')];
}

function checkWhole(doc: CheckDoc, policy: Policy): Finding[] {
  const phi = detectPhi(doc, policy);
  return [...phi, ...runRules(doc, policy, phi)];
}

export function check(text: string, policy: Policy): Finding[] {
  const checked = text.length > MAX_CHECK_LENGTH ? text.slice(0, MAX_CHECK_LENGTH) : text;
  const doc = new CheckDoc(checked);
  const findings = checked.length < CHUNK_THRESHOLD ? checkWhole(doc, policy) : checkLong(doc, policy);
  return findings
    .filter((f) => f.start >= 0 && f.end <= checked.length && f.start < f.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
}
