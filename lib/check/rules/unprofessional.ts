/**
 * UNPROFESSIONAL: demeaning or mocking talk about patients. Two ways in: a derogatory term or pattern
 * from the policy ("frequent flyer", "drug seeker", "<group> patients are basically ..."), or a post that
 * talks about patients with at least two kinds of mockery at once (a mocking emoji, scare quotes, a
 * humour hashtag, a "can't make this up"), which one alone does not prove. A laughing emoji is the
 * weakest sign: it joins the count but needs a mocking emoji, phrase or hashtag beside it.
 */
import { defineRule } from './rule';
import { findPatterns, findTerms, trimSpan, type Match } from './text';

export interface UnprofessionalOptions {
  terms: string[];
  patterns: string[];
  mockingEmoji: string[];
  /** emoji that laugh with a patient as often as at one ("😂"): mockery only beside a stronger sign */
  laughingEmoji: string[];
  humorTags: string[];
  mockingPhrases: string[];
  patientWords: string[];
}

const list = { type: 'array', items: { type: 'string' } };
/** A slur quoted in order to retire it: "stop calling patients ...", "the word ...", "dejen de decir ...". */
const RETIRING = /(?:\b(?:stop|quit|don'?t|do not|never|avoid|no more) (?:calling|saying|using|labell?ing|writing)\b[^.!?\n]*|\bthe (?:word|term|label)s? ["“']?|\bdejen de (?:llamar|decir|usar)\b[^.!?\n]*|\bno (?:llamen|digan)\b[^.!?\n]*|\barr[eê]tez? de (?:dire|traiter|parler de)\b[^.!?\n]*|\ble (?:mot|terme) ["«]?\s?)$/i;
/** A patient's words held up in quotes, double or single ('me duele la uña'); an apostrophe inside a word is not a quote. */
const SCARE_QUOTES = /["“«]\s?([^"”»\n]{3,60}?)\s?["”»]|(?<![\p{L}\p{N}])['‘]([^'‘’\n]{3,60}?)['’](?![\p{L}\p{N}])/gu;

export default defineRule<UnprofessionalOptions>({
  meta: {
    id: 'unprofessional',
    category: 'UNPROFESSIONAL',
    description: 'Demeaning, mocking or derogatory remarks about patients or groups of patients.',
    messages: {
      term: '"{{term}}" demeans patients. Describe the situation without labelling people.',
      mockery: 'This reads as mocking a patient. Would you say it with the patient reading over your shoulder?',
    },
    defaultSeverity: 'warn',
    defaultEnabled: true,
    section: 'professionalism',
    options: {
      type: 'object',
      properties: {
        terms: { ...list, description: 'derogatory words and phrases, matched as whole words (plurals and hashtags too)' },
        patterns: { ...list, description: 'regular expressions for derogatory sentence shapes' },
        mockingEmoji: { ...list, description: 'emoji that mock when aimed at a patient' },
        laughingEmoji: { ...list, description: 'emoji that count as mockery only beside a mocking emoji, phrase or hashtag' },
        humorTags: { ...list, description: 'hashtags of meme and humour posts, without #' },
        mockingPhrases: { ...list, description: 'phrases that frame a patient as a joke' },
        patientWords: { ...list, description: 'words that refer to a patient in a post' },
      },
      additionalProperties: false,
    },
  },
  create(context) {
    const { doc, options } = context;
    // "Stop calling patients frequent flyers" names the slur to retire it.
    const direct: Match[] = [...findTerms(doc.text, options.terms ?? []), ...findPatterns(doc.text, options.patterns ?? [])]
      .filter((m) => !RETIRING.test(doc.text.slice(Math.max(0, m.start - 40), m.start)))
      // '"frequent flyer" is a gross term': a slur quoted and named as a term is being discussed, not used
      .filter((m) => !(/["“'‘]$/.test(doc.text.slice(Math.max(0, m.start - 1), m.start)) && /^["”'’]\s+(?:is|are|was|as\s+a)\s/iu.test(doc.text.slice(m.end, m.end + 12))));
    if (direct.length) {
      const first = direct.sort((a, b) => a.start - b.start)[0];
      context.report({ start: first.start, end: first.end, messageId: 'term', data: { term: first.text.replace(/^#/, '') }, evidence: { pattern: 'term' } });
      return;
    }
    const patient = findTerms(doc.text, options.patientWords ?? []);
    if (!patient.length) return;
    const present = (list: readonly string[]) => list.flatMap((e) => {
      const at = doc.text.indexOf(e);
      return at >= 0 ? [{ start: at, end: at + e.length, text: e }] : [];
    });
    const mocking = present(options.mockingEmoji ?? []);
    // "My patient said 'best nurse ever' 😂" laughs with the patient; a laugh beside an eye-roll does not.
    const emoji = [...mocking, ...present(options.laughingEmoji ?? [])];
    const quotes = [...doc.text.matchAll(SCARE_QUOTES)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
    const tags = findTerms(doc.text, (options.humorTags ?? []).map((t) => `#${t}`));
    const phrases = findTerms(doc.text, options.mockingPhrases ?? []);
    const kinds = [emoji, quotes, tags, phrases].filter((k) => k.length > 0);
    if (kinds.length < 2 || !mocking.length && !phrases.length && !(emoji.length && tags.length)) return;
    const span = patient[0];
    const sentence = doc.sentenceAt(span.start) ?? span;
    context.report({ ...trimSpan(doc.text, sentence.start, sentence.end), messageId: 'mockery', evidence: { pattern: 'mockery', context: kinds.map((k) => k[0].text).join(' ') } });
  },
});
