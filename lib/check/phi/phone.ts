/**
 * PHONE and FAX: North American numbers in the shapes people type ((555) 201-3344, 555.201.3344,
 * 555-201-3344, +1 555 201 3344, 614 823-4471, ten bare digits), international numbers (+52 55 4132
 * 8890, +44 (0)20 7946 0958, 0044 ...), national shapes after a phone word (UK 07700 900123, FR 06 12
 * 34 56 78, ES 612 34 56 78, MX 55-4132-8890, SN 77 512 34 86, CH 079 123 45 67, CL 9 8765 4321, eight digits in
 * two fours), and extensions.
 * A fax number is a phone number whose nearest cue word is "fax" / "f:" / "télécopie" / "faxe".
 * Never matches 3-digit hotlines (911, 988); toll-free numbers are organisational and dropped;
 * a number introduced as the organisation's own line ("call our main line", "to schedule"), followed by a
 * department's name ("— Service de cardiologie"), or right after another id's label ("NHS number") is dropped.
 */
import type { Candidate, Recognizer } from './recognizer';
import { CONTEXT_BOOST, findContextWord } from './context';
import { clauseAfter, clauseBefore, isOrgPost, orgContext, PERSONAL_WORDS, SOMEONES_RELATIVE } from './nearby';

interface PhonePattern {
  name: string;
  regex: RegExp;
  score: number;
}

const EXT = String.raw`(?:\s{0,2}(?:ext\.?|x|#)\s{0,2}\d{1,5})?`;
const PATTERNS: readonly PhonePattern[] = [
  // (555) 201-3344, +1 (555) 201 3344
  { name: 'nanp-parens', score: 0.45, regex: new RegExp(String.raw`(?<![\w+])(?:\+?1[ .\u00a0-]?)?\(\d{3}\)[ .\u00a0-]?\d{3}[ .\u00a0-]\d{4}${EXT}(?![\w/-]|[.,]\d)`, 'g') },
  // 555-201-3344, 555.201.3344, 555 201 3344, +1 555 201 3344 (one separator style throughout)
  { name: 'nanp-separated', score: 0.45, regex: new RegExp(String.raw`(?<![\w+./-])(?:\+?1([ .\u00a0-]))?\d{3}([ .\u00a0-])\d{3}\2\d{4}${EXT}(?![\w/-]|[.,]\d)`, 'g') },
  // 5552013344 (needs context to count)
  { name: 'nanp-bare', score: 0.3, regex: /(?<![\w+./-])(?:\+?1)?\d{10}(?![\w/-]|[.,]\d)/g },
  // French national 06 12 34 56 78 and Spanish 612 345 678: only after a phone word (checked below)
  { name: 'fr-national', score: 0.45, regex: /(?<![\w+./-])0[1-9](?:[ .]\d{2}){4}(?![\w/-]|[.,]\d)/g },
  { name: 'es-national', score: 0.45, regex: /(?<![\w+./-])[6789]\d{2} \d{3} \d{3}(?![\w/-]|[.,]\d)/g },
  // Spanish mobile in pairs 612 34 56 78; UK national 07700 900123, 020 7946 0958, 0161 496 0000
  { name: 'es-national-pairs', score: 0.45, regex: /(?<![\w+./-])[6789]\d{2}(?: \d{2}){3}(?![\w/-]|[.,]\d)/g },
  // Australian mobile 0412 387 559, Indian mobile 98450 12736
  // Australia's 04xx and East Africa's 07xx mobiles ("0722 481 906"): a trunk 0, then four, three and three digits
  { name: 'au-mobile', score: 0.45, regex: /(?<![\w+./-])0[47]\d{2} \d{3} \d{3}(?![\w/-]|[.,]\d)/g },
  { name: 'in-mobile', score: 0.45, regex: /(?<![\w+./-])[6-9]\d{4} \d{5}(?![\w/-]|[.,]\d)/g },
  // Switzerland 079 123 45 67, Chile 9 8765 4321, eight digits in two fours (Singapore 9123 4567, Haiti 3456 7890), France run together 0612345678
  { name: 'ch-national', score: 0.45, regex: /(?<![\w+./-])0\d{2} \d{3} \d{2} \d{2}(?![\w/-]|[.,]\d)/g },
  // Belgium: mobiles 0475 31 82 06 (also 0475/31.82.06), land lines 02 512 34 56
  { name: 'be-national', score: 0.45, regex: /(?<![\w+./-])(?:04\d{2}[ /.]\d{2}[ .]\d{2}[ .]\d{2}|0\d [1-9]\d{2} \d{2} \d{2})(?![\w/-]|[.,]\d)/g },
  // Ireland's local numbers after the area code: 026 45123
  { name: 'ie-local', score: 0.45, regex: /(?<![\w+./-])0\d{2} \d{5}(?![\w/-]|[.,]\d| \d)/g },
  // Cameroon's mobiles: 6 99 55 47 12
  { name: 'cm-mobile', score: 0.45, regex: /(?<![\w+./-])6 ?\d{2} \d{2} \d{2} \d{2}(?![\w/-]|[.,]\d| \d)/g },
  // Venezuela's and others' dashed mobiles: 0414-555-2871
  { name: 'trunk-dashed', score: 0.45, regex: /(?<![\w+./-])0\d{3}-\d{3}-\d{4}(?![\w/-]|[.,]\d)/g },
  { name: 'cl-mobile', score: 0.45, regex: /(?<![\w+./-])9 \d{4} \d{4}(?![\w/-]|[.,]\d)/g },
  // "5512 8834", "2552-7781": Central American and Caribbean eight-digit numbers (not a span of years)
  { name: 'eight-digit', score: 0.45, regex: /(?<![\w+./-])(?<!\d |\(\d{1,4}\) ?)(?!(?:19|20)\d{2}[ -](?:19|20)\d{2}(?!\d))[2-9]\d{3}[ -]\d{4}(?![\w/-]|[.,]\d| \d)/g },
  // "01712-448903": a Bangladeshi mobile; "0661 23 45 78": an Algerian or Moroccan mobile
  { name: 'bd-mobile', score: 0.45, regex: /(?<![\w+./-])01[3-9]\d{2}[ -]?\d{6}(?![\w/-]|[.,]\d)/g },
  { name: 'maghreb-mobile', score: 0.45, regex: /(?<![\w+./-])0[5-7]\d{2} \d{2} \d{2} \d{2}(?![\w/-]|[.,]\d| \d)/g },
  { name: 'fr-compact', score: 0.45, regex: /(?<![\w+./-])0[1-9]\d{8}(?![\w/-]|[.,]\d)/g },
  // Nigeria's mobiles run together: 08035552190
  { name: 'ng-compact', score: 0.45, regex: /(?<![\w+./-])0[789][01]\d{8}(?![\w/-]|[.,]\d)/g },
  // Senegal 77 512 34 86, 33 823 45 67; Spain's landlines 91 234 56 78
  { name: 'sn-national', score: 0.45, regex: /(?<![\w+./-])[3-9]\d \d{3} \d{2} \d{2}(?![\w/-]|[.,]\d)/g },
  // a local seven-digit number after a phone or fax word: "Fax to 555-0187 bounced"
  { name: 'nanp-local', score: 0.45, regex: /(?<![\w+./-])(?<![\d)][ .-]?)[2-9]\d{2}-\d{4}(?![\w/-]|[.,]\d)/g },
  // Other national numbers with a trunk 0 (Kenya 0722 418 653, Nigeria 0803 123 4567, South Africa 082 555 0199), only after a phone cue
  { name: 'trunk-national', score: 0.45, regex: /(?<![\w+./-])0\d{2,3} \d{3} \d{3,4}(?![\w/-]|[.,]\d)/g },
  { name: 'uk-national', score: 0.45, regex: /(?<![\w+./-])(?:0\d{4} \d{6}|0\d{2} \d{4} \d{4}|0\d{3} \d{3} \d{4}|0\d{4} \d{3} \d{3})(?![\w/-]|[.,]\d)/g },
  // Mexico City / Guadalajara / Monterrey local shape 55 1234 5678, 55-4132-8890, (55) 4132 8890
  { name: 'mx-national', score: 0.45, regex: /(?<![\w+./-])(?:\(\d{2,3}\) ?|\d{2}[ -])\d{4}[ -]\d{4}(?![\w/-]|[.,]\d)/g },
  // Any other national grouping after a phone word: "her husband on 9841 276 530", "0321-4478120", "MVola au
  // 034 12 456 78", "ne répond pas au 78 45 21". Checked below: 6 to 12 digits, not an amount or a date.
  { name: 'cued-digits', score: 0.45, regex: /(?<![\w+./-]|\d[ -]|\)\s?)\d{2,5}(?:[ -]\d{2,7}){1,4}(?![\w/-]|[.,]\d| \d)/g },
  // +44 7700 900123, +33 6 12 34 56 78, +52-55-1234-5678, +44 (0)20 7946 0958, +52 (55) 4132 8890,
  // +525541328890, 0044 20 7946 0958 (the 00 international prefix)
  {
    name: 'international',
    score: 0.45,
    regex: /(?<![\w+])(?:(?:\+|00)[2-9]\d{0,2}(?: ?\(0\)\d{1,4})?(?:[ .-]?\(\d{1,4}\))?(?:[ .-]\d{1,8}){1,5}|\+[2-9]\d{7,14})(?![\w/-]|[.,]\d)/g,
  },
  // 614 823-4471, 614.823 4471: two separator styles in one number (needs patient wording to count)
  { name: 'nanp-mixed', score: 0.3, regex: new RegExp(String.raw`(?<![\w+./-])(?:\+?1[ .\u00a0-]?)?\d{3}([ .\u00a0-])\d{3}(?!\1)[ .\u00a0-]\d{4}${EXT}(?![\w/-]|[.,]\d)`, 'g') },
];

/** A number right after another identifier's label is that identifier ("NHS number 943 476 5919", "MRN 555-201-3344"). */
const ID_LABEL_BEFORE =
  /(?<![\p{L}])(?:nhs|chi|mrn|ssn|medicaid|medicare|member|subscriber|policy|account|acct|chart|licen[cs]e|dl|passport|npi|dea|case|claim|order|accession|imss|issste|nss|afiliaci[óo]n|afiliado|p[óo]liza|expediente|dossier|s[ée]cu)(?:\s{1,2}(?:id|number|no\.?|#|num\.?))?(?:\s{1,2}del\s+(?:imss|issste))?(?:\s{1,2}(?:is|was|es|est))?\s{0,2}[:#]?\s{0,2}$/iu;

/** A department or practice named right after a number: its own line. */
const ORG_NAME_AFTER =
  /^\W{0,4}(?:\(?(?:main|office|front\s+desk|reception|clinic)\)?\s*[—–|,-]|(?:the\s+)?(?:service|servicio|departamento|department|dept\.?|unidad|unit|clinic|clinique|cl[íi]nica|h[ôo]pital|hospital|pharmacy|farmacia|pharmacie|centro|centre|center)(?![\p{L}]))|(?<![\p{L}])(?:mon-fri|lun-ven|lun\.?\s*[-–]\s*vie|office\s+hours|horario)(?![\p{L}])/iu;
const PERSON_BEFORE = /(?<![\p{L}])(?:pt|pt's|patient|patient's|her|his|their|wife|husband|son|daughter|mom|dad|family|paciente|su|sus|patiente|sa|son|ses|fille|fils)(?![\p{L}])/iu;

/** National shapes without a country code: only numbers after a phone or fax word. */
const NATIONAL = new Set(['cued-digits', 'bd-mobile', 'maghreb-mobile', 'cm-mobile', 'trunk-dashed', 'ie-local', 'be-national', 'nanp-local', 'ch-national', 'cl-mobile', 'eight-digit', 'fr-compact', 'ng-compact', 'sn-national', 'fr-national', 'es-national', 'es-national-pairs', 'uk-national', 'mx-national', 'au-mobile', 'in-mobile', 'trunk-national']);

/** A relative named right before the number, with "at" or a colon: "his daughter Marites at", "su hija: ". */
const RELATIVE_AT = new RegExp(String.raw`(?<![\p{L}])${SOMEONES_RELATIVE}(?:\s+\p{Lu}[\p{L}'’-]+){0,2}\s*(?:at|on|al|au|:)\s*:?\s*$`, 'iu');
/** A handover list's relative, named without "his" or "her": "family meeting tomorrow, son Kiprono on 0722 481 906". */
const LISTED_RELATIVE_AT = /(?:^|[,;:.]\s*)(?:son|daughter|wife|husband|brother|sister|nephew|niece|grandson|granddaughter|mum|mom|dad|hijo|hija|esposa|esposo|marido|sobrin[oa]|niet[oa]|fils|fille|femme|mari|neveu|ni[èe]ce)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s*(?:at|on|al|au|:)\s*$/u;

/**
 * A grouping only a phone word makes a phone: 7 to 12 digits (6 in pairs, "78 45 21"), not an amount in thousands
 * ("2 500 000 FCFA"), a date ("12 03 2024"), a range of years or a quantity with its unit.
 */
function cuedDigitsShape(value: string, after: string): boolean {
  const digits = value.replace(/\D/g, '').length;
  if (digits > 12 || digits < 6 || (digits === 6 && !/^\d{2}(?: \d{2}){2}$/.test(value))) return false;
  // A North American shape is the NANP patterns' to validate ("123-456-7890" is not a number)
  if (/^\d{3}[ .-]\d{3}[ .-]\d{4}$/.test(value)) return false;
  if (/^\d{1,3}(?: \d{3})+$/.test(value) || /^\d{1,2}[ -]\d{1,2}[ -](?:19|20)\d{2}$/.test(value)) return false;
  return !/^\s?(?:[$€£%]|fcfa|cfa|xof|ar|mga|usd|eur|ksh|kes|mg|kg|ml|g|km|m)(?![\p{L}])/iu.test(after);
}

const TOLL_FREE = new Set(['800', '833', '844', '855', '866', '877', '888']);

/** The cue words that say what kind of number follows. */
const FAX_CUE = /(?<![\p{L}])(?:e-?fax|fax(?:ed|es|ing)?|faxe[rz]?|faxé|faxear|facsimile|f:|f\)|télécopie|télécopieur|facs[ií]mil)(?![\p{L}])/giu;
const PHONE_CUE =
  /(?<![\p{L}])(?:phon(?:e|es|ed|ing)|cell|cellphone|mobile|mob|landline|tel|tél|telephone|text(?:s|ed|ing)?|voicemail|whatsapp|call(?:s|ed|ing)?|ring(?:s|ing)?|rang|number|reachable|teléfono|telefono|tel[ée]fono|tfno|tlf|celular|cel|móvil|llam(?:a|an|ar|en?|é|ó|o|amos|aba|ando)|ll[áa]m(?:ale|ele|enla|enlo|enle)|marqué|m[áa]rca(?:le|me|nle)|m[áa]rquen(?:le|la|lo)|marcar|bell|contacto|contact(?:ez|er|ar|en|e)?|rappel(?:le|les|lent|er|ez|é|ait)?|r[ée]pond(?:re|ra|ez)?|joindre|respond(?:e|er|en)|yape(?:ar|a|en)?|plin(?:ear)?|téléphon(?:e|es|é|er|ait|ez)|portable|numéro|número|joignable|appel(?:le|les|lent|er|é|ée|és|ées|ait|ant|ez)|answer(?:s|ed|ing)?|tr(?:ied|ying)|laiss[ée]|dej[óo]|left|gave\s+us|m-?pesa|yape|nequi|daviplata|sinpe|gcash|maya|orange\s+money|mvola|moov\s+money|mobile\s+money|wave|momo|mtn\s+money|airtel\s+money|bizum|zelle|plin)(?![\p{L}])/giu;

/** What a line does or does not do, said right after its number: "isn't answering", "no contesta", "ne répond pas", "goes to voicemail". */
const ANSWER_AFTER = /^\W{0,3}(?:(?:is|isn['’]t|is\s+not|was|wasn['’]t|keeps|kept|just|still|never|no|ne|n['’])\s+){0,2}(?:answer(?:s|ed|ing)?|pick(?:s|ed|ing)?\s+up|ring(?:s|ing)?\s+out|go(?:es|ing)?\s+(?:straight\s+)?to\s+voicemail|contest(?:a|an|ó|aba)|r[ée]pond(?:ait|ent)?|d[ée]croche)(?![\p{L}])/iu;

/** Cue words that name a voice line, not just "a number". */
const PHONE_KIND_CUE =
  /(?<![\p{L}])(?:phone|cell|cellphone|mobile|mob|tel|tél|telephone|texted|text|voicemail|whatsapp|call(?:ed|ing)?|teléfono|telefono|tfno|tlf|celular|cel|móvil|llamar|llamé|llamó|téléphone|portable)(?![\p{L}])/giu;

function lastIndex(re: RegExp, s: string): number {
  let at = -1;
  re.lastIndex = 0;
  for (const m of s.matchAll(re)) at = m.index;
  return at;
}

/** FAX when the nearest cue before the number (or right after it) is a fax word. */
function isFax(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start).toLowerCase();
  const fax = lastIndex(FAX_CUE, before);
  // "fax number", "fax no.": a generic word after the fax cue does not make it a phone.
  const phone = lastIndex(PHONE_KIND_CUE, before);
  if (fax >= 0 || phone >= 0) return fax > phone;
  return /^\s*\(?(?:fax|f)\)?(?![\p{L}])/iu.test(text.slice(end, end + 8)) || lastIndex(FAX_CUE, clauseAfter(text, end, 30).toLowerCase()) >= 0;
}

function nanpValid(digits: string): boolean {
  const d = digits.length === 11 && digits[0] === '1' ? digits.slice(1) : digits;
  if (d.length !== 10) return false;
  // Area code and exchange never start with 0 or 1.
  if (!/^[2-9]\d{2}[2-9]/.test(d)) return false;
  return !TOLL_FREE.has(d.slice(0, 3)) && !/^(\d)\1+$/.test(d);
}

/** A patient or relative anywhere in the number's sentence: "Llamé al 612 ... y no contestó, la paciente sigue sin aparecer". */
const PERSONAL_IN_SENTENCE = /(?<![\p{L}])(?:patient|pt|paciente|patiente|wife|husband|son|daughter|hija|hijo|esposa|esposo|fille|fils|femme|mari|family|familia|famille|grandson|granddaughter|grandkids|grandchildren|nieto|nieta|nietos|petits?-enfants|petit-fils|petite-fille|apo|mjukuu|maman|papa|mam[áa]|pap[áa]|mum|mom|dad|mam|mammy|mother|father|madre|padre|m[èe]re|p[èe]re)(?![\p{L}])/iu;
/** Whose records a fax carries: "faxed the pt's results", "le dossier de Mme Roy", "el informe de la paciente". */
const FAX_PERSONAL_WORDS = [...PERSONAL_WORDS, 'records', 'results', 'report', 'summary', 'referral', 'orders', 'dossier', 'rapport', 'résultats', 'informe', 'expediente', 'resultados'];

export const PHONE_CONTEXT = [
  ...PERSONAL_WORDS, 'phone', 'cell', 'cellphone', 'mobile', 'tel', 'telephone', 'number', 'texted', 'voicemail',
  'call back', 'callback', 'reach', 'fax', 'faxed', 'faxing', 'home', 'home fax', 'teléfono', 'telefono', 'celular', 'móvil', 'número', 'llamar',
  'téléphone', 'portable', 'numéro', 'domicile', 'rappeler', 'télécopie',
  'called', 'calling', 'calls', 'left a message', 'message', 'answer', 'answered', 'whatsapp', 'cel', 'llamó', 'llamé', 'mensaje',
  'appelé', 'message vocal', 'répondeur', 'ringing', 'rings', 'rang', 'phoning', 'phoned', 'appelle', 'appelait', 'llama', 'llamaba',
  'contesta', 'contestó', 'contestan', 'responde', 'respondió', 'répond', 'décroche', 'answering',
] as const;

export const phone: Recognizer = {
  id: 'phone',
  categories: ['PHONE', 'FAX'],
  context: PHONE_CONTEXT,
  recognize({ doc }) {
    const text = doc.text;
    const out: Candidate[] = [];
    const orgPost = isOrgPost(text);
    for (const p of PATTERNS) {
      for (const m of text.matchAll(p.regex)) {
        const value = m[0].replace(/\s{0,2}(?:ext\.?|x|#)\s{0,2}\d{1,5}$/i, '');
        const digits = value.replace(/\D/g, '');
        const start = m.index;
        const end = start + m[0].length;
        if (p.name === 'international') {
          const national = digits.startsWith('00') ? digits.slice(2) : digits;
          if (national.length < 8 || national.length > 15 || value.startsWith('+1')) continue;
          // "0044 20 7946 0958" is only a number after a phone word; a bare 00-run may be anything.
          if (value.startsWith('00') && lastIndex(PHONE_CUE, text.slice(Math.max(0, start - 40), start).toLowerCase()) < 0) continue;
        } else if (NATIONAL.has(p.name)) {
          if (p.name === 'cued-digits' && !cuedDigitsShape(value, text.slice(end, end + 8))) continue;
          // the cue may open the clause: "faxed Mr Okafor's discharge summary to our surgery from 0113 ..."
          const cue = clauseBefore(text, start, 80).toLowerCase();
          // ... or follow it: "au 01 45 55 02 18, le fax précédent était illisible"
          // ... or name whose number it is: "or his daughter Marites at 0917 558 2214"
          // ... or come right after it: "021 555 4187 isn't answering", "0612 ... no contesta"
          const after = clauseAfter(text, end, 30).toLowerCase();
          if (lastIndex(PHONE_CUE, cue) < 0 && lastIndex(FAX_CUE, cue) < 0 && lastIndex(FAX_CUE, after) < 0 && !ANSWER_AFTER.test(after) && !RELATIVE_AT.test(cue) && !LISTED_RELATIVE_AT.test(clauseBefore(text, start, 80))) continue;
        } else if (!nanpValid(digits)) continue;
        if (orgContext(text, start, end) || ID_LABEL_BEFORE.test(clauseBefore(text, start, 30))) continue;
        // an open day's or a clinic's own numbers in a post about the organisation itself
        if (orgPost && !PERSON_BEFORE.test(clauseBefore(text, start, 60))) continue;
        // "Tel: +33 1 44 55 66 77 — Service de cardiologie, Hôpital X": a department's line in a signature.
        if (ORG_NAME_AFTER.test(clauseAfter(text, end, 50)) && !PERSON_BEFORE.test(clauseBefore(text, start, 60))) continue;
        // A number in a list of statistics or a range ("1,234-5678") is not a phone.
        if (/[$%]\s*$/.test(clauseBefore(text, start, 2))) continue;
        const category = isFax(text, start, end) ? 'FAX' : 'PHONE';
        if (NATIONAL.has(p.name)) {
          // A national shape already needed a phone word to be read as a number at all; only a person's word
          // ("su hija", "her son", "sa fille") says whose it is ("citas en el teléfono 96 512 34 56" is the clinic's).
          const word = findContextWord(doc, start, end, category === 'FAX' ? FAX_PERSONAL_WORDS : PERSONAL_WORDS) ??
            PERSONAL_IN_SENTENCE.exec(doc.sentenceAt(start)?.text ?? '')?.[0]?.toLowerCase();
          out.push({ start, end, category, score: p.score + (word ? CONTEXT_BOOST : 0), recognizer: 'phone', pattern: p.name, ...(word ? { context: word } : { contextApplied: true }) });
          continue;
        }
        out.push({ start, end, category, score: p.score, recognizer: 'phone', pattern: p.name });
      }
    }
    return out;
  },
};
