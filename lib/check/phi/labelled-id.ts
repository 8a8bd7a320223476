/**
 * A number introduced by a label no specific recognizer knows: "NIS # 0478211", "NAPSA number is 301245678",
 * "Número de asegurada: 20483317", "Carte CMU n° 0171 2244 9031", "folder no. KATH/24/088713", "national ID
 * (CF21004102HKLM)", "C.I. V-12.846.593", "Plan Vital MPR0048817201". Every country has its own schemes; what
 * they share is a label, then at least six digits. The label's words say which kind it is (OTHER_ID when they
 * say nothing), and a more specific recognizer's finding on the same text wins the overlap: this is the
 * fallback, so its score stays below theirs.
 */
import type { Candidate, Recognizer } from './recognizer';
import type { PhiCategory } from '../types';
import { isYearOrRange } from './checksums';
import { findContextWord } from './context';
import { HIRING_POST, isOrgPost, PERSONAL_WORDS } from './nearby';

/** An identifier: an optional letter prefix, a digit, then digits and letters in up to five groups. */
const TOKEN = /(?<![\p{L}\p{N}./-])(?:[A-Z]{1,5}[-/.]?)?\d[\dA-Z]*(?:[ ./-]\d[\dA-Z]*){0,4}(?![\p{L}\p{N}]|[./-]\d)/gu;

/** A label ending right before the number: a number word, "#", an id word, or a scheme's capitals ("NIS", "CMU"). */
const LABEL_TAIL = String.raw`(?:\s{1,2}(?:is|was|es|era|est|reads|says))?\s{0,2}[:#=(,]?\s{0,2}$`;
const LABEL_END = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:numbers?|num\.?|no\.|n[°º]\.?|nro\.?|n[úu]m\.?|n[úu]mero|num[ée]ro|id|card|carte|tarjeta|c[ée]dula|folder|matricule|c\.\s?i\.|carn[ée]t?|dni|rut|nin|cnic|aadhaar)|#|(?:n[úu]mero|num[ée]ro|number|n[°º])\s{1,2}(?:de|d['’]|of|du)\s{0,2}[\p{L}-]{2,16}|(?<![\p{L}])(?:carn[ée]t?|card|carte|tarjeta)\s{1,2}(?:de(?:l)?|d['’]|of|du)\s{0,2}(?:la\s|el\s|l['’])?(?:\p{Lu}[\p{L}-]{1,16}\s?){1,3})${LABEL_TAIL}`,
  'iu',
);
/** A scheme's capitals as the label: "NIS 0478211", "CMU 0171 2244 9031", "HIB no 1023456789" (case matters: "is" is not a scheme). */
const ACRONYM_END = new RegExp(String.raw`(?<![\p{L}])(?:No|CI|[A-Z]{2,6}(?:\s(?:no|No|NO)\.?)?)${LABEL_TAIL}`, 'u');

/** Labels of things that are not a person's: references, orders, papers, trials, rooms, staff numbers, phones. */
const NOT_PERSONAL = /(?<![\p{L}])(?:ref(?:erence)?|(?:rx\s?)?bin|(?:rx\s?)?pcn|order|commande|pedido|orden\s+de\s+compra|bon\s+de\s+commande|purchase\s+order|po|invoice|factura|facture|ticket|tracking|grant|award|nct|isbn|issn|doi|pmid|pmcid|protocol|study|trial|room|bed|ward|bay|version|model|page|vol|step|phase|line|extension|ext|npi|dea|gmc|nmc|rpps|adeli|colegiad[oa]|matr[íi]cula\s+profesional|registration\s+of\s+the\s+clinic|siret|siren|rcs|ein|vat|tva|nif\s+de\s+la|cif|charity|chy|cro|ruc|cuit|rnc|abn|acn|gst|hiqa|centre\s+id|company|ide|uid|reg(?:istration)?\.?\s+no|phone|tel|t[ée]l[ée]?phone?|fax|whatsapp|call|llam\w*|appel\w*|m[óo]vil|portable|cell|mobile|contact|hotline|lot|batch|lote|serial|req|requisition|job|posting|vacancy|licen[cs]e|lic|licencia|permis|rn|lpn|md|pharmd|rph|bp|hr|rr|pr|qrs|qtc?|inr|spo2|sats?|gcs|wbc|plt|hb|hgb|hba1c|a1c|ldl|hdl|bun|cr|egfr|tsh|psa|crp|esr|bmi|s\/n|sn|vin|plate|placa|plaque|matr[íi]cula|immatriculation|iban|swift|bic|routing|sort\s+code|icd|cpt|ndc|covid|sars)(?![\p{L}])/iu;

/** The label's words, and the kind of identifier they name. First match wins. */
const KINDS: [RegExp, PhiCategory][] = [
  [/(?<![\p{L}])(?:social\s+security|seguro\s+social|s[ée]curit[ée]\s+sociale|s[ée]cu|nis|napsa|nssf|inss|ipss|pension|pensi[óo]n|retraite|avs|nss|nir)(?![\p{L}])/iu, 'SSN'],
  [/(?<![\p{L}])(?:insur\w*|seguro|asegurad[oa]|assur\w*|mutuelle|cmu|pmi|medicare|medicaid|health\s+(?:card|plan)|plan|sanitaria|sant[ée]|nhis|nhif|fonasa|essalud|sis|cafat|cnam|cnss|amo|ihss|philhealth|member|hib|ars|eps|isapre|obra\s+social|nhi)(?![\p{L}])/iu, 'HEALTH_PLAN'],
  [/(?<![\p{L}])(?:accounts?|acct|acc|cuenta|compte|bank|banco|banque|eft|transfer\w*|dep[óo]sito)(?![\p{L}])/iu, 'ACCOUNT'],
  [/(?<![\p{L}])(?:folder|records?|chart|dossier|expediente|historia|hospital|file|mrn|admission|ingreso|s[ée]jour)(?![\p{L}])/iu, 'MRN'],
  [/(?<![\p{L}])(?:pacemaker|stimulateur|marcapasos|implant\w*|pump|pompe|bomba|device|dispositivo|dispositif)(?![\p{L}])/iu, 'DEVICE'],
];

/** A label made of number words, "#" or an id word: surer than a bare acronym ("NHIS 0582 1147"). */
const NUMBER_WORD = /#|(?<![\p{L}])(?:numbers?|num|no\.|n[°º]|nro|n[úu]m|n[úu]mero|num[ée]ro|id|card|carte|tarjeta|c[ée]dula|folder|matricule)(?![\p{L}])/iu;

const BASE = 0.5;
const PERSON_BOOST = 0.2;

export const labelledId: Recognizer = {
  id: 'labelled-id',
  categories: ['OTHER_ID', 'SSN', 'HEALTH_PLAN', 'ACCOUNT', 'MRN', 'DEVICE'],
  recognize({ doc }) {
    const text = doc.text;
    const out: Candidate[] = [];
    const orgPost = isOrgPost(text) || HIRING_POST.test(text);
    for (const m of text.matchAll(TOKEN)) {
      const value = m[0];
      const digits = value.replace(/\D/g, '').length;
      if (digits < 6 || digits > 24 || isYearOrRange(value)) continue;
      // a North American phone number is the phone recognizer's ("her number is 470.555.0183"); a shape no
      // phone can have ("123-456-7890") stays an id
      if (/^[2-9]\d{2}([ .-])[2-9]\d{2}\1\d{4}$/.test(value)) continue;
      // dates are the date recognizer's ("12.03.2024"); ranges and readings are not ids ("120-200 ms", "210/120")
      if (/^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/.test(value) || /^\d{1,3}[-/]\d{1,3}$/.test(value)) continue;
      if (/^\s?(?:%|ms|mg|mcg|ml|mmhg|bpm|kg|g|cm|mm|km|iu|units?|fcfa|cfa|usd|eur)(?![\p{L}])/iu.test(text.slice(m.index + value.length, m.index + value.length + 8))) continue;
      const start = m.index;
      // the line before it, not the clause: "folder no. KATH/24/088713" ends its label with a dot
      const window = text.slice(Math.max(0, start - 50), start);
      const before = window.slice(window.lastIndexOf('\n') + 1);
      const label = LABEL_END.exec(before) ?? ACRONYM_END.exec(before);
      if (!label) continue;
      // the label's own words: up to three words before its end
      const words = before.slice(Math.max(0, label.index - 30));
      if (NOT_PERSONAL.test(words.slice(-40)) || /[$€£¥₹]\s*$/.test(before)) continue;
      const category = KINDS.find(([re]) => re.test(words))?.[1] ?? 'OTHER_ID';
      const end = start + value.length;
      const person = findContextWord(doc, start, end, PERSONAL_WORDS);
      if (orgPost && !person) continue;
      const score = (NUMBER_WORD.test(label[0]) ? BASE : BASE - 0.1) + (person ? PERSON_BOOST : 0);
      out.push({ start, end, category, score, recognizer: 'labelled-id', pattern: 'labelled-number', ...(person ? { context: person } : {}), contextApplied: true });
    }
    return out;
  },
};
