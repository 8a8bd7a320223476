/**
 * Context scoring (Presidio's LemmaContextAwareEnhancer): a whole-word context word in the text before
 * a candidate, within the same sentence or the few words before it, raises its score.
 */
import type { CheckDoc } from '../doc';
import type { Candidate } from './recognizer';

/** How much a context word raises a candidate's score. */
export const CONTEXT_BOOST = 0.35;
/** How far before (and after) a candidate a context word may be, in characters. */
const WINDOW_BEFORE = 60;
const WINDOW_AFTER = 25;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const cache = new Map<string, RegExp>();

function wordRegex(word: string): RegExp {
  let re = cache.get(word);
  if (!re) {
    // Whole words only: "pt" must not match inside "optimal"; letters include accented ones. A digit may
    // come before ("92yo", "3yo"), not after.
    re = new RegExp(`(?<![\\p{L}])${escape(word.toLowerCase())}(?![\\p{L}\\p{N}])`, 'u');
    cache.set(word, re);
  }
  return re;
}

const LETTER = /[\p{L}\p{N}]/u;
/**
 * Only whole words inside the window count: its edges move in past a word they cut in two, so the window never reads
 * "née" out of "journée" or "pt" out of "ptosis".
 */
function wordStart(text: string, at: number): number {
  while (at > 0 && at < text.length && LETTER.test(text[at - 1]!) && LETTER.test(text[at]!)) at++;
  return at;
}
function wordEnd(text: string, at: number): number {
  while (at < text.length && at > 0 && LETTER.test(text[at - 1]!) && LETTER.test(text[at]!)) at--;
  return at;
}

/** The first context word found near [start, end), or undefined. */
export function findContextWord(doc: CheckDoc, start: number, end: number, words: readonly string[]): string | undefined {
  const before = doc.lower.slice(wordStart(doc.lower, Math.max(0, start - WINDOW_BEFORE)), start);
  const after = doc.lower.slice(end, wordEnd(doc.lower, Math.min(doc.lower.length, end + WINDOW_AFTER)));
  // One regex for the whole list first: most windows hold none of its words, and testing each word was most of a check's time
  const any = anyWordRegex(words);
  if (!any.test(before) && !any.test(after)) return undefined;
  for (const w of words) {
    const re = wordRegex(w);
    if (re.test(before) || re.test(after)) return w;
  }
  return undefined;
}

const anyWord = new WeakMap<readonly string[], RegExp>();
function anyWordRegex(words: readonly string[]): RegExp {
  let re = anyWord.get(words);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}])(?:${words.map((w) => escape(w.toLowerCase())).join('|')})(?![\\p{L}\\p{N}])`, 'u');
    anyWord.set(words, re);
  }
  return re;
}

export function applyContext(doc: CheckDoc, c: Candidate, words: readonly string[] | undefined): Candidate {
  if (c.context || c.contextApplied || !words?.length) return c;
  const word = findContextWord(doc, c.start, c.end, words);
  return word ? { ...c, score: Math.min(1, c.score + CONTEXT_BOOST), context: word } : c;
}
