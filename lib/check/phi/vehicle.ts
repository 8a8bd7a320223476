/**
 * VEHICLE: VINs (17 characters without I, O, Q; the North American check digit makes one certain,
 * a "VIN" label carries one that fails it) and licence plates introduced by "plate", "tag", "placa", "patente",
 * "matrícula", "plaque", "immatriculation", "reg" (GHT 2210, HJK-4412, 8MNP207, AB12 CDE), or by a state's
 * name with a vehicle word near ("Ohio GHT-2210"), a car named by its kind or model right before its plate ("WHITE HILUX N 4521 W", "silver Picanto G 4829 B"), a UK, French, Spanish or Irish plate's own shape with a vehicle word near ("blue Corsa YK19 XFD", "GH-412-TR"), and a VIN's last characters ("VIN ... ends in 004352").
 */
import { patternRecognizer, type Candidate, type Recognizer } from './recognizer';
import { vinCheckDigitValid, vinShapeValid, isYearOrRange } from './checksums';
import { CAR_MAKES, clauseAfter, clauseBefore, OF_GAP, US_STATES } from './nearby';

/** Car models and makes people name a car by ("Red Corsa CU64 XHT", "Sa Civic grise G42 ZHN"); capitalised, since several are words. */
const MODEL_NAMES = String.raw`Corsa Civic Corolla Camry Hilux F-?150 Silverado Tacoma Accord Altima Sentra Tsuru Jetta Golf Polo Clio M[ée]gane Twingo Panda Punto Fiesta Focus Ranger Navara Prado Yaris Swift Hiace Quantum Le[óo]n Ibiza Prius Outback RAV4 CR-V Tiida Vitz Demio Axio Probox Alto Kwid Tercel Versa Aveo Logan Sandero Duster Kangoo Berlingo Fortuner Pajero Wrangler Tundra Elantra Tucson Picanto Sportage Vitara Micra X-Trail Qashqai Astra`.split(' ');
const CAR_MODELS = String.raw`(?:${MODEL_NAMES.join('|')}|(?:${CAR_MAKES.join('|')})(?:\s(?:\d{3,4}|\p{Lu}\p{Ll}+))?)`;
/** ... and shouted, as a car park notice does ("WHITE HILUX N 4521 W") */
const SHOUTED_MODELS = MODEL_NAMES.map((m) => m.toUpperCase()).join('|');
/** Vehicles named by kind, capitalised or not: "Truck SKV 219", "kombi AEK 4521", "a CNG, Dhaka Metro-Tha 11-4519". */
const VEHICLE_KINDS = ['car', 'truck', 'ute', 'van', 'matatu', 'taxi', 'cab', 'pickup', 'pick-up', 'suv', 'jeep', 'lorry', 'bakkie', 'tuk-tuk', 'boda', 'bike',
  'motorbike', 'motorcycle', 'kombi', 'minibus', 'bus', 'jeepney', 'tricycle', 'keke', 'okada', 'rickshaw', 'camioneta', 'coche', 'carro', 'auto', 'moto',
  'buseta', 'voiture', 'camion', 'camionnette', 'troca', 'troka', 'scooter', 'moped', 'tractor'].map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|');
/** A colour between the vehicle and its plate: "León blanco 4821 KLM", "Civic grise". */
const COLOURS = String.raw`(?:red|blue|white|black|silver|grey|gray|green|rojo|roja|azul|blanco|blanca|negro|negra|gris|plata|verde|rouge|bleue?|blanche?|noire?|grise?|verte?|argent)`;
const INDIAN_PLATE = /^[A-Z]{2}[ -]?\d{1,2}[ -]?[A-Z]{1,3}[ -]?\d{4}$/;
const IRISH_PLATE = /^\d{2,3}-[A-Z]{1,2}-\d{1,6}$/;

const labelled = patternRecognizer({
  id: 'vehicle',
  category: 'VEHICLE',
  patterns: [
    { name: 'vin', score: 0.3, regex: /(?<![\w-])[A-HJ-NPR-Z0-9]{17}(?![\w-])/g },
    {
      name: 'labelled-vin',
      score: 0.85,
      group: 1,
      regex: /(?<![\p{L}])(?:vin|n[úu]mero\s+de\s+serie\s+del\s+veh[ií]culo|num[ée]ro\s+de\s+s[ée]rie)\s{0,2}(?:#|no\.?|number)?\s{0,2}[:#]?\s{0,2}([A-HJ-NPR-Z0-9]{17})(?![\w-])/giud,
    },
    {
      name: 'labelled-plate',
      score: 0.85,
      group: 1,
      regex: new RegExp(String.raw`(?<![\p{L}])(?:licen[cs]e\s+plates?|number\s+plates?|plates?|tags?|reg(?:istration)?(?:\s+(?:no\.?|number|plate))?|rego|placas?|chapa|patente|tablilla|matr[ií]cula|plaque(?:\s+d'immatriculation)?|immatriculation|immatricul[ée]e?)(?![\p{L}])${OF_GAP}\s{0,2}(?:#|no\.?|number|número|numéro)?(?:\s{1,2}(?:is|was|reads|read|says|said|es|est|era|dice))?\s{0,2}[:#]?\s{0,2}["“'‘]?(\d{2,3}-[A-Z]{1,2}-\d{1,6}|[A-ZÄÖÜ]{1,3}-[A-Z]{1,2}\s\d{1,4}|(?:[A-Z]{2}\s(?=[A-Z0-9]{2,4}-\d))?(?=[A-Z -]{0,5}\d|[A-Z]{2}-[A-Z]{2}-\d)[A-Z0-9]{1,4}[ -]?[A-Z0-9]{1,6}(?:-[A-Z0-9]{1,3})?)(?![\p{L}\p{N}-])`, 'giud'),
    },
    // "rego CJ 42 MW", "plate AB 123 CD": three groups (letters, digits, letters); case-sensitive so "plate AB 12 was" stays two
    {
      name: 'labelled-plate-three-groups',
      score: 0.85,
      group: 1,
      regex: /(?<![\p{L}])(?:[Rr]ego|[Rr]eg(?:istration)?|[Pp]lates?|[Pp]atente|[Tt]ags?|[Mm]atr[ií]cula|[Pp]laque|[Ii]mmatricul[ée]e)\s{0,2}[:#]?\s{0,2}([A-Z]{1,3}[ -]\d{1,4}[ -][A-Z]{1,3})(?![\p{L}\p{N}-])/gud,
    },
    // "drove his wife to our gate in his matatu KDG 417Q", "his ute CYX-42B": a plate right after the vehicle it is on
    {
      name: 'vehicle-then-plate',
      score: 0.6,
      group: 1,
      regex: new RegExp(String.raw`(?<![\p{L}])(?:${VEHICLE_KINDS}|CNG|${CAR_MODELS}|${SHOUTED_MODELS})(?:\s{1,2}${COLOURS})?,?\s{1,2}[([]?((?:Dhaka|Chattogram|Chittagong|Khulna|Rajshahi|Sylhet)\s+Metro-\p{L}{1,4}\s\d{2}-\d{4}|\d{1,3}\s?تونس\s?\d{1,4}|[A-Z]{2}[ -]?\d{1,2}[ -]?[A-Z]{1,3}[ -]?\d{4}|[A-Z]{2}\d{2}\s?[A-Z]{3}|[A-Z]{2,4}[ -]?\d{2,4}(?:[ -]?[A-Z]{1,2}|[ -]\d{3})?|[A-Z]\d{2}\s?[A-Z]{3}|\d{4}\s?[BCDFGHJKLMNPRSTVWXYZ]{3}|[A-Z][ -]\d{3,4}[ -][A-Z]{1,3})(?![\p{L}\p{N}-])`, 'gud'),
    },
    // "the VIN on his truck ends in 004352": the last characters of a VIN still name one vehicle.
    { name: 'vin-last', score: 0.85, group: 1, regex: /(?<![\p{L}])vin[^.!?\n\d]{0,30}?\s(?:ends?|ending)\s{1,2}(?:in|with)\s{1,2}([A-HJ-NPR-Z0-9]{4,8})(?![\w-])/giud },
    // "plates on the car: Ohio GHT-2210": a state's name before a plate shape, weak until a vehicle word is near.
    {
      name: 'state-plate',
      score: 0.4,
      group: 1,
      regex: new RegExp(String.raw`(?<![\p{L}])(?:${US_STATES})\s{1,2}(?:(?:licen[cs]e\s+)?(?:plates?|tags?)\s{0,2}[:#]?\s{0,2})?((?=[A-Z -]{0,5}\d)[A-Z0-9]{2,4}[ -]?[A-Z0-9]{2,5})(?![\p{L}\p{N}-])`, 'giud'),
    },
  ],
  context: ['vin', 'vehicle', 'car', 'truck', 'van', 'suv', 'plate', 'plates', 'tow', 'towed', 'parked', 'drove', 'vehículo', 'coche', 'voiture', 'véhicule', 'reg', 'motorbike', 'motorcycle', 'lorry'],
  validate(value) {
    // a state's letters before the plate itself ("TX GHK-4471") are not counted in its length
    const compact = value.replace(/^[A-Z]{2}\s(?=[A-Z0-9]{2,4}-\d)/, '').replace(/[ -]/g, '');
    if (compact.length === 17) {
      if (!vinShapeValid(compact)) return false;
      return vinCheckDigitValid(compact) ? true : undefined;
    }
    // A plate: upper case, 4-8 characters, at least one digit, and not just a year.
    // An Irish plate is longer: year, county, serial ("08-C-21764", "191-D-12345").
    // a Bangladeshi plate names its city, a Tunisian one its country: "Dhaka Metro-Tha 11-4519", "187 تونس 4521"
    if (/\sMetro-|تونس/u.test(value)) return undefined;
    // ... and an Indian one: state, district, series, number ("GA-03-AK-4471")
    const maxLength = IRISH_PLATE.test(value) ? 11 : INDIAN_PLATE.test(value) ? 10 : 8;
    if (value !== value.toUpperCase() || compact.length < 4 || compact.length > maxLength || !/\d/.test(compact)) return false;
    if (isYearOrRange(value)) return false;
    return undefined;
  },
});

/**
 * Plate shapes distinctive enough to stand without a label: UK ("YK19 XFD"), Québec ("G42 ZHN"), French ("GH-412-TR"),
 * Spanish ("1234 BCD", consonants only) and Irish ("08-C-21764").
 */
const PLATE_SHAPE = /(?<![\p{L}\p{N}-])(?:[A-Z]{2}\d{2} ?[A-Z]{3}|[A-Z]\d{2} [A-Z]{3}|[A-HJ-NP-TV-Z]{2}-\d{3}-[A-HJ-NP-TV-Z]{2}|\d{4} ?[BCDFGHJKLMNPRSTVWXYZ]{3}|\d{1,3} ?تونس ?\d{1,4}|\d{2,3}-(?:C|CE|CN|CW|D|DL|G|KE|KK|KY|L|LD|LH|LK|LM|LS|MH|MN|MO|OY|RN|SO|T|W|WH|WW|WX)-\d{1,6})(?![\p{L}\p{N}-])/gu;
const VEHICLE_WORDS = /(?<![\p{L}])(?:car|cars|car['’]s|vehicle|van|truck|lorry|motorbike|motorcycle|scooter|taxi|cab|reg|plate|towed|tow|parked|drove|driving|driver|owns|collision|rtc|crash|coche|carro|auto|moto|voiture|bagnole|v[ée]hicule|matr[ií]cula|immatricul[ée]e?|plaque|aparcad[oa]|estacionad[oa]|gar[ée]e?|accidente|accident)(?![\p{L}])/iu;

/**
 * The shape alone is distinctive but also fits other codes, so it counts only with a vehicle word in
 * the same sentence ("To whoever owns the blue Corsa YK19 XFD ... your car's been towed").
 */
function shapedPlates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(PLATE_SHAPE)) {
    const end = m.index + m[0].length;
    if (!VEHICLE_WORDS.test(clauseBefore(text, m.index, 150)) && !VEHICLE_WORDS.test(clauseAfter(text, end, 150))) continue;
    out.push({ start: m.index, end, category: 'VEHICLE', score: 0.75, recognizer: 'vehicle', pattern: 'plate-shape' });
  }
  return out;
}

export const vehicle: Recognizer = {
  ...labelled,
  recognize: (ctx) => [...labelled.recognize(ctx), ...shapedPlates(ctx.doc.text)],
};
