/**
 * DEVICE: GS1 UDI strings ("(01)00884838034521(21)A7731902") and implant, pacemaker, pump, CGM and
 * tablet serial numbers introduced by "serial", "SN", "S/N", "transmitter ID", "device ID",
 * "número de serie", "numéro de série"; a phone's IMEI and a device's MAC address.
 */
import { patternRecognizer, type Recognizer } from './recognizer';
import { isYearOrRange, luhnValid } from './checksums';
import { idShape, OF_GAP } from './nearby';

const devicePatterns = patternRecognizer({
  id: 'device',
  category: 'DEVICE',
  patterns: [
    { name: 'gs1-udi', score: 0.95, regex: /\(01\)\d{14}(?:\((?:10|11|17|21)\)[A-Za-z0-9-]{1,20}){0,4}/g },
    {
      name: 'labelled-serial',
      score: 0.85,
      group: 1,
      regex: new RegExp(String.raw`(?<![\p{L}])(?:serials?(?:\s+(?:no\.?|numbers?|#|nos\.?))?|s\/n|sn|ser\.\s*#|(?:transmitter|device|sensor|implant|pump|generator|receiver|processor|processeur|procesador|stimulat(?:or|eur)|neurostimulat(?:or|eur))(?:\s+registry)?(?:\s+(?:id|serial(?:\s+(?:no\.?|number|#))?|sn|s\/n|#|n[°º]|no\.))?|udi|n[úu]mero\s+de\s+serie|n[°º]\s+de\s+s[ée]rie|no\.?\s+de\s+s[ée]rie|num[ée]ro\s+de\s+s[ée]rie|s[ée]rie)(?:\s{1,2}(?:is|was|es|est))?${OF_GAP}(?:\s{1,2}(?:off|from|on|in)\s{1,2}(?:the|his|her|its)\s{1,2}[\p{L}-]{2,12}\s{0,2}[:(]?)?(?:\s{1,2}(?:is|was|reads|says))?\s{0,2}[:#(]?\s{0,2}((?=[A-Z-]{0,24}\d)[A-Z0-9][A-Z0-9-]{3,24}|[A-Z]{2,4}\s\d{5,12})(?![\w-])`, 'giud'),
    },
    // "wrote the sensor serial down for mom: 7G4K2ZX81Q": a serial named a few words before its code
    { name: 'serial-then-code', score: 0.8, group: 1, regex: /(?<![\p{L}])serial(?:\s+(?:no\.?|number|#))?[^.!?\n:]{0,30}:\s{0,2}((?=[A-Z]{0,12}\d)(?=\d{0,12}[A-Z])[A-Z0-9]{6,20})(?![\w-])/giud },
    // "Straumann LOT TR41852", "lot no. 4471823": an implant's lot, written in capitals or with its label (a "parking lot" is no lot number)
    { name: 'lot-number', score: 0.6, group: 1, regex: /(?<![\p{L}])(?:LOT|Lot|[Ll]ot\s+(?:no\.?|number|#))\s{0,2}[:#]?\s{0,2}((?=[A-Z]{0,6}\d)(?:[A-Z]{1,6}\d{4,14}|\d{6,14}))(?![\w-])/gud },
    // A phone or tablet's IMEI (15 digits, Luhn) and a device's MAC or Bluetooth address.
    { name: 'imei', score: 0.85, group: 1, regex: /(?<![\p{L}])imei(?:\s{1,2}(?:no\.?|number|#))?(?:\s{1,2}(?:is|was))?\s{0,2}[:#]?\s{0,2}(\d{15})(?![\w-])/giud },
    {
      name: 'mac-address',
      score: 0.85,
      group: 1,
      regex: /(?<![\p{L}])(?:mac(?:\s+address)?|bluetooth\s+(?:id|address)|hardware\s+address)(?:\s{1,2}(?:is|was))?\s{0,2}[:#]?\s{0,2}((?:[0-9A-F]{2}[:-]){5}[0-9A-F]{2})(?![\w:-])/giud,
    },
  ],
  context: ['pacemaker', 'implant', 'pump', 'icd', 'cgm', 'device', 'transmitter', 'stimulator', 'marcapasos', 'bomba', 'dispositivo', 'stimulateur', 'pompe', 'dispositif'],
  validate(value) {
    if (value.startsWith('(01)')) return true;
    if (/^\d{15}$/.test(value) && !/[A-Z]/.test(value)) return luhnValid(value) ? true : undefined;
    if (/^(?:[0-9A-F]{2}[:-]){5}[0-9A-F]{2}$/i.test(value)) return undefined;
    // A serial carries at least one digit, is upper case, and is more than a year or a count.
    if (!/\d/.test(value) || value !== value.toUpperCase() || value.length < 5) return false;
    if (isYearOrRange(value)) return false;
    return undefined;
  },
  invalidate(value, { doc }, start) {
    // "SN" is upper case as a label; lower-case "sn" is chat shorthand.
    const label = doc.text.slice(Math.max(0, start - 6), start);
    return /(?<![\p{L}])sn\W*$/u.test(label) || (!value.startsWith('(01)') && value.length > 25);
  },
});

const SIBLING = /(?<![\w-])[A-Z0-9][A-Z0-9-]{5,24}(?![\w-])/g;

/**
 * "Números de serie CI632-90311847 y CI632-90311852": once a serial is named, another code of the very
 * same shape in the post (the second ear's implant, the other pump) is a serial too.
 */
export const device: Recognizer = {
  ...devicePatterns,
  recognize(ctx) {
    const found = devicePatterns.recognize(ctx);
    const shapes = new Set(found.map((c) => ctx.doc.text.slice(c.start, c.end)).filter((v) => /\d/.test(v) && /[A-Z]/.test(v)).map(idShape));
    if (!shapes.size) return found;
    for (const m of ctx.doc.text.matchAll(SIBLING)) {
      const end = m.index + m[0].length;
      if (!shapes.has(idShape(m[0])) || found.some((c) => c.start < end && m.index < c.end)) continue;
      found.push({ start: m.index, end, category: 'DEVICE', score: 0.8, recognizer: 'device', pattern: 'same-shape-serial' });
    }
    return found;
  },
};

