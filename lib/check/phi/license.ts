/**
 * LICENSE: a patient's driver's licence or other certificate number, introduced by its label ("DL
 * D441-0778-1209", "driver's license in his jacket, #B7723419", "licencia ... número 40218877",
 * "permis de conduire n° 12AB34567"), a state as the label ("NY license 714 392 058", "expired CA DL",
 * "Texas driver's license"), and other identity documents (passport, ID card, DNI/NIE, INE, carte
 * d'identité), pilots' and commercial drivers' certificates ("FAA cert 3318472", "CDL"). A clinician's own licence in a signature line ("RN, BSN | Lic.
 * RN-449210") is the clinician's, not a patient's, and is dropped.
 */
import { patternRecognizer } from './recognizer';
import { isYearOrRange } from './checksums';
import { OF_GAP, PERSONAL_WORDS, STATE_CODES, US_STATES } from './nearby';

/** Up to 40 characters of the same clause between the label and the number ("... in his jacket, #"). */
const GAP = String.raw`(?:[^.!?\n\d]{0,40}?(?:#|no\.|number|número|numéro|n°|nº|,|:|is|was|es|est|\s)(?:\s{1,2}(?:is|was|es|est))?\s{0,2})?${OF_GAP}\s{0,2}`;
/** Letters and digits with dashes inside, or digit groups split by single spaces ("714 392 058", NY). */
// "12.887.430": Argentine and Spanish ids are often written with thousands dots
// "KA05 20190012345": India's licence, a state and office code, then the year and a serial
const ID = String.raw`((?:[VEJ]-)?\d{1,3}(?:\.\d{3}){2,3}(?![\d.])|[A-Z]{0,7}-?\d[\dA-Z]{1,17}(?:-[\dA-Z]{1,8}|\s\d{3,4}(?![\p{L}])|\s\d{11}(?![\p{L}\p{N}])){0,4})`;
/** A state's postal code before "license", "DL" or "ID": "NY license", "expired CA DL" (its name: US_STATES). */
const ID_WORD = String.raw`(?:driver'?s?\s+)?(?:licen[cs]e(?!\s+plates?)|lic\.?|DL|D\/L|ID(?:\s+card)?|RN|LPN|nursing\s+licen[cs]e)`;

export const license = patternRecognizer({
  id: 'license',
  category: 'LICENSE',
  patterns: [
    {
      name: 'drivers-licence',
      score: 0.85,
      group: 1,
      regex: new RegExp(String.raw`(?<![\p{L}])(?:driver'?s?\s+licen[cs]es?|drivers?\s+lic\.?|driving\s+licen[cs]e|DLN?|D\/L|licencia(?:\s+de\s+(?:conducir|manejo))?|permis(?:\s+de\s+conduire|(?!\s+(?:d['’]|de\s)))|license\s+number|licence\s+number|passport(?:\s+(?:no\.?|number|#))?|pasaporte|passeport|green\s+card|state\s+id|(?:state\s+)?id\s+card(?:\s+(?:number|no\.?|#))?|(?:${US_STATES})\s+${ID_WORD}|matr[íi]cula\s+consular|clave\s+de\s+elector|credencial\s+(?:de\s+elector|del\s+INE)|INE|DNI|NIE|c[ée]dula(?:\s+de\s+(?:identidad|ciudadan[íi]a))?|C\.\s?C\.(?=\s)|carte\s+(?:d'identit[ée]|de\s+s[ée]jour)|CNI|titre\s+de\s+s[ée]jour|alien\s+(?:number|registration)|A-number|uscis\s*#|(?:faa|airman|pilot['’]?s?)\s+(?:cert(?:ificate)?|licen[cs]e)|CDL)\s{0,2}[:#]?\s{0,2}${GAP}[:#]?\s{0,2}(?:\(?(?:${STATE_CODES})\)?\s{1,2})?\(?${ID}(?![\w-])`, 'giud'),
    },
    // "NY license 714 392 058", "CA DL D4829173": a state's postal code is upper case, so no i flag here.
    {
      name: 'state-licence',
      score: 0.85,
      group: 1,
      regex: new RegExp(String.raw`(?<![\p{L}])(?:${STATE_CODES})\s{1,2}(?:[Dd]river'?s?\s+)?(?:[Ll]icen[cs]e(?!\s+[Pp]lates?)|[Ll]ic\.?|DL|D\/L|ID)\s{0,2}[:#]?\s{0,2}${GAP}[:#]?\s{0,2}${ID}(?![\w-])`, 'gud'),
    },
    // A UK (DVLA) driving licence: surname (5, padded with 9), birth date digits (6), initials (2), a digit, 2 check letters
    { name: 'uk-driving-licence', score: 0.6, regex: /(?<![\w-])[A-Z][A-Z9]{4}\d{6}[A-Z9]{2}\d[A-Z]{2}(?:\s?\d{2})?(?![\w-])/g },
    // "her RN licence card fell out — Danielle Ruiz, RN 2215879": a professional credential with its number
    {
      name: 'credential-number',
      score: 0.4,
      group: 1,
      regex: /(?<![\p{L}])(?:RN|LPN|LVN|APRN|CNA|EMT|NP|PA-C)\s{1,2}(?:#|no\.?|lic\.?)?\s{0,2}(\d{5,9})(?![\w-])/gud,
    },
    {
      name: 'licence-or-certificate',
      score: 0.4,
      group: 1,
      regex: new RegExp(String.raw`(?<![\p{L}])(?:licen[cs]e|lic\.|certificate|cert\.?|permit|certificado|certificat)\s{0,2}[:#]?\s{0,2}${GAP}[:#]?\s{0,2}\(?${ID}(?![\w-])`, 'giud'),
    },
  ],
  context: [...PERSONAL_WORDS, 'own', 'wallet', 'id', 'identification', 'identificación', 'registration', 'police'],
  validate(value) {
    const digits = value.replace(/\D/g, '').length;
    if (digits < 5 || value !== value.toUpperCase() || isYearOrRange(value)) return false;
    return undefined;
  },
  invalidate(_value, { doc }, start) {
    // A sign-off line with credentials ("— Jane Doe, RN, BSN | Lic. RN-449210") is the author's own.
    const lineStart = doc.text.lastIndexOf('\n', start) + 1;
    const line = doc.text.slice(lineStart, start);
    return /^\s*(?:—|--|-|~)/.test(line) || (/\|/.test(line) && /\b(?:RN|MD|DO|NP|PA-C|BSN|MSN|DNP|PharmD|CCRN|FNP-C|LPN)\b/.test(line));
  },
});
