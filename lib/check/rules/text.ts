/** Small matching helpers shared by the rules: whole-word term lists and policy-supplied regexes. */

import { requiredLiterals } from './needles';

export interface Match {
  start: number;
  end: number;
  text: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Letters of the Latin scripts we read, so "niño" is one word and word edges work in Spanish and French. */
const WORD = 'A-Za-z0-9\\u00C0-\\u024F';

/**
 * One regex for a term list: case-insensitive, whole words, flexible spaces and hyphens, an optional
 * plural "s", and a leading "#" so hashtags count ("#drugseekers" matches "drug seeker").
 */
const termsCache = new Map<string, RegExp | undefined>();
/** The same list object (a policy's option) is asked for once per sentence: look it up without joining it. */
const termsByList = new WeakMap<readonly string[], RegExp | undefined>();

export function termsRegex(terms: readonly string[]): RegExp | undefined {
  if (termsByList.has(terms)) return termsByList.get(terms);
  const key = terms.join('\u0000');
  // Policies are few and their lists fixed; the cache only grows when an admin edits a list.
  if (termsCache.size > 500) termsCache.clear();
  const re = termsCache.has(key) ? termsCache.get(key) : buildTermsRegex(terms);
  termsCache.set(key, re);
  termsByList.set(terms, re);
  return re;
}

function buildTermsRegex(terms: readonly string[]): RegExp | undefined {
  const parts = terms
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean)
    // longest first, so "100% success rate" wins over "100% success"
    .sort((a, b) => b.length - a.length)
    .map((t) => escape(t).replace(/(?:\\-|\s)+/g, '[\\s-]*'));
  if (!parts.length) return undefined;
  const source = `(?<![${WORD}])#?(?:${parts.join('|')})(?:s|es)?(?![${WORD}])`;
  return new RegExp(source, fastFlags(source, 'giu'));
}

export function findTerms(text: string, terms: readonly string[]): Match[] {
  const re = termsRegex(terms);
  return re && mayMatch(re, text) ? execAll(re, text) : [];
}

/**
 * Every non-empty match of a cached global regex. `exec` from lastIndex 0 rather than `matchAll`, which
 * clones the regex on each call: with hundreds of policy patterns per sentence, the clones were most of
 * the rules' time. Callers never nest two scans of one regex, so sharing its lastIndex is safe.
 */
function execAll(re: RegExp, text: string): Match[] {
  const out: Match[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  re.lastIndex = 0;
  return out;
}

/**
 * Compiles a policy regex once per pattern and flags (a check runs hundreds of policy patterns, and
 * building them anew on every keystroke was most of the rules' time). Invalid patterns were rejected
 * by validation, so a failure here yields nothing. The regexes are global and shared: scan them with
 * execAll (or matchAll, which copies the regex), never with a bare exec loop that could stop halfway.
 */
const compiled = new Map<string, Map<string, RegExp | undefined>>();

/**
 * `\b` only knows ASCII letters, so "\bllegó\b" and "\bélimine" never match. Policy authors write
 * `\b` meaning a word edge in their language: it is read as an edge between a Latin letter (accented
 * too) or digit and anything else. A `\b` inside a character class (backspace) is left alone. The
 * lookarounds cost a fast scan, so only patterns that spell an accented letter are rewritten, and a
 * leading \b only when a word of the pattern may start with one.
 */
const EDGE_CHARS = 'A-Za-z0-9_\\u00C0-\\u024F';
const EDGE = `(?:(?<=[${EDGE_CHARS}])(?![${EDGE_CHARS}])|(?<![${EDGE_CHARS}])(?=[${EDGE_CHARS}]))`;

export function latinBoundaries(pattern: string): string {
  if (!/[\u00C0-\u024F]/.test(pattern)) return pattern;
  // A leading \b is kept native (V8 scans far faster for it) unless a word may start accented.
  const accentedStart = /^\\b[\u00C0-\u024F]|(?:\(\?:|\||\()[\u00C0-\u024F]/.test(pattern);
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      out += next === 'b' && !inClass && (i > 0 || accentedStart) ? EDGE : c + next;
      i++;
    } else {
      if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      out += c;
    }
  }
  return out;
}

/**
 * V8 runs a case-insensitive regex about ten times slower in unicode mode (every character is case
 * folded the Unicode way). A pattern that needs no unicode escape (\p{...}, \u{...}) matches the same
 * Latin, Spanish and French text without it, so the flag is dropped for those; with hundreds of policy
 * patterns this is most of a check's budget.
 */
export function fastFlags(pattern: string, flags: string): string {
  const set = new Set([...flags, 'g']);
  if (set.has('i') && !/\\[pPu]\{/.test(pattern)) set.delete('u');
  return [...set].join('');
}

export function compile(pattern: string, flags = 'iu'): RegExp | undefined {
  // keyed by flags, then by the pattern string itself: a policy's strings keep their hash, a joined key would not
  let byPattern = compiled.get(flags);
  if (!byPattern) compiled.set(flags, (byPattern = new Map()));
  if (byPattern.has(pattern)) return byPattern.get(pattern);
  // as with term lists: bounded, and only an admin editing the policy makes it grow
  if (byPattern.size > 5000) byPattern.clear();
  let re: RegExp | undefined;
  try {
    re = new RegExp(latinBoundaries(pattern), fastFlags(pattern, flags));
  } catch {
    re = undefined;
  }
  byPattern.set(pattern, re);
  return re;
}

/**
 * What a regex needs in the text (see needles.ts), lowered for the caseless ones and filed under one three-letter
 * piece of each string: `words[i]` are the strings filed under `grams[i]`. Null when it needs nothing.
 */
interface Needles {
  grams: string[];
  words: string[][];
}
const needles = new WeakMap<RegExp, Needles | null>();

/** Letters most words have: a piece made of them says little, so each string is filed under its rarest piece. */
const COMMON = ' eaosnrtildu';
function rarestGram(word: string): string {
  let best = word.slice(0, 3);
  let bestScore = Infinity;
  for (let i = 0; i + 3 <= word.length; i++) {
    const gram = word.slice(i, i + 3);
    const score = [...gram].filter((c) => COMMON.includes(c)).length;
    if (score < bestScore) [best, bestScore] = [gram, score];
  }
  return best;
}

/** `source`: the pattern as written, before latinBoundaries spelled its word edges out. */
function needlesOf(re: RegExp, source: string): Needles | null {
  let found = needles.get(re);
  if (found !== undefined) return found;
  const raw = requiredLiterals(source);
  found = null;
  if (raw) {
    const byGram = new Map<string, string[]>();
    for (const word of new Set(re.ignoreCase ? raw.map((w) => w.toLowerCase()) : raw)) {
      const gram = rarestGram(word);
      byGram.set(gram, [...(byGram.get(gram) ?? []), word]);
    }
    found = { grams: [...byGram.keys()], words: [...byGram.values()] };
  }
  needles.set(re, found);
  return found;
}

/**
 * A text asked about, as typed and lowered, with the three-letter pieces of each. The rules ask about the same few
 * texts hundreds of times in turn (the post, a sentence, the post without filler words), so the last few are kept.
 */
interface Hay {
  text: string;
  grams: Set<string>;
}
function gramsOf(text: string): Hay {
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= text.length; i++) grams.add(text.slice(i, i + 3));
  return { text, grams };
}
interface Hays {
  text: string;
  typed?: Hay;
  lower?: Hay;
}
const recent: Hays[] = [];
function haysOf(text: string): Hays {
  for (const hays of recent) if (hays.text === text) return hays;
  const hays: Hays = { text };
  recent.unshift(hays);
  if (recent.length > 4) recent.pop();
  return hays;
}

/** False when the text lacks every string the regex needs, so running it could find nothing. */
function mayMatch(re: RegExp, text: string, source = re.source): boolean {
  const need = needlesOf(re, source);
  if (!need) return true;
  const hays = haysOf(text);
  const { text: hay, grams } = re.ignoreCase ? (hays.lower ??= gramsOf(text.toLowerCase())) : (hays.typed ??= gramsOf(text));
  for (let i = 0; i < need.grams.length; i++) {
    if (!grams.has(need.grams[i]!)) continue;
    for (const word of need.words[i]!) if (hay.includes(word)) return true;
  }
  return false;
}

export function findPattern(text: string, pattern: string, flags = 'iu'): Match[] {
  const re = compile(pattern, flags);
  return re && mayMatch(re, text, pattern) ? execAll(re, text) : [];
}

export function findPatterns(text: string, patterns: readonly string[], flags?: string): Match[] {
  return patterns.flatMap((p) => findPattern(text, p, flags));
}

/** Crude language guess for picking a reply template or snippet: Spanish, French or English. */
export function guessLanguage(lower: string): 'es' | 'fr' | 'en' {
  const count = (re: RegExp) => (lower.match(re) ?? []).length;
  const es = count(/(?<![\p{L}])(el|la|los|las|que|de|del|con|por|para|una|su|usted|es|está|muy|pero|nuestro|nuestra)(?![\p{L}])/gu);
  const fr = count(/(?<![\p{L}])(le|les|des|du|une|est|pour|avec|vous|nous|pas|dans|sur|votre|notre)(?![\p{L}])/gu);
  const en = count(/(?<![\p{L}])(the|and|of|to|is|you|your|with|for|this|that|our|are|was)(?![\p{L}])/gu);
  if (es > en && es >= fr) return 'es';
  if (fr > en && fr > es) return 'fr';
  return 'en';
}

/** A span without the whitespace around it, so a highlighted sentence starts and ends on a word. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
