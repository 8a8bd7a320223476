/**
 * MISINFORMATION: a claim contrary to established evidence, from the claims list in the policy. Each
 * claim names the approved snippet that corrects it, offered as the fix. A claim asked as a question
 * ("Does the flu shot give you the flu? No.") or named as a myth ("Myth: sunscreen causes cancer") is
 * being debunked, not asserted. Patterns may leave a gap between the remedy and its promise ("lemon
 * and baking soda cure cancer"); a negation in that gap ("hydroxychloroquine does not prevent covid")
 * or right after it ("homeopathy cures nothing") denies the claim, unless the claim is itself a denial
 * ("HIV does not cause AIDS"), which its pattern then spells out.
 */
import { defineRule, type RuleContext } from './rule';
import type { CheckDoc } from '../doc';
import type { Snippet } from '../../policy/types';
import { findPattern, findTerms, guessLanguage, trimSpan } from './text';

export interface Claim {
  id: string;
  /** what the claim says, in plain words, for the message */
  summary: string;
  /** regular expressions (case-insensitive) in any language */
  patterns: string[];
  /** approved snippet id that corrects the claim */
  snippet: string;
}

export interface MisinformationOptions {
  claims: Claim[];
  /** words that mark a sentence as debunking the claim ("myth", "false", "mito") */
  debunkPhrases: string[];
  /**
   * Kinds of sign a post pushes a claim no list can spell out (a conspiracy call, dropping prescribed care, an
   * unproven remedy, a vaccine scare, a guaranteed miracle), each a list of regular expressions. Two kinds in one post are a claim;
   * one alone is not ("do your own research" on its own, a herbal tea on its own).
   */
  cues?: Record<string, string[]>;
}

/** How many kinds of cue make a post a claim. */
const CUE_KINDS = 2;

/** A negation word (EN/ES/FR); a pattern that contains one states a denial as its claim. */
const NEGATION = /(?<![\p{L}'])(?:not|never|no|n't|don'?t|doesn'?t|isn'?t|won'?t|can'?t|nunca|jamás|ni|ne|pas|jamais)(?![\p{L}])|n't\b/iu;
const NOTHING_AFTER = /^\s+(?:nothing|nada|rien)\b/i;
/** A cue its own sentence denies right after it: "garlic won't fix that", "el ajo no la reemplaza", "l'argile ne guérit pas". */
const DENIED_AFTER = /^[^.!?\n]{0,12}?(?<![\p{L}])(?:won'?t|will not|doesn'?t|does not|can'?t|cannot|isn'?t|is not|no (?:cura|sirve|reemplaza|sustituye|es)|ne (?:remplace|gu[ée]rit|soigne|sert|vaut)|n['’](?:est|a) pas)(?![\p{L}])/iu;

/** Intensifiers people put inside a claim ("the flu shot literally gives you the flu"): the claim is read without them too. */
const FILLER = /(?<![\p{L}])(?:literally|actually|really|totally|truly|basically|definitely|honestly|seriously|100%|literalmente|realmente|totalmente|verdaderamente|littéralement|vraiment|totalement|carrément|réellement)\s+/giu;

/** The text without its fillers, and for each of its characters the offset it came from. */
function withoutFillers(text: string): { plain: string; from: number[] } | undefined {
  let plain = '';
  const from: number[] = [];
  let at = 0;
  for (const m of text.matchAll(FILLER)) {
    for (let i = at; i < m.index; i++) { plain += text[i]; from.push(i); }
    at = m.index + m[0].length;
  }
  if (at === 0) return undefined;
  for (let i = at; i < text.length; i++) { plain += text[i]; from.push(i); }
  from.push(text.length);
  return { plain, from };
}

export default defineRule<MisinformationOptions>({
  meta: {
    id: 'misinformation',
    category: 'MISINFORMATION',
    description: 'Asserts a health claim contrary to established evidence.',
    messages: {
      claim: 'This repeats a claim contrary to the evidence ({{claim}}). Consider the approved snippet instead.',
      cues: 'This reads as a health claim against the evidence ({{kinds}}). Check it against an approved source before posting.',
    },
    defaultSeverity: 'block',
    defaultEnabled: true,
    section: 'claims',
    options: {
      type: 'object',
      properties: {
        claims: {
          type: 'array',
          description: 'health claims contrary to evidence, each with its correcting snippet',
          items: {
            type: 'object',
            properties: {
              id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$', description: 'claim id' },
              summary: { type: 'string', description: 'the claim in plain words' },
              patterns: { type: 'array', items: { type: 'string' }, description: 'regular expressions that find the claim' },
              snippet: { type: 'string', description: 'id of the approved snippet that corrects it' },
            },
            required: ['id', 'summary', 'patterns', 'snippet'],
            additionalProperties: false,
          },
        },
        debunkPhrases: { type: 'array', items: { type: 'string' }, description: 'words that mark a sentence as debunking a claim' },
        cues: {
          type: 'object',
          description: 'kinds of sign (conspiracy, dropping care, remedy, scare), each a list of regular expressions; two kinds in a post make a claim',
          additionalProperties: { type: 'array', items: { type: 'string' } },
        },
      },
      additionalProperties: false,
    },
  },
  create(context) {
    const { doc, options } = context;
    const stripped = withoutFillers(doc.text);
    const find = (pattern: string) => {
      const hits = findPattern(doc.text, pattern);
      if (hits.length || !stripped) return hits;
      return findPattern(stripped.plain, pattern).map((h) => {
        const start = stripped.from[h.start]!;
        const end = stripped.from[h.end - 1]! + 1;
        return { start, end, text: doc.text.slice(start, end) };
      });
    };
    for (const claim of options.claims ?? []) {
      for (const pattern of claim.patterns) for (const hit of find(pattern)) {
        const sentence = doc.sentenceAt(hit.start);
        if (!NEGATION.test(pattern) && (NEGATION.test(hit.text) || negatedBefore(doc, hit.start, /[:;]/) || NOTHING_AFTER.test(doc.text.slice(hit.end, hit.end + 12)))) continue;
        if (sentence?.text.trim().endsWith('?')) continue;
        // "the 'vaccines cause autism' claim": a claim in quotes is being cited, not made
        if (/["“'‘«]\s?$/u.test(doc.text.slice(Math.max(0, hit.start - 2), hit.start)) && /^\s?["”'’»]/u.test(doc.text.slice(hit.end, hit.end + 2))) continue;
        if (sentence && findTerms(sentence.text, options.debunkPhrases ?? []).length) continue;
        const snippetId = snippetFor(claim.snippet, guessLanguage(doc.lower), context.policy.snippets ?? []);
        context.report({
          start: hit.start,
          end: hit.end,
          messageId: 'claim',
          data: { claim: claim.summary },
          fixes: snippetId ? [{ kind: 'snippet', snippetId }] : [],
          evidence: { pattern: claim.id },
        });
        return;
      }
    }
    reportCues(context, options);
  },
});

/**
 * "Bitters and cerasee tea every morning and yuh can throw weh di metformin. Doctors nuh want yuh know dis": a
 * remedy, dropped care and a conspiracy call together. Cues that a negation denies ("don't skip the shots", "garlic
 * won't fix that") or a sentence that debunks ("myth", "no evidence") count for nothing.
 */
function reportCues(context: RuleContext<MisinformationOptions>, options: MisinformationOptions): void {
  const { doc } = context;
  const cues = options.cues;
  if (!cues) return;
  const found: { kind: string; start: number; end: number }[] = [];
  for (const [kind, patterns] of Object.entries(cues)) {
    const hit = patterns.flatMap((p) => findPattern(doc.text, p)).find((h) => {
      const sentence = doc.sentenceAt(h.start);
      return !negatedBefore(doc, h.start, /[:;,]/) && !DENIED_AFTER.test(doc.text.slice(h.end, h.end + 40))
        && !(sentence && findTerms(sentence.text, options.debunkPhrases ?? []).length);
    });
    if (hit) found.push({ kind, start: hit.start, end: hit.end });
  }
  if (found.length < CUE_KINDS) return;
  const first = found.sort((a, b) => a.start - b.start)[0]!;
  const sentence = doc.sentenceAt(first.start);
  const span = sentence ? trimSpan(doc.text, sentence.start, sentence.end) : first;
  context.report({ ...span, messageId: 'cues', data: { kinds: found.map((f) => f.kind).join(', ') }, evidence: { pattern: 'cues', context: found.map((f) => f.kind).join(' + ') } });
}

/**
 * A negation just before `at`, in its clause: "no diet, juice or supplement has been shown to cure cancer",
 * "don't skip the shots". `clauseMarks` end a clause ("," too for a short cue, not for a listed claim).
 */
function negatedBefore(doc: CheckDoc, at: number, clauseMarks: RegExp): boolean {
  const sentence = doc.sentenceAt(at);
  return NEGATION.test(doc.text.slice(Math.max(sentence?.start ?? 0, at - 20), at).split(clauseMarks).pop()!);
}

/** The claim's snippet, or its translation when the post is in another language ("-en" -> "-es"). */
function snippetFor(id: string, language: string, snippets: readonly Snippet[]): string | undefined {
  const translated = id.replace(/-[a-z]{2}$/, `-${language}`);
  const found = snippets.find((s) => s.id === translated && s.language === language) ?? snippets.find((s) => s.id === id);
  return found?.id;
}
