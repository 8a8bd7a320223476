/**
 * PATIENT_STORY: a specific patient encounter told in enough detail that the patient or family could
 * recognise it, even with no direct identifier. No single word proves it, so the rule adds up signals a
 * privacy officer would look for and reports when the sum reaches the policy's threshold:
 *   a patient is referred to ("my pt", "a client", "Mrs. ...", "the man who ..."),
 *   a clinical setting or event (bay, ICU, discharged, surgery, came in),
 *   a time anchor (today, last night, 0300, after 41 days),
 *   quasi-identifiers (an age, an occupation, a relative, a striking detail) and PHI already found,
 *   a narrative in the past tense ("she came in", "llegó", "est arrivé"), found by the policy's patterns.
 * Posts that ask how to do an administrative task (fax, billing, portal) or celebrate staff (a
 * retirement, a new hire) lose points: they mention people without telling a patient's story. So do
 * posts in which the organisation speaks as a service (a reply to a complaint, thanks to donors, a job
 * advert), and each kind of service signal costs again, up to two in all: an
 * apology that also promises a call back is plainly a reply, whatever identifiers it repeats.
 */
import type { PhiCategory } from '../types';
import { defineRule } from './rule';
import { findPattern, findPatterns, findTerms, trimSpan, type Match } from './text';

export interface PatientStoryOptions {
  patientWords: string[];
  patientPatterns: string[];
  settingWords: string[];
  timeWords: string[];
  timePatterns: string[];
  agePatterns: string[];
  occupations: string[];
  relatives: string[];
  details: string[];
  /** regular expressions for striking details (a bed or room number) */
  detailPatterns: string[];
  adminPatterns: string[];
  /** regular expressions for the organisation speaking as a service (a reply to a complaint, thanks to donors, a job advert) */
  servicePatterns: string[];
  /** nouns after "patient" that make it a modifier, not a person ("patient portal", "patient testimonial") */
  modifierNouns: string[];
  /** regular expressions for a past-tense narrative ("she came in", "llegó", "est arrivé"); two hits tell a story */
  narrativePatterns: string[];
  /** PHI categories that count as quasi-identifiers of the person in the story */
  phiCategories: string[];
  threshold: number;
}

const list = { type: 'array', items: { type: 'string' } };
/** A story is told up front; a long paste is not a post, so the narrative is only looked for in its opening. */
const STORY_WINDOW = 5000;
/** The matches that start in [lo, hi). */
const within = <T extends { start: number }>(ms: T[], lo: number, hi: number) => ms.filter((m) => m.start >= lo && m.start < hi);
/** How far a story's signals may lie apart in a long post (a thread, a write-up); a shorter post is one stretch. */
const STORY_SPAN = 900;

export default defineRule<PatientStoryOptions>({
  meta: {
    id: 'patient-story',
    category: 'PATIENT_STORY',
    description: 'Tells a specific patient encounter in enough detail that the patient or family could recognise it.',
    messages: {
      story: 'This tells a real patient\'s story in recognisable detail ({{signals}}). Remove the details or get written consent through your organisation.',
    },
    defaultSeverity: 'warn',
    defaultEnabled: true,
    section: 'stories',
    options: {
      type: 'object',
      properties: {
        patientWords: { ...list, description: 'words that refer to a patient' },
        patientPatterns: { ...list, description: 'regular expressions that introduce a patient ("the man who")' },
        settingWords: { ...list, description: 'clinical settings and events' },
        timeWords: { ...list, description: 'time anchors' },
        timePatterns: { ...list, description: 'regular expressions for time anchors (clock times, "after 41 days")' },
        agePatterns: { ...list, description: 'regular expressions for ages' },
        occupations: { ...list, description: 'occupations and roles that help recognise a person' },
        relatives: { ...list, description: 'family members' },
        details: { ...list, description: 'striking details (tattoo, licence plate, serial number)' },
        detailPatterns: { ...list, description: 'regular expressions for striking details (a bed or room number)' },
        modifierNouns: { ...list, description: 'nouns after "patient" that make it a modifier, not a person' },
        adminPatterns: { ...list, description: 'regular expressions for administrative questions and staff news that mention people without a patient story' },
        servicePatterns: { ...list, description: 'regular expressions for the organisation speaking as a service (a reply to a complaint, thanks to donors, a job advert); each kind that matches costs points, up to two with the administrative ones' },
        narrativePatterns: { ...list, description: 'regular expressions for a past-tense narrative; two hits add a point' },
        phiCategories: { ...list, description: 'PHI categories that count as quasi-identifiers' },
        threshold: { type: 'number', minimum: 1, maximum: 20, description: 'points needed to report (default 5)' },
      },
      additionalProperties: false,
    },
  },
  create(context) {
    const { doc, options, phi } = context;
    const text = doc.text;
    const nouns = (options.modifierNouns ?? []).map((n) => n.replace(/[^\p{L}-]/gu, '')).filter(Boolean);
    const modifier = nouns.length ? new RegExp(`^[\\s-]+(?:${nouns.join('|')})\\b`, 'i') : /$^/;
    // One patient, not a caseload: a plural the list does not name ("patients", "residents"), a count
    // ("25-patient clinic days") and a modifier ("patient portal") are not a person in a story.
    const singular = findTerms(text, options.patientWords ?? [])
      .filter((m) => !/(?:s|es)$/i.test(m.text) || (options.patientWords ?? []).includes(m.text.toLowerCase()))
      .filter((m) => !/\d[-\s]$/.test(text.slice(Math.max(0, m.start - 2), m.start)))
      .filter((m) => !modifier.test(text.slice(m.end, m.end + 30)));
    const patient = [...singular, ...findPatterns(text, options.patientPatterns ?? [])].sort((a, b) => a.start - b.start);
    const setting = findTerms(text, options.settingWords ?? []);
    const time = [...findTerms(text, options.timeWords ?? []), ...findPatterns(text, options.timePatterns ?? [])];
    const quasi: Record<string, Match[]> = {
      age: findPatterns(text, options.agePatterns ?? []),
      occupation: findTerms(text, options.occupations ?? []),
      relative: findTerms(text, options.relatives ?? []),
      detail: [...findTerms(text, options.details ?? []), ...findPatterns(text, options.detailPatterns ?? [])],
    };
    const personal = phi.filter((f) => (options.phiCategories ?? []).includes(f.category as PhiCategory));
    const admin = findPatterns(text, options.adminPatterns ?? []);
    const service = (options.servicePatterns ?? []).filter((p) => findPattern(text, p).length > 0).length;
    const narrative = findPatterns(text.slice(0, STORY_WINDOW), options.narrativePatterns ?? []);
    const threshold = options.threshold ?? 5;

    // A story is told in one place: in a long post (a thread, a write-up) its signals must meet within one stretch of
    // text around a person, or a post about the job, with "patients" here and a town and a time there, reads as one.
    const windows = text.length <= STORY_SPAN ? [{ lo: 0, hi: text.length }] :
      [...patient, ...quasi.age, ...personal, ...quasi.relative].slice(0, 60).map((m) => ({ lo: m.start - STORY_SPAN / 2, hi: m.start + STORY_SPAN / 2 }));
    let best: { score: number; signals: string[]; lo: number; hi: number } | undefined;
    for (const w of windows) {
      const r = scoreWindow(w.lo, w.hi);
      if (!best || r.score > best.score) best = { ...r, ...w };
    }
    if (!best || best.score < threshold) return;
    const { signals, lo, hi } = best;
    const inside = <T extends { start: number }>(ms: T[]) => within(ms, lo, hi);
    // Identifiers alone (a staff name taken for a patient's) need a clinical setting to make a story.
    const person = inside(setting).length ? inside(personal)[0] : undefined;
    // A story need not name its patient with a word from the list ("Tonight a young dad coded in our
    // waiting room"): the sentence holding the first person-like signal stands for it.
    const anchor = inside(patient)[0] ?? inside(quasi.age)[0] ?? person ??
      inside([...quasi.relative, ...quasi.occupation, ...quasi.detail]).sort((a, b) => a.start - b.start)[0] ?? inside(setting)[0];
    if (!anchor) return;
    const sentence = doc.sentenceAt(anchor.start);
    const span = sentence ? trimSpan(text, sentence.start, sentence.end) : anchor;
    context.report({
      start: span.start,
      end: span.end,
      messageId: 'story',
      data: { signals: signals.filter(Boolean).join(', ') },
      evidence: { score: Math.min(1, best.score / 10), pattern: `score-${best.score}` },
    });

    function scoreWindow(lo: number, hi: number): { score: number; signals: string[] } {
      const inside = <T extends { start: number }>(ms: T[]) => within(ms, lo, hi);
      const patientIn = inside(patient);
      const settingIn = inside(setting);
      const phiKinds = new Set(inside(personal).map((f) => f.category));
      const signals: string[] = [];
      let score = 0;
      const add = (points: number, why: string) => {
        score += points;
        signals.push(why);
      };
      if (patientIn.length) add(2, 'a patient');
      if (settingIn.length) add(Math.min(2, new Set(settingIn.map((m) => m.text.toLowerCase())).size), 'a clinical setting');
      if (inside(time).length) add(1, 'a time');
      // An age is the strongest quasi-identifier in these stories (and a name is stronger still).
      for (const [kind, hits] of Object.entries(quasi)) if (inside(hits).length) add(kind === 'age' ? 2 : 1, `an ${kind}`.replace(/^an (?=[^aeiou])/, 'a '));
      if (phiKinds.size) add(Math.min(3, phiKinds.size + (phiKinds.has('NAME') ? 1 : 0)), 'identifiers');
      const notStory = Math.min(2, (admin.length ? 1 : 0) + service);
      if (notStory) add(-3 * notStory, '');
      // A patient and a past-tense narrative tell a story even without identifiers ("my patient hit one year
      // sober today and brought me his chip"); with identifiers the post is as often a records question.
      const story = score < threshold && inside(narrative).length >= 2;
      if (story && score === threshold - 1) add(1, 'a story');
      else if (story && patientIn.length && !phiKinds.size) add(2, 'a story');
      return { score, signals };
    }
  },
});
