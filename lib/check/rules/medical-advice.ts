/**
 * MEDICAL_ADVICE: individual advice to a specific person in public ("you should stop the sertraline",
 * "bump your lisinopril to 20 mg", "alternate Tylenol and Motrin every 3 hours"). A directive needs a
 * medicine or dose in the same sentence; a bare imperative also needs a dose or schedule, so general
 * education ("Ask your pharmacist", "never stop a blood thinner without ...") passes. A post addressed
 * to one person (a reply, an @mention, "since you asked", "in your case") is advice to that person: a
 * bare imperative ("stop it today", "do not keep taking ...") then counts when the post names a
 * medicine anywhere, dose or not. The fix offers the policy's private-channel reply template in the
 * post's language.
 */
import type { Fix } from '../types';
import type { ReplyTemplate } from '../../policy/types';
import { defineRule } from './rule';
import { compile, findPatterns, findTerms, guessLanguage } from './text';
import { OPENS_ON_SOMEONE } from '../phi/nearby';

export interface MedicalAdviceOptions {
  /** second-person directives: "you should", "go ahead and", "usted debería" */
  directives: string[];
  /** action verbs of a treatment change, every language in one list */
  verbs: string[];
  /** medicine names and kinds */
  medicines: string[];
  /** regular expressions for drug-name endings ("pril", "olol") */
  medicinePatterns: string[];
  /** regular expressions for doses and schedules */
  dosePatterns: string[];
  /** regular expressions for a diagnosis handed to one person ("that rash looks like ringworm") */
  diagnosisPatterns: string[];
  /** regular expressions for a post addressed to one person ("replying to", "since you asked", an @mention) */
  addressPatterns: string[];
  /** regular expressions that are advice only in a post addressed to one person ("that could be meningitis", "go to an ER tonight") */
  addressedPatterns: string[];
  /** phrases that make a sentence general guidance ("talk to your", "not medical advice") */
  generalPhrases: string[];
  /** reply template id per language code; "default" when the language has none */
  replyTemplates: Record<string, string>;
}

const list = { type: 'array', items: { type: 'string' } };
/** "ask your GP for levothyroxine 50 mcg", "pide a tu médico que te dé ...": a named prescription to request */
const ASK_FOR_DRUG = /\b(?:ask|tell) (?:your|ur) (?:gp|doctor|doc|pcp|provider|np|pa|pharmacist|endo|endocrinologist) (?:for|to (?:prescribe|start|give you|up|increase))\b|\bp[ií]d(?:ele|anle|e) a (?:tu|su) m[ée]dico (?:que te (?:d[ée]|recete|suba)|una receta de)\b|\bdemandez? à (?:votre|ton) m[ée]decin (?:de (?:vous|te) prescrire|une ordonnance de)\b/i;
const NEGATION = /\b(never|don't|do not|no|not|nunca|jamais|ne)\s+$/i;
const NOT_TREATMENT = /^\s+(?:by|over|a break|care|a look|a seat|it easy|a nap|a walk|a breath|a day off)\b/i;
/** "do NOT keep taking", "don't", "no": a negated imperative, which is still an instruction when addressed to someone. */
const NEGATED_IMPERATIVE = /(?:^|[.:;!?,]|\band|\by|\bet)\s*(?:(?:so|and|then|honestly|please|just|seriously|ok|okay),?\s+)*(?:do not|don't|never|no|nunca|no\s+\w+)\s+(?:\w+\s+)?$/i;

export default defineRule<MedicalAdviceOptions>({
  meta: {
    id: 'medical-advice',
    category: 'MEDICAL_ADVICE',
    description: 'Individual medical advice to a specific person in public (dose changes, diagnoses, stopping a medicine).',
    messages: {
      advice: 'This reads as individual medical advice ("{{text}}"). Move the conversation to a private channel.',
    },
    defaultSeverity: 'warn',
    defaultEnabled: true,
    section: 'advice',
    options: {
      type: 'object',
      properties: {
        directives: { ...list, description: 'second-person directive phrases' },
        verbs: { ...list, description: 'verbs of a treatment change' },
        medicines: { ...list, description: 'medicine names and kinds' },
        medicinePatterns: { ...list, description: 'regular expressions for drug names' },
        dosePatterns: { ...list, description: 'regular expressions for doses and schedules' },
        diagnosisPatterns: { ...list, description: 'regular expressions for a diagnosis given to one person' },
        addressPatterns: { ...list, description: 'regular expressions for a post addressed to one person' },
        addressedPatterns: { ...list, description: 'regular expressions that are advice only when the post is addressed to one person' },
        generalPhrases: { ...list, description: 'phrases that mark general guidance' },
        replyTemplates: {
          type: 'object',
          description: 'reply template id per language code, plus "default"',
          patternProperties: { '^[a-z]{2,8}$': { type: 'string' } },
          additionalProperties: false,
        },
      },
      additionalProperties: false,
    },
  },
  create(context) {
    const { doc, options, policy } = context;
    const verbs = options.verbs ?? [];
    if (!verbs.length) return;
    const verbRe = verbRegex(verbs);
    if (!verbRe) return;
    const addressed = OPENS_ON_SOMEONE.test(doc.text) || findPatterns(doc.text, options.addressPatterns ?? []).length > 0;
    const anyMedicine = findTerms(doc.text, options.medicines ?? []).length > 0 || findPatterns(doc.text, options.medicinePatterns ?? []).length > 0;
    const postMedicine = addressed && anyMedicine;
    // What no sentence can hold is not looked for sentence by sentence (a match inside a sentence is a match in the post)
    const anyDose = findPatterns(doc.text, options.dosePatterns ?? []).length > 0;
    const diagnosisLists = [options.diagnosisPatterns ?? [], ...(addressed ? [options.addressedPatterns ?? []] : [])].filter((l) => findPatterns(doc.text, l).length > 0);
    if (!anyMedicine && !anyDose && !diagnosisLists.length) return;
    for (const sentence of doc.sentences) {
      const text = sentence.text;
      const dose = anyDose && findPatterns(text, options.dosePatterns ?? []).length > 0;
      // "ask your GP" is education, but "ask your GP for levothyroxine 50 mcg" hands over a prescription
      if (findTerms(text, options.generalPhrases ?? []).length && !(dose && ASK_FOR_DRUG.test(text))) continue;
      // "If your mole looks like this, see a dermatologist" is education; "that rash looks like ringworm" is a diagnosis.
      // Addressed to one person, "that could be meningitis" and "go to an ER tonight" are that person's diagnosis and triage.
      const diagnosis = diagnosisLists.flatMap((l) => findPatterns(text, l))
        .find((m) => !/\b(?:if|when|whether|si|cuando)\b/i.test(text.slice(0, m.start)));
      if (diagnosis) {
        context.report({
          start: sentence.start + diagnosis.start,
          end: sentence.start + diagnosis.end,
          messageId: 'advice',
          data: { text: diagnosis.text },
          fixes: replyFix(options.replyTemplates ?? {}, guessLanguage(doc.lower), policy.replyTemplates ?? []),
        });
        return;
      }
      const medicine = anyMedicine && (findTerms(text, options.medicines ?? []).length > 0 || findPatterns(text, options.medicinePatterns ?? []).length > 0);
      if (!medicine && !dose && !postMedicine) continue;
      const directives = findTerms(text, options.directives ?? []);
      // where the advice starts, and the least it reaches (the verb's end)
      let hit: { from: number; reach: number } | undefined;
      let fallback: number | undefined;
      for (const v of text.matchAll(verbRe)) {
        const at = v.index;
        const before = text.slice(0, at);
        const negatedOrder = addressed && NEGATED_IMPERATIVE.test(before);
        if (!negatedOrder && NEGATION.test(text.slice(Math.max(0, at - 12), at))) continue;
        const directed = directives.some((d) => d.end <= at && at - d.end <= 30);
        // "stop by the break room", "take a break": the verb is not about a treatment.
        if (NOT_TREATMENT.test(text.slice(at + v[0].length, at + v[0].length + 12))) continue;
        const clauseStart = /(^\s*(?:@[\w.]+[\s,:]*)+|^|[.:;!?,—–]|\band|\by|\bet)\s*(?:(?:so|then|honestly|please|seriously|ok|okay),?\s+)*$/i.test(before);
        // Addressed to one person, an order about a medicine named anywhere in the post is advice.
        const ordered = addressed && (clauseStart || negatedOrder) && (medicine || postMedicine);
        if (!(directed || (clauseStart && dose) || ordered)) {
          // "To the lady who asked: with 170/100 raise it to two losartan tablets": addressed, a medicine and a dose in
          // one sentence make any treatment verb an order, if no clearer one follows
          if (addressed && medicine && dose && fallback === undefined) fallback = at;
          continue;
        }
        const negation = negatedOrder && !directed ? before.search(/(?:do not|don't|never|no|nunca)\s+(?:\w+\s+)?$/i) : -1;
        hit = { from: directed ? directives.filter((d) => d.end <= at).at(-1)!.start : negation >= 0 ? negation : at, reach: at + v[0].length };
        break;
      }
      if (!hit && fallback !== undefined) hit = { from: fallback, reach: fallback };
      if (!hit) continue;
      const end = Math.min(text.length, text.slice(hit.from).search(/[.;!?\n](?!\d)|$/) + hit.from); // "0.25 mg" is not a sentence end
      context.report({
        start: sentence.start + hit.from,
        end: sentence.start + Math.max(end, hit.reach),
        messageId: 'advice',
        data: { text: text.slice(hit.from, end).trim() },
        fixes: replyFix(options.replyTemplates ?? {}, guessLanguage(doc.lower), policy.replyTemplates ?? []),
      });
      return;
    }
  },
});

/** One regex for the policy's verb list, built once per list (the list object is the policy's own). */
const verbRegexes = new WeakMap<readonly string[], RegExp | undefined>();
function verbRegex(verbs: readonly string[]): RegExp | undefined {
  if (!verbRegexes.has(verbs)) verbRegexes.set(verbs, compile(`(?<![\\p{L}])(?:${verbs.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}])`));
  return verbRegexes.get(verbs);
}

/** The configured template for the post's language; failing that, any template in that language, then any. */
function replyFix(byLanguage: Record<string, string>, language: string, templates: readonly ReplyTemplate[]): Fix[] {
  const known = (id: string | undefined) => templates.find((t) => t.id === id);
  const chosen = known(byLanguage[language]) ?? templates.find((t) => t.language === language) ?? known(byLanguage.default) ?? templates[0];
  return chosen ? [{ kind: 'reply-template', templateId: chosen.id }] : [];
}
