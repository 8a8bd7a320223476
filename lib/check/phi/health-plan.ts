/**
 * HEALTH_PLAN: Medicare MBIs (1EG4-TE5-MK73, checked against the CMS character rules), and Medicaid,
 * Medi-Cal CIN, member, subscriber, policy and beneficiary ids introduced by their label (English,
 * Spanish "número de afiliado", "afiliación IMSS", "póliza", French "numéro d'assuré", "carte Vitale"),
 * a payer's name as the label ("BCBS ID", "Aetna member #"), words between label and id ("Medicaid #
 * on file is 91235508A"), last digits ("member ID ending in 4471"), NHS and CHI numbers (mod-11 checked; a named
 * number that fails its check still counts, less surely), New Zealand's NHI and Latin American payers (IOMA, FONASA).
 */
import { patternRecognizer, type Recognizer } from './recognizer';
import { mbiValid, isYearOrRange, nhsNumberValid, ramqValid } from './checksums';
import { EXAMPLE_NEAR, OF_GAP } from './nearby';

/** An id carries a digit early on; a following word ("member of the team") must not end the scan. */
const ID = String.raw`((?=[A-Z/-]{0,19}\d)[A-Z0-9](?:[A-Z0-9]|[-/](?=[A-Z0-9])){5,21})`;

/** Payers whose name works as the label of their member id: "BCBS ID", "Aetna member #", "UHC card". */
const PAYERS =
  String.raw`philhealth|sha|nhif|nhis|mcp|msp|bcbs|blue\s+cross(?:\s+blue\s+shield)?|blue\s+shield|aetna|cigna|uhc|united\s?healthcare|humana|kaiser|anthem|tricare|molina|ambetter|wellcare|caresource|chip|medica`;
/** Where the id was read from: "Medicaid # on file is", "member ID on her card:", "policy # in the system". */
const ON_FILE = String.raw`(?:\s{1,2}(?:on\s+file|on\s+(?:the|her|his|their)\s+(?:card|chart|account)|in\s+(?:the\s+)?(?:chart|system|epic|computer)))?`;

const labelledPlans = patternRecognizer({
  id: 'health-plan',
  category: 'HEALTH_PLAN',
  patterns: [
    // The MBI shape is specific enough on its own when dashed; undashed needs context or a label.
    { name: 'mbi-dashed', score: 0.85, regex: /(?<![\w-])[1-9][A-Z][A-Z0-9]\d-[A-Z][A-Z0-9]\d-[A-Z]{2}\d{2}(?![\w-])/g },
    { name: 'mbi', score: 0.45, regex: /(?<![\w-])[1-9][A-Z][A-Z0-9]\d[A-Z][A-Z0-9]\d[A-Z]{2}\d{2}(?![\w-])/g },
    // "member ID ending in 4471", "Medicaid # ends with 508A"
    {
      name: 'last-digits',
      score: 0.85,
      group: 1,
      regex: /(?<![\p{L}])(?:member|subscriber|policy|medicaid|medicare|mbi|medi-cal)(?:\s{1,2}(?:id|#|no\.?|number))?\s{1,2}(?:ending|ends|that\s+ends)\s{1,2}(?:in|with)\s{0,2}[:#]?\s{0,2}((?=[A-Z]{0,2}\d)[A-Z0-9]{4,6})(?![\w-])/giud,
    },
    {
      name: 'labelled-member-id',
      score: 0.85,
      group: 1,
      regex: new RegExp(String.raw`(?<![\p{L}])(?:(?:member|subscriber|beneficiary|enrollee|enrolee|policy(?:holder)?|insurance|plan|group|hmo)(?:\s{1,2}(?:id|#|no\.?|number|num\.?|card))(?:\s{1,2}(?:id|#|no\.?|number))?|(?:${PAYERS})(?:\s{1,2}(?:member(?:\s+(?:id|#|no\.?|number|card))?|id|#|no\.?|number|card))?|(?:afiliaci[óo]n|afiliado)\s+(?:al?\s+|del\s+)?(?:imss|issste)|medicaid|medicare|medi-cal|cin|bic|mbi|hicn|health\s+plan|health\s+card|ohip|ramq|carte\s+soleil|(?:num[ée]ro\s+d['’]\s?)?assurance[\s-]+maladie|afiliad[oa](?:\s{1,2}(?:al?\s+|del\s+)?(?:imss|issste|ioma|osde|pami|fonasa|isapre|seguro\s+popular|insabi|sis|essalud))?|afiliaci[óo]n(?:\s{1,2}(?:al?\s+|del\s+)?(?:imss|issste|ioma|osde|pami|fonasa|isapre|seguro\s+popular|insabi|sis|essalud))?|fonasa|isapre|ioma|osde|pami|nhi|póliza|poliza|asegurado|assuré|mutuelle|ramed|amo|cnss|cnam|(?:n[°º]\s*(?:d['’])?\s?)?adh[ée]rent|carte\s+vitale|tarjeta\s+(?:sanitaria|de\s+salud|del\s+seguro))(?:\s{1,2}(?:id|#|no\.?|number|num\.?|card|número|numéro|n\.?[°º]))?(?:\s{1,2}(?:id|#|no\.?|number))?${OF_GAP}${ON_FILE}(?:\s{1,2}(?:is|was|reads|read|says|said|shows|showed|es|est))?\s{0,2}(?:de\s+|d')?[:#,=]?\s{0,2}${ID}(?![\w-])`, 'giud'),
    },
  ],
  context: ['medicare', 'medicaid', 'mbi', 'member', 'insurance', 'claim', 'beneficiary', 'subscriber', 'patient', 'pt', 'seguro', 'afiliado', 'assuré', 'mutuelle'],
  validate(value) {
    if (/^\d[A-Z][A-Z0-9]\d-?[A-Z][A-Z0-9]\d-?[A-Z]{2}\d{2}$/.test(value)) return mbiValid(value) ? undefined : false;
    // A labelled id must carry digits (at least four) and be more than a year or a dollar amount.
    const digits = value.replace(/\D/g, '').length;
    if (digits < 4 || isYearOrRange(value)) return false;
    // "plan 3/14/2025" is a date, not an id with slashes
    if (/^\d{1,4}[/-]\d{1,2}[/-]\d{2,4}$/.test(value)) return false;
    return undefined;
  },
  invalidate(value) {
    // Upper-case letters only: lower-case text after "plan" is prose, not an id.
    return value !== value.toUpperCase();
  },
});

/** NHS (England, Wales) and CHI (Scotland) numbers: ten digits, often 3-3-4, with a mod-11 check digit. */
const nhsNumbers = patternRecognizer({
  id: 'health-plan',
  category: 'HEALTH_PLAN',
  patterns: [
    {
      name: 'nhs-number',
      score: 0.85,
      group: 1,
      regex: /(?<![\p{L}])(?:nhs|chi)(?:\s{1,2}(?:number|no\.?|#|num\.?))?(?:\s{1,2}(?:is|was))?\s{0,2}[:#]?\s{0,2}(\d{3}[ -]?\d{3}[ -]?\d{4})(?![\w-])/giud,
    },
  ],
});

/**
 * A number named right before as an NHS or CHI number is one even when its check digit fails (a mistyped
 * number still points at the person); only a passing check digit makes it certain.
 */
function nhsChecked(ctx: Parameters<Recognizer['recognize']>[0]) {
  const text = ctx.doc.text;
  return nhsNumbers.recognize(ctx).flatMap((c) => {
    if (nhsNumberValid(text.slice(c.start, c.end))) return [{ ...c, score: 1 }];
    // "NHS number 943 476 5918 on a training slide": a made-up example
    if (EXAMPLE_NEAR.test(text.slice(Math.max(0, c.start - 80), c.end + 80))) return [];
    return [{ ...c, score: 0.75, pattern: 'nhs-number-unchecked' }];
  });
}

/** New Zealand's NHI: three letters (no I or O) and four digits, or the newer three letters, two digits, two letters. */
const NHI = /(?<![\p{L}])nhi(?:\s{1,2}(?:number|no\.?|#))?(?:\s{1,2}(?:is|was))?\s{0,2}[:#]?\s{0,2}([A-HJ-NP-Z]{3}\d{4}|[A-HJ-NP-Z]{3}\d{2}[A-HJ-NP-Z]{2})(?![\p{L}\p{N}])/gud;
function nhi(text: string) {
  return [...text.matchAll(NHI)].map((m) => {
    const start = m.indices![1]![0];
    return { start, end: start + m[1]!.length, category: 'HEALTH_PLAN' as const, score: 0.85, recognizer: 'health-plan', pattern: 'nz-nhi' };
  });
}

/**
 * Quebec health cards (RAMQ, "AAAA 9999 9999", the digits a birth date) and member ids typed in spaced
 * groups after their label ("member ID W284 719 3365"): shapes the one-token id above does not take.
 */
const spacedPlans = patternRecognizer({
  id: 'health-plan',
  category: 'HEALTH_PLAN',
  patterns: [
    // "SHA-20431987", "NHIF/4471823": a national scheme's number carries the scheme's own letters
    { name: 'scheme-prefixed', score: 0.6, regex: /(?<![\p{L}\p{N}-])(?:SHA|NHIF|NHIS|PHIC|BPJS)[-/]?\d{6,12}(?![\p{L}\p{N}-])/gu },
    { name: 'ramq', score: 0.5, regex: /(?<![\p{L}\p{N}])[A-Z]{4}\s?\d{4}\s?\d{4}(?![\p{L}\p{N}])/gu },
    {
      name: 'labelled-spaced-id',
      score: 0.85,
      group: 1,
      regex: /(?<![\p{L}])(?:member|subscriber|policy|medicaid|medicare|insurance|health\s+card|ohip|mcp|msp|nhif|sha)(?:\s{1,2}(?:id|#|no\.?|number|card))?(?:\s{1,2}(?:is|was))?\s{0,2}[:#(]?\s{0,2}([A-Z]{0,2}\d{2,5}(?:[ ]\d{2,5}){0,3}[ ]\d{1,5}(?:[ ](?!(?:on|in|at|is|to|of|by|or|an|as|it|en|et|el|la|le|de|no|si|un|y|a)(?![\p{L}]))[A-Z]{1,2})?)(?![\p{L}\p{N}])/giud,
    },
  ],
  context: ['ramq', 'assurance maladie', 'carte soleil', 'health card', 'carte', 'patient', 'patiente', 'numéro'],
  validate(value) {
    if (/^[A-Z]{4}\s?\d/.test(value)) return ramqValid(value) || false;
    return value.replace(/\D/g, '').length >= 8 && !isYearOrRange(value) ? undefined : false;
  },
});

export const healthPlan: Recognizer = {
  ...labelledPlans,
  recognize: (ctx) => [...labelledPlans.recognize(ctx), ...nhsChecked(ctx), ...nhi(ctx.doc.text), ...spacedPlans.recognize(ctx)],
};
