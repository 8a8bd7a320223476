/**
 * MRN: medical record, chart, encounter (FIN, CSN), visit and accession numbers, introduced by their
 * label in English, Spanish or French ("MRN 00482913", "MR#", "chart #A-22871", "med rec no. 4482-11",
 * "número de historia 44821", "NHC 3345129", "n° de dossier 88213"), less usual labels ("case # 22-1234", "the sticker
 * said 0012345", "armband", "fin:", "hospital number", "numéro de séjour") and last digits ("MRN ending
 * 2913"), a long number in a sentence about record numbers ("MRNs ... 00482915 vs 00482951"), and the registration numbers of Indian, Bangladeshi and UK hospitals ("UHID", "CR no.", "IP no.", "Reg no. DMC-24-118293", "Hospital ID SSMC/IPD/0045521"). Once a post names an MRN, another number of the
 * very same shape in it ("...a different pt whose number is 00482931") is taken as one too.
 */
import type { Candidate, Recognizer } from './recognizer';
import { isYearOrRange } from './checksums';
import { idShape, OF_GAP } from './nearby';

/** An identifier: optional letter prefix, at least four digits in all, dashes allowed inside. */
const ID = String.raw`([A-Z]{0,5}(?:/[A-Z]{1,5})?[-/]?\d[\dA-Z]{0,11}(?:[-/][\dA-Z]{1,8}){0,2})`;
const LABEL_TAIL = String.raw`\s{0,2}(?:#|no\.?|nº|n°|num\.?|number|id|número|numéro)?(?:\s{1,2}(?:is|was|as|es|est|de)(?:\s{1,2}(?:la|el|le))?)?\s{0,2}[:#.,]?\s{0,2}`;

const PATTERNS = [
  {
    name: 'labelled-record',
    score: 0.85,
    regex: new RegExp(String.raw`(?<![\p{L}])(?:mrn|mr#|mr\s?no\.?|med(?:ical)?\.?\s+rec(?:ord)?s?\.?(?:\s+(?:no\.?|number|#))?|chart|encounter|enc\.?\s*#|accession|acc\.?\s*#|visit\s+(?:#|no\.?|number)|csn|har|specimen\s+(?:#|no\.?|id)|(?:la\s+|una\s+)?muestra|(?:l['’]|un\s+)?[ée]chantillon|historia\s+cl[ií]nica|n[úu]mero\s+de\s+historia(?:\s+cl[ií]nica)?|expediente(?:\s+cl[íi]nico)?|dossier(?:\s+m[ée]dical)?|n[°º]\s*de\s+dossier|ipp|nhc|ficha(?:\s+cl[íi]nica)?|n[úu]mero\s+de\s+episodio|uhid|cr\s+no\.?|ip\s+no\.?|op\s+no\.?)${OF_GAP}${LABEL_TAIL}${ID}(?![\w-])`, 'giud'),
  },
  // Less usual labels: "case # 22-1234", "sticker said 0012345", "armband 00482913", "fin: 88213409",
  // "hospital number", "admission #", "numéro de séjour", "número de folio", "req #".
  {
    name: 'labelled-other',
    score: 0.85,
    regex: new RegExp(String.raw`(?<![\p{L}])(?:(?:case|admission|adm|req(?:uisition)?|order|path|lab|autopsy|fin)\s{0,2}(?:#|no\.|num\.|number|id|:)|(?:hospital|hosp\.?|unit|patient|pt)\s+(?:number|no\.|#|id)|(?:hospital|hosp\.?)\s+no|(?:access(?:ed)?\s+to|opened|(?:emr|ehr)|patient)\s+record|(?:(?:pt|patient|face)\s+)?(?:stickers?|labels?|arm\s?band|wrist\s?band|id\s+band|bracelet|pulsera|brazalete|[ée]tiquette)(?:\s{1,2}(?:said|says|read|reads|showed|shows|had|has|with|dice|dec[íi]a|indique|indiquait))?|n[úu]mero\s+de\s+(?:folio|registro|episodio)|folio|reg(?:istration)?\.?\s+no\.?|num[ée]ro\s+de\s+s[ée]jour|n[°º]\s*de\s+s[ée]jour)${OF_GAP}${LABEL_TAIL}${ID}(?![\w-])`, 'giud'),
  },
  // "MRN ending 2913", "chart # ending in 04812": the last digits still point at one record.
  {
    name: 'last-digits',
    score: 0.85,
    regex: /(?<![\p{L}])(?:mrn|mr#|chart|medical\s+record(?:\s+number)?|record\s+number|expediente|dossier)(?:\s{1,2}(?:#|no\.?|number))?\s{1,2}(?:ending|ends|that\s+ends|terminad[oa]|se\s+terminant)(?:\s{1,2}(?:in|with|en|par))?\s{0,2}[:#]?\s{0,2}(\d{4,6})(?![\w-])/giud,
  },
  // FIN, MR#, ENC are upper-case abbreviations; lower-case "fin" is a word in French and Spanish.
  { name: 'labelled-fin', score: 0.85, regex: new RegExp(String.raw`(?<![\p{L}])(?:FIN|MR|NDA|ENC|CSN|HAR|HC|URN?)${LABEL_TAIL}${ID}(?![\w-])`, 'gud') },
] as const;

/** A job post: its "req #" is a requisition for a position. */
const HIRING = /(?<![\p{L}])(?:hiring|apply|careers?|jobs?|positions?|openings?|sign-on|recruit(?:ing|ment)?|vacantes?|empleo|postula(?:te|r)?|recrute|recrutement)(?![\p{L}])/iu;

/** A sentence about record numbers: "two charts", "MRNs", "wrong accession #", "medical record". */
const RECORD_SENTENCE = /(?<![\p{L}])(?:mrns?|charts|chart\s+(?:numbers?|#)|accessions?|medical\s+records?|record\s+numbers?|hospital\s+numbers?|merged?|expedientes?|dossiers?\s+m[ée]dicaux|(?:today['’]s|this\s+morning['’]s|the|our|my|clinic|theatre|ward)\s+list|lists\s+in\s+public|wristbands?|armbands?|stickers?|booked\s+as)(?![\p{L}])/iu;
/** Six to ten digits, or a specimen-style id ("S24-118823"); not a phone's groups. */
const BARE_RECORD = /(?<![\w./-])(?:[A-Z]{1,2}\d{2}-\d{5,8}|[A-Z]{1,3}\d{6,10}|\d{6,10})(?![\w/-]|[.,]\d)/g;

const SIBLING = /(?<![\w-])[A-Z]{0,3}-?\d[\dA-Z-]{3,15}(?![\w-])/g;

export const mrn: Recognizer = {
  id: 'mrn',
  categories: ['MRN'],
  context: ['patient', 'pt', 'chart', 'record', 'mrn', 'paciente', 'patiente', 'dossier'],
  recognize({ doc }) {
    const text = doc.text;
    const out: Candidate[] = [];
    for (const p of PATTERNS) {
      for (const m of text.matchAll(p.regex)) {
        const value = m[1];
        const at = m.indices?.[1]?.[0];
        const digits = value.match(/\d/g)?.length ?? 0;
        if (at === undefined || digits < 4) continue;
        // "Req #48213" in a hiring post is a job requisition, not a lab requisition.
        if (p.name === 'labelled-other' && /^re[qg]/i.test(m[0]) && HIRING.test(text)) continue; // ... and its "Reg. No." the employer's
        // Under a loose label ("case #4512 from the textbook") four bare digits are a count, not a record.
        if (p.name === 'labelled-other' && digits < 5 && !/[-A-Z]/i.test(value)) continue;
        // "Reg no. DMC-24-118293" is a hospital's registration; "reg no. 08-C-21764" a car's (six digits in a row tell them apart)
        if (p.name === 'labelled-other' && /^reg/i.test(m[0]) && !/\d{6}/.test(value)) continue;
        // A year or a time after "chart" ("charted in 2019") is not a record number.
        if (isYearOrRange(value)) continue;
        out.push({ start: at, end: at + value.length, category: 'MRN', score: p.score, recognizer: 'mrn', pattern: p.name });
      }
    }
    // "MRNs one transposition apart — 00482915 vs 00482951", "merge 00917733 and 00971733, two charts":
    // a long number in a sentence about record numbers is one, even without its label right before it.
    for (const sentence of doc.sentences) {
      if (!RECORD_SENTENCE.test(sentence.text)) continue;
      for (const m of sentence.text.matchAll(BARE_RECORD)) {
        const start = sentence.start + m.index;
        const end = start + m[0].length;
        if (out.some((c) => c.start < end && start < c.end) || isYearOrRange(m[0])) continue;
        if (/^\s?(?:mg|mcg|units?|patients?|pts|people|beds|charts|records|dollars|usd|%|\$)/i.test(text.slice(end, end + 9)) || /[$#]\s?$/.test(text.slice(Math.max(0, start - 2), start)) && !/(?:mrn|chart|acc(?:ession)?)\s?#\s?$/i.test(text.slice(Math.max(0, start - 14), start))) continue;
        out.push({ start, end, category: 'MRN', score: 0.6, recognizer: 'mrn', pattern: 'record-sentence' });
      }
    }
    if (out.length) {
      // Only a whole record number has a shape worth looking for again; four last digits look like a year.
      const shapes = new Set(out.filter((c) => c.pattern !== 'last-digits').map((c) => idShape(text.slice(c.start, c.end))));
      for (const m of text.matchAll(SIBLING)) {
        if (!shapes.has(idShape(m[0])) || out.some((c) => c.start < m.index + m[0].length && m.index < c.end)) continue;
        out.push({ start: m.index, end: m.index + m[0].length, category: 'MRN', score: 0.6, recognizer: 'mrn', pattern: 'same-shape-as-mrn' });
      }
    }
    return out;
  },
};
