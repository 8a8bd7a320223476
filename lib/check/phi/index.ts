/**
 * PHI detection: runs every recognizer in the registry over one parsed text, raises scores by context,
 * drops what the policy allowlists or what scores below the policy's threshold, and resolves overlaps.
 */
import type { CheckDoc } from '../doc';
import type { Finding, PhiCategory, Severity } from '../types';
import type { Policy } from '../../policy/types';
import { applyContext } from './context';
import { isAllowlisted } from './allowlist';
import { FICTIONAL_POST } from './nearby';
import { messageFor, placeholderFor } from './messages';
import type { Candidate, Recognizer } from './recognizer';
import { phone } from './phone';
import { email } from './email';
import { ssn } from './ssn';
import { mrn } from './mrn';
import { healthPlan } from './health-plan';
import { account } from './account';
import { license } from './license';
import { vehicle } from './vehicle';
import { device } from './device';
import { url } from './url';
import { ip } from './ip';
import { handle } from './handle';
import { otherId } from './other-id';
import { labelledId } from './labelled-id';
import { age } from './age';
import { date } from './date';
import { name } from './name';
import { location } from './location';

/** The registry: one line per recognizer file. */
export const RECOGNIZERS: readonly Recognizer[] = [
  phone,
  email,
  ssn,
  mrn,
  healthPlan,
  account,
  license,
  vehicle,
  device,
  url,
  ip,
  handle,
  otherId,
  labelledId,
  age,
  date,
  name,
  location,
];

/**
 * Direct identifiers block by default; quasi-identifiers (names, dates, places, ages) warn. A face is
 * a direct identifier (Safe Harbor's full-face photographs): the Post guard asks, and its "post anyway"
 * is where the clinician confirms the patient's written consent.
 */
export const DEFAULT_SEVERITY: Record<PhiCategory, Severity> = {
  NAME: 'warn', LOCATION: 'warn', DATE: 'warn', AGE_90_PLUS: 'warn', OTHER_ID: 'warn', HANDLE: 'warn', URL: 'warn',
  PHONE: 'block', FAX: 'block', EMAIL: 'block', SSN: 'block', MRN: 'block', HEALTH_PLAN: 'block', ACCOUNT: 'block',
  LICENSE: 'block', VEHICLE: 'block', DEVICE: 'block', IP: 'block', FACE: 'block',
};

const FICTIONAL_CATEGORIES: ReadonlySet<PhiCategory> = new Set(['NAME', 'LOCATION', 'DATE', 'AGE_90_PLUS']);

/** Keeps the highest-scoring candidate where candidates overlap (longer wins a tie). */
function resolveOverlaps(cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort((a, b) => b.score - a.score || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  // Kept spans never overlap, so they stay sorted by start and a new one can only clash with its two
  // neighbours: a binary search keeps this O(n log n) on a post with thousands of candidates.
  const kept: Candidate[] = [];
  for (const c of sorted) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid].start < c.start) lo = mid + 1;
      else hi = mid;
    }
    const before = kept[lo - 1];
    const after = kept[lo];
    if ((before && before.end > c.start) || (after && after.start < c.end)) continue;
    kept.splice(lo, 0, c);
  }
  return kept;
}

/** A candidate this sure is an identifier of someone, and vouches for weaker ones beside it. */
const STRONG_SCORE = 0.75;
/** How much a strong identifier of another kind in the same sentence lifts a weak one. */
const CLUSTER_BOOST = 0.2;
/** ... and a name in the sentence before or after one. */
const NEXT_SENTENCE_BOOST = 0.15;
/** Below this a candidate is noise (a capitalised word, a bare number), whatever stands beside it. */
const CLUSTER_FLOOR = 0.3;

/** How much a named person anywhere in the post lifts a weak place or date ("in Mooca", "le 12 février"). */
const NAMED_PERSON_BOOST = 0.25;
/**
 * How sure the NAME recognizer must be of a person for their sentence's places and dates to be theirs: a
 * little below the reporting threshold, since a name and a date or town beside it back each other up
 * (0.35 measured worse: clean posts' capitalised words start lifting event dates).
 */
const NAMED_PERSON_MIN = 0.4;
/** What a named person claims beside them: their town, their dates, and a mark or role described with no encounter. */
const LIFTED_BY_NAME = new Set(['LOCATION', 'DATE', 'OTHER_ID']);
/** How sure an age of 90 or more must be to make its sentence a person's. */
const AGED_PERSON_MIN = 0.6;
/** A place or date this weak stays noise even in a post that names someone. */
const NAMED_PERSON_FLOOR = 0.2;

/**
 * A post that names a person (a name the NAME recognizer is fairly sure of) is a story about that person: the
 * towns and dates in it are theirs ("Bienvenue à la petite Inès, née ... à Quimper", "Thiago ... a
 * futsal game in Mooca"). Without a named person, "in Denver" or "on the 14th" stays below the threshold.
 */
function liftAroundNamedPerson(doc: CheckDoc, cands: Candidate[]): Candidate[] {
  cands = liftPlaceOfPerson(doc, cands);
  const named = new Set(cands.filter((c) => c.category === 'NAME' && c.score >= NAMED_PERSON_MIN).map((c) => doc.sentenceIndexAt(c.start)));
  // "la estanquera de Chinchón, 93 años": someone of 90 or more described in a sentence is a person too (that sentence only)
  const aged = new Set(cands.filter((c) => c.category === 'AGE_90_PLUS' && c.score >= AGED_PERSON_MIN).map((c) => doc.sentenceIndexAt(c.start)));
  if (!named.size && !aged.size) return cands;
  const surelyNamed = cands.some((c) => c.category === 'NAME' && c.score >= STRONG_SCORE);
  return cands.map((c) => {
    if (!LIFTED_BY_NAME.has(c.category) || c.score < NAMED_PERSON_FLOOR || c.score >= 0.5) return c;
    // "walking to the Spa by Christmas": a deadline or plan, not a date of the person's care
    if (c.category === 'DATE' && DEADLINE_BEFORE.test(doc.text.slice(Math.max(0, c.start - 12), c.start))) return c;
    // the person's own sentence or the one either side, and not the organisation's news beside it
    const i = doc.sentenceIndexAt(c.start);
    const nearPerson = named.has(i) || named.has(i - 1) || named.has(i + 1) || aged.has(i);
    // a place anywhere in a post about one surely named person ("... Stephenville" two sentences on) is theirs
    if (!nearPerson && !(c.category === 'LOCATION' && surelyNamed && c.score >= 0.25)) return c;
    if (ORG_SENTENCE.test(doc.sentenceAt(c.start)?.text ?? '')) return c;
    return { ...c, score: c.score + NAMED_PERSON_BOOST, context: c.context ?? 'a named person beside it' };
  });
}

/** What joins a person to their town: "Paddy Cronin from Ballyvourney", "Wee Jock frae Govan", "Mathieu de Laval". */
const PERSON_PLACE_GAP = /^,?\s{1,2}(?:from|frae|fae|of|de|du|del|for|in)\s{1,2}(?:the\s|la\s|el\s)?$/iu;
/** How much being a person's town lifts a weak place. */
const PLACE_OF_PERSON_BOOST = 0.3;

/**
 * A weak town right after a name, even a name the NAME recognizer is unsure of, is that person's town:
 * "Paddy "the Bull" Cronin from Ballyvourney". The name itself is scored on its own.
 */
function liftPlaceOfPerson(doc: CheckDoc, cands: Candidate[]): Candidate[] {
  const names = cands.filter((c) => c.category === 'NAME' && c.score >= CLUSTER_FLOOR);
  if (!names.length) return cands;
  return cands.map((c) => {
    if (c.category !== 'LOCATION' || c.score < NAMED_PERSON_FLOOR || c.score >= 0.5) return c;
    const gap = (n: Candidate) => doc.text.slice(n.end, c.start);
    if (!names.some((n) => n.end <= c.start && c.start - n.end <= 12 && (PERSON_PLACE_GAP.test(gap(n)) || (c.pattern === 'name-comma-town' && /^,\s$/.test(gap(n)))))) return c;
    return { ...c, score: c.score + PLACE_OF_PERSON_BOOST, context: c.context ?? 'the town of a person named before it' };
  });
}

const DEADLINE_BEFORE = /(?<![\p{L}])(?:by|before|until|till|til|hasta|avant|antes\s+de)\s+(?:the\s+)?$/iu;

/** The organisation's own news: "Our new clinic opens on March 3", "join us in Leeds". */
const ORG_SENTENCE =
  /(?<![\p{L}])(?:our\s+(?:new\s+)?(?:clinics?|offices?|hospitals?|practice|team|location|site|campus|pharmacy|centre|center)|opens?|opening|join\s+us|visit\s+us|register|rsvp|webinar|conference|event|nuestr[ao]s?\s+(?:cl[ií]nicas?|consultorios?|hospital|sede)|notre\s+(?:clinique|cabinet|h[ôo]pital|centre))(?![\p{L}])/iu;

/**
 * Identifiers cluster around one person: "Danny ... after his accident on the 4th ... caringbridge.org/...",
 * "trying (614) 555-0187" after "Derek Mims's people". A weak candidate in the same sentence as a strong
 * identifier of another kind is lifted; on its own it stays below the threshold.
 */
function liftClusters(doc: CheckDoc, cands: Candidate[]): Candidate[] {
  cands = liftAroundNamedPerson(doc, cands);
  if (!cands.some((c) => c.score >= STRONG_SCORE)) return cands;
  const strong = new Map<number, Set<string>>();
  for (const c of cands) {
    if (c.score < STRONG_SCORE) continue;
    const i = doc.sentenceIndexAt(c.start);
    (strong.get(i) ?? strong.set(i, new Set()).get(i)!).add(c.category);
  }
  const other = (i: number, category: string) => [...(strong.get(i) ?? [])].some((k) => k !== category);
  return cands.map((c) => {
    if (c.score >= STRONG_SCORE || c.score < CLUSTER_FLOOR) return c;
    const i = doc.sentenceIndexAt(c.start);
    if (other(i, c.category)) return { ...c, score: c.score + CLUSTER_BOOST, context: c.context ?? 'another identifier in the sentence' };
    // A name in the sentence next to a direct identifier: "Luis hiked ... He texted me ... (SN HM3-0049917)"
    if (c.category === 'NAME' && (other(i - 1, 'NAME') || other(i + 1, 'NAME'))) return { ...c, score: c.score + NEXT_SENTENCE_BOOST, context: c.context ?? 'another identifier in the next sentence' };
    return c;
  });
}

export function detectPhi(doc: CheckDoc, policy: Policy, recognizers: readonly Recognizer[] = RECOGNIZERS): Finding[] {
  const ctx = { doc, policy };
  const minScore = policy.phi?.minScore ?? 0.5;
  const scored: Candidate[] = [];
  for (const r of recognizers) {
    for (const c of r.recognize(ctx)) scored.push(applyContext(doc, c, r.context));
  }
  const candidates: Candidate[] = [];
  const fictional = FICTIONAL_POST.test(doc.text);
  for (const c of liftClusters(doc, scored)) {
    // An invented teaching case's person, town, age and dates are no one's; its direct identifiers still count.
    if (fictional && FICTIONAL_CATEGORIES.has(c.category)) continue;
    if (c.score < minScore) continue;
    if (isAllowlisted(doc.text.slice(c.start, c.end), c.category, policy)) continue;
    candidates.push(c);
  }
  return resolveOverlaps(candidates).map((c): Finding => {
    const ruleId = `phi-${c.category.toLowerCase().replace(/_/g, '-')}`;
    const setting = policy.rules?.[ruleId];
    return {
      start: c.start,
      end: c.end,
      category: c.category,
      rule: ruleId,
      severity: setting?.severity ?? policy.phi?.severities?.[c.category] ?? DEFAULT_SEVERITY[c.category],
      message: setting?.message ?? messageFor(c.category),
      evidence: { recognizer: c.recognizer, pattern: c.pattern, score: Math.round(c.score * 100) / 100, ...(c.context ? { context: c.context } : {}) },
      fixes: [{ kind: 'redact', replacement: placeholderFor(c.category) }],
      section: setting?.section ?? 'phi',
    };
  }).filter((f) => policy.rules?.[f.rule]?.enabled !== false);
}
