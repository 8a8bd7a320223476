/**
 * SSN: US Social Security numbers, dashed (254-83-6610), spaced (331 04 7756) or nine bare digits.
 * Only numbers the SSA could issue (area not 000/666/9xx, group not 00, serial not 0000). Nine bare
 * digits count only when the post says SSN / social security nearby (they are also MRNs, phones...).
 * Also France's NIR, Spain's and Mexico's NSS, Canada's SIN, Argentina's CUIL, Chile's RUT, the UK's National Insurance number
 * Belgium's national register number, South Africa's ID number, the Philippines' SSS number and Switzerland's
 * AVS number, and the last four digits said as such ("last 4 of her SSN 2871",
 * "xxx-xx-2871"). A national number counts only when the post names it ("NSS", "carte vitale", "NI number"):
 * anywhere in the stretch before it when its check digits are right, and right before it when they are
 * not ("NSS 281234567890": a mistyped number is still the person's number, and its name rules out a phone or
 * an order number); a number in its own dotted form ("22.345.678-9") only needs its name somewhere before it.
 * Hong Kong's identity card (Y123456(7)), Malaysia's MyKad (640812-10-5527) and the Ghana Card name themselves.
 */
import type { Candidate, Recognizer } from './recognizer';
import { luhnValid, ssnValid } from './checksums';
import { EXAMPLE_NEAR } from './nearby';

const PATTERNS = [
  { name: 'ssn-dashed', score: 0.85, regex: /(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-]|\.\d)/g },
  { name: 'ssn-spaced', score: 0.45, regex: /(?<![\w-])\d{3} \d{2} \d{4}(?![\w-]|\.\d)/g },
  { name: 'ssn-bare', score: 0.2, regex: /(?<![\w-])\d{9}(?![\w-]|\.\d)/g },
  // "ss# 3 0 9 4 4 1 7 7 2": read out digit by digit; counted only where the number is named
  { name: 'ssn-digit-spaced', score: 0.2, regex: /(?<![\w-])\d(?: \d){8}(?![\w-]|\.\d)/g },
  // France's NIR (numéro de sécurité sociale): sex, year, month, department, commune, order, key; overseas
  // departments take three digits and their communes two ("1 62 03 971 20 145 05").
  { name: 'fr-nir', score: 0.2, regex: /(?<![\w-])[12] ?\d{2} ?(?:0[1-9]|1[0-2]|[2-9]\d) ?(?:(?:\d{2}|2[AB]) ?\d{3}|9[78]\d ?\d{2}) ?\d{3}(?: ?\d{2})?(?![\w-]|\.\d)/g },
  // Mexico's NSS (IMSS): 11 digits, the last a Luhn check digit, bare or as printed on the card (4318 72 1456 9).
  { name: 'mx-nss', score: 0.2, regex: /(?<![\w-])(?:\d{11}|\d{4}([ -])\d{2}\1\d{4}\1\d)(?![\w-]|\.\d)/g },
  // Spain's NSS (número de la seguridad social): 12 digits, often 2/8/2.
  { name: 'es-nss', score: 0.2, regex: /(?<![\w-])\d{2}[ /-]?\d{8}[ /-]?\d{2}(?![\w-]|\.\d)/g },
  // Canada's SIN (social insurance number, numéro d'assurance sociale): nine digits, 3-3-3, Luhn-checked.
  { name: 'ca-sin', score: 0.2, regex: /(?<![\w-])\d{3}[ -]\d{3}[ -]\d{3}(?![\w-]|\.\d)/g },
  // Argentina's CUIL/CUIT: type, DNI, mod-11 check digit (20-28765432-7).
  { name: 'ar-cuil', score: 0.2, regex: /(?<![\w-])(?:20|23|24|27|30|33|34)-?\d{8}-?\d(?![\w-]|\.\d)/g },
  // The UK's National Insurance number: two letters, six digits, A-D (QQ 12 34 56 C).
  { name: 'uk-nino', score: 0.2, regex: /(?<![\w-])[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\w-])/g },
  // South Africa's ID number: birth date, sequence, citizenship, Luhn (800101 5009 087); the Philippines' SSS number (34-1234567-8)
  { name: 'za-id', score: 0.2, regex: /(?<![\w-])\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]) ?\d{4} ?[01]\d{2}(?![\w-]|\.\d)/g },
  { name: 'ph-sss', score: 0.2, regex: /(?<![\w-])\d{2}-\d{7}-\d(?![\w-]|\.\d)/g },
  // Switzerland's AHV/AVS number: 756, then nine digits and an EAN-13 check digit (756.1234.5678.97)
  { name: 'ch-avs', score: 0.2, regex: /(?<![\w.-])756[. ]?\d{4}[. ]?\d{4}[. ]?\d{2}(?![\w-]|\.\d)/g },
  // Belgium's national register number: birth date, order, mod-97 key (85.07.30-033.61).
  // Ghana Card (GHA-724519038-4): the country prefix names it
  { name: 'gh-card', score: 0.85, regex: /(?<![\w-])GHA-\d{9}-\d(?![\w-])/g },
  // Hong Kong's identity card, its check digit in brackets (Y123456(7)); Malaysia's MyKad, a birth date first (640812-10-5527)
  { name: 'hk-id', score: 0.6, regex: /(?<![\w-])[A-Z]{1,2}\d{6} ?\([0-9A]\)(?![\w-])/g },
  { name: 'my-nric', score: 0.6, regex: /(?<![\w-])\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])-\d{2}-\d{4}(?![\w-]|\.\d)/g },
  // Chile's RUT/RUN: body and a mod-11 check digit or K (12.345.678-5).
  { name: 'cl-rut', score: 0.2, regex: /(?<![\w.-])\d{1,2}\.?\d{3}\.?\d{3}-[\dkK](?![\w-]|\.\d)/g },
  { name: 'be-nrn', score: 0.2, regex: /(?<![\w.-])\d{2}\.?\d{2}\.?\d{2}[ -]?\d{3}\.?\d{2}(?![\w-]|\.\d)/g },
] as const;

/** Shapes that name themselves: counted without the number's name in the post. */
const SELF_NAMED: ReadonlySet<string> = new Set(['gh-card', 'hk-id', 'my-nric']);
/** National numbers typed in their own dotted or grouped form ("22.345.678-9", the IMSS card's "4318 72 1456 9"): named anywhere before, a wrong check digit still counts. */
const DOTTED = /^\d{1,2}\.\d{3}\.\d{3}-[\dkK]$|^\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}$|^756\.\d{4}\.\d{4}\.\d{2}$|^\d{4}([ -])\d{2}\1\d{4}\1\d$/;

const NATIONAL: ReadonlySet<string> = new Set(['za-id', 'ph-sss', 'ch-avs', 'fr-nir', 'es-nss', 'mx-nss', 'ca-sin', 'ar-cuil', 'uk-nino', 'be-nrn', 'cl-rut']);

/**
 * The last four digits said as such: "last 4 of her SSN 2871", "SSN ending in 2871", "xxx-xx-2871",
 * "últimos 4 dígitos de su seguro social: 2871", "les 4 derniers chiffres de sa sécu : 2871".
 */
const SSN_NAME = String.raw`(?:ssn|ss#|soc\.?\s*sec|social(?:\s+security)?(?:\s+(?:number|no\.?|#))?|seguro\s+social|nss|s[ée]cu(?:rit[ée]\s+sociale)?)`;
const PARTIAL = new RegExp(
  String.raw`(?<![\p{L}])(?:` +
    String.raw`last\s+(?:4|four)(?:\s+(?:digits|numbers|#s?))?\s+(?:of|on|from)\s+(?:(?:her|his|their|the|my|a|pt'?s|patient'?s)\s+)?${SSN_NAME}|` +
    String.raw`${SSN_NAME}\s+(?:ending|ends|that\s+ends)\s+(?:in|with)|` +
    String.raw`${SSN_NAME}\s{0,2}[:#]?\s{0,2}(?:xxx|\*{3})[ -]?(?:xx|\*{2})[ -]?|` +
    String.raw`[úu]ltimos\s+(?:4|cuatro)\s+(?:d[íi]gitos\s+)?(?:de(?:l)?\s+)?(?:su\s+)?${SSN_NAME}|` +
    String.raw`(?:4|quatre)\s+derniers\s+chiffres\s+(?:de\s+)?(?:(?:son|sa)\s+)?(?:num[ée]ro\s+de\s+)?${SSN_NAME}` +
    String.raw`)(?:\s{1,2}(?:is|was|are|were|son|es|sont))?\s{0,2}[:=,-]?\s{0,2}(\d{4})(?![\w-]|[.,]\d)`,
  'giud',
);

/** Said anywhere in the stretch before the number: "her SSN", "social security", "NSS", "n° de sécu". */
const SSN_WORD_LIST = String.raw`ssn|ssns|ss#|soc\.?\s*sec|social\s+security|seguro\s+social|seguridad\s+social|número\s+de\s+seguro|nss|naf|sécurité\s+sociale|sécu|nir|carte\s+vitale|social\s+insurance|assurance\s+sociale|cuil|cuit|ni\s+(?:number|no\.?|#)|nino|national\s+insurance|registre\s+national|num[ée]ro\s+national|niss|rijksregister(?:nummer)?|sa\s+id|id\s+(?:number|no\.?)|identity\s+number|sss|avs|ahv|nuss|rut|run|hkid|mykad|nric|kad\s+pengenalan|(?:su|mi|tu|his|her|their|my|your)\s+social(?!\s+(?:media|worker|work|life|skills|anxiety|network|circle|story|trabajador|trabajadora|services?|security\s+office))`;
const SSN_WORDS = new RegExp(String.raw`(?<![\p{L}])(?:${SSN_WORD_LIST})(?![\p{L}])`, 'iu');
/** The number's name right before it: "NSS 2812...", "son numéro de sécu : 1 85 ...", "seguro social del IMSS es ...". */
const NAMED_RIGHT_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${SSN_WORD_LIST})(?![\p{L}])[^\d.!?\n]{0,30}$`, 'iu');
/** Canada's abbreviations, upper-case only ("sin" is Spanish for "without"). */
const SIN_ABBREVIATION = /(?<![\p{L}])(?:SIN|NAS)(?![\p{L}])/u;
/** ... Canada's, upper-case, may name the person between: "le NAS de ma patiente Yvette Charbonneau, 482 117 936". */
const SIN_RIGHT_BEFORE = /(?<![\p{L}])(?:SIN|NAS)(?![\p{L}])[^\d.!?\n]{0,60}$/u;

/**
 * NIR: 13 digits (+ a 2-digit key = 97 - n mod 97); Spain's NSS: 12 digits, the last two = first ten mod 97;
 * Mexico's NSS and Canada's SIN: Luhn; CUIL: mod 11 weighted 5432765432; NI number: its shape alone; Belgium's
 * number: key = 97 - (first nine mod 97), with a 2 in front for births from 2000.
 */
function nationalValid(kind: string, value: string): boolean {
  const d = value.replace(/[\s./-]/g, '');
  if (kind === 'uk-nino') return /^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]/.test(d);
  if (kind === 'za-id') return d.length === 13 && luhnValid(d);
  if (kind === 'ph-sss') return true;
  if (kind === 'ch-avs') {
    const sum = [...d.slice(0, 12)].reduce((acc, ch, i) => acc + Number(ch) * (i % 2 ? 3 : 1), 0);
    return (10 - (sum % 10)) % 10 === Number(d[12]);
  }
  if (kind === 'ar-cuil') {
    const w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
    const sum = w.reduce((acc, k, i) => acc + k * Number(d[i]), 0);
    const check = (11 - (sum % 11)) % 11;
    return check !== 10 && check === Number(d[10]);
  }
  if (kind === 'be-nrn') {
    const key = Number(d.slice(9));
    return 97 - (Number(d.slice(0, 9)) % 97) === key || 97 - (Number('2' + d.slice(0, 9)) % 97) === key;
  }
  if (kind === 'fr-nir') {
    if (d.length === 13) return true;
    const body = BigInt(d.slice(0, 13).replace('2A', '19').replace('2B', '18'));
    return d.length === 15 && Number(97n - (body % 97n)) === Number(d.slice(13));
  }
  if (kind === 'cl-rut') {
    const body = d.slice(0, -1);
    let sum = 0;
    for (let i = body.length - 1, k = 2; i >= 0; i--, k = k === 7 ? 2 : k + 1) sum += Number(body[i]) * k;
    const check = 11 - (sum % 11);
    return d.slice(-1).toUpperCase() === (check === 11 ? '0' : check === 10 ? 'K' : String(check));
  }
  if (kind === 'mx-nss') return d.length === 11 && luhnValid(d);
  if (kind === 'ca-sin') return d.length === 9 && luhnValid(d);
  return d.length === 12 && Number(BigInt(d.slice(0, 10)) % 97n) === Number(d.slice(10));
}
/** Hong Kong's check digit: letters count 10-35 (a missing first letter 36), weights 9 down to 2, 11 - sum mod 11 (10 is A). */
function hkidValid(value: string): boolean {
  const m = /^([A-Z]{1,2})(\d{6}) ?\(([0-9A])\)$/.exec(value);
  if (!m) return false;
  const letters = m[1]!.length === 1 ? [36, m[1]!.charCodeAt(0) - 55] : [...m[1]!].map((c) => c.charCodeAt(0) - 55);
  const values = [...letters, ...[...m[2]!].map(Number)];
  const sum = values.reduce((acc, v, i) => acc + v * (9 - i), 0);
  const check = (11 - (sum % 11)) % 11;
  return m[3] === (check === 10 ? 'A' : String(check));
}

const WIDE_WINDOW = 200;

export const SSN_CONTEXT = ['ssn', 'social security', 'social', 'seguro social', 'sécurité sociale', 'ss#', 'nss'] as const;

export const ssn: Recognizer = {
  id: 'ssn',
  categories: ['SSN'],
  context: SSN_CONTEXT,
  recognize({ doc }) {
    const text = doc.text;
    const out: Candidate[] = [];
    for (const p of PATTERNS) {
      for (const m of text.matchAll(p.regex)) {
        const national = NATIONAL.has(p.name);
        const start = m.index;
        const end = start + m[0].length;
        const before = text.slice(Math.max(0, start - WIDE_WINDOW), start);
        const selfNamed = SELF_NAMED.has(p.name);
        const checked = selfNamed ? p.name !== 'hk-id' || hkidValid(m[0]) : national ? nationalValid(p.name, m[0]) : ssnValid(m[0]);
        const around = before + ' ' + text.slice(end, end + 30);
        const said = SSN_WORDS.exec(around) ?? SIN_ABBREVIATION.exec(around);
        const namedBefore = NAMED_RIGHT_BEFORE.test(before) || SIN_RIGHT_BEFORE.test(before) || (!!said && DOTTED.test(m[0]));
        if (!checked && !selfNamed && (!(national && namedBefore) || EXAMPLE_NEAR.test(text.slice(Math.max(0, start - 80), end + 80)))) continue;
        if ((p.name === 'ssn-bare' || p.name === 'ssn-digit-spaced' || national) && !said) continue;
        // A named national number outranks the card or account reading of the same digits.
        const lift = national ? 0.5 : 0.4;
        out.push({
          start, end, category: 'SSN', recognizer: 'ssn', pattern: checked ? p.name : `${p.name}-unchecked`,
          score: said ? Math.min(1, p.score + lift - (checked ? 0 : 0.1)) : selfNamed && checked ? Math.max(p.score, 0.85) : p.score,
          ...(said ? { context: said[0].toLowerCase() } : {}),
        });
      }
    }
    for (const m of text.matchAll(PARTIAL)) {
      const at = m.indices?.[1]?.[0];
      if (at === undefined) continue;
      out.push({ start: at, end: at + 4, category: 'SSN', score: 0.85, recognizer: 'ssn', pattern: 'ssn-last-four', context: 'ssn' });
    }
    return out;
  },
};
