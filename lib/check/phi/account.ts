/**
 * ACCOUNT: payment card numbers (13-19 digits, issuer prefix, Luhn), and bank, billing and patient
 * account numbers introduced by their label ("acct #88213409", "billing account 0049-772-115",
 * "account HB-22718845", "cuenta 00123456", "cuenta de ahorros Bancolombia 512-384920-17", "numéro de compte 12345678", "claim # 2025-0487731"), and a card named by its last
 * four digits ("card ending in 4421", "****4421", "tarjeta terminada en 4421"), Argentina's CBU/CVU and bank alias, and any IBAN whose check digits hold.
 */
import { patternRecognizer, type Candidate, type Recognizer } from './recognizer';
import { cardValid, ibanValid } from './checksums';

const accountPatterns = patternRecognizer({
  id: 'account',
  category: 'ACCOUNT',
  patterns: [
    // Groups of digits with single spaces or dashes: 5423 1800 7743 2191, 4716203988516628.
    { name: 'card', score: 0.3, regex: /(?<![\w.-])\d(?:[ -]?\d){12,18}(?![\w-]|[.,]\d)/g },
    {
      name: 'labelled-account',
      score: 0.85,
      group: 1,
      regex: /(?<![\p{L}])(?:acct|account|a\/c|checking|savings|routing|iban|cbu|cvu|clabe|rib|claim|invoice|statement|cuenta|factura|compte|facture|(?<!\bid\s)card|tarjeta|carte)\.?(?:\s{1,2}(?:de\s+ahorros?|corriente|vista|bancaria|courant|d['’][ée]pargne|bancaire)(?:\s{1,2}\p{Lu}[\p{L}&-]{1,20})?|\s{1,2}(?:de|del|at|with|chez)\s{1,2}(?:banco\s+)?\p{Lu}[\p{L}&-]{1,20})?(?:\s{1,2}(?:#|no\.?|number|num\.?|número|numéro|n°))?(?:\s{1,2}(?:with|at)\s{1,2}(?:them|us|it))?(?:\s{1,2}(?:is|was|es|est))?\s{0,2}(?:de\s+)?[:#,]?\s{0,2}((?:[A-Z]{1,4}-?)?\d(?:[ -]?\d){4,29})(?![\w-])/giud,
    },
    // Argentina's bank alias, given for a collection: "CBU 0140..., alias mirta.gauna.tratamiento" (a payment word lifts it)
    // "Send anything to GTBank 0123456789", "Zenith Bank 2034567891": a bank's name right before an account number
    { name: 'bank-then-number', score: 0.75, group: 1, regex: /(?<![\p{L}])(?:\p{Lu}[\p{L}&]*[Bb]ank|\p{Lu}[\p{L}&]*\s[Bb]ank|Banco\s\p{Lu}[\p{L}]+|Banque\s\p{Lu}[\p{L}]+)\s{1,2}(?:acc(?:oun)?t\s{1,2})?(?:no\.?\s{0,2}|#\s{0,2}|:\s{0,2})?(\d{8,12})(?![\w-])/gud },
    { name: 'bank-alias', score: 0.3, group: 1, regex: /(?<![\p{L}])alias(?:\s{1,2}(?:cbu|cvu|mp))?\s{0,2}[:=]?\s{0,2}([A-Za-z0-9]+(?:\.[A-Za-z0-9]+){1,4})(?![\w-]|\.\w)/giud },
  ],
  context: [
    'card', 'credit', 'debit', 'visa', 'mastercard', 'amex', 'account', 'acct', 'billing', 'billed', 'charged', 'paid', 'receipt',
    'statement', 'checks', 'hsa', 'tarjeta', 'cuenta', 'recibo', 'carte', 'compte', 'reçu',
    'cbu', 'cvu', 'transferencia', 'transferir', 'colecta', 'mercado pago', 'donación', 'donaciones', 'aportes', 'cagnotte', 'virement',
  ],
  validate(value) {
    const digits = value.replace(/\D/g, '');
    if (digits.length >= 13 && digits.length <= 19 && cardValid(digits)) return true;
    // A bare run that fails Luhn stays at its low score: only a label or card wording can carry it.
    return undefined;
  },
  invalidate(value, { doc }, start) {
    // A phone's IMEI also passes Luhn; its label says it is a device, not a card.
    // A letter prefix ("HB-22718845") is an upper-case code; "in 2025" style prose is not. An alias is lower case.
    if (/alias(?:\s{1,2}(?:cbu|cvu|mp))?\s{0,2}[:=]?\s{0,2}$/i.test(doc.text.slice(Math.max(0, start - 16), start))) return false;
    if (/^[a-z]/.test(value)) return true;
    return value.replace(/\D/g, '').length < 5 || /imei\W{0,4}$/i.test(doc.text.slice(Math.max(0, start - 10), start));
  },
});

const PAYMENT = String.raw`(?:card|visa|master\s?card|mc|amex|discover|debit|credit|account|acct|checking|savings|tarjeta|cuenta|carte|compte|cb)`;

/**
 * A card or account named by its last four digits: "card ending in 4421", "last 4 of her Visa 4421",
 * "****4421", "xxxx-xxxx-xxxx-4421", "tarjeta terminada en 4421", "carte se terminant par 4421".
 */
const partialAccounts = patternRecognizer({
  id: 'account',
  category: 'ACCOUNT',
  patterns: [
    {
      name: 'last-four',
      score: 0.85,
      group: 1,
      regex: new RegExp(
        String.raw`(?<![\p{L}])(?:${PAYMENT}\s{0,2}#?\s{0,2}(?:ending|ends|that\s+ends)\s+(?:in|with)|last\s+(?:4|four)(?:\s+digits)?\s+(?:of|on)\s+(?:(?:her|his|their|the|pt'?s|patient'?s)\s+)?${PAYMENT}(?:\s+(?:number|#|no\.?))?(?:\s{1,2}(?:is|was))?|(?:tarjeta|cuenta)(?:\s+bancaria|\s+de\s+(?:cr[ée]dito|d[ée]bito))?\s+(?:terminada|que\s+termina|termina)\s+en|(?:carte|compte)\s+(?:se\s+)?terminant\s+par)\s{0,2}[:=,-]?\s{0,2}(\d{4})(?![\w-]|[.,]\d)`,
        'giud',
      ),
    },
    // A masked number keeps its last four: the rest was hidden because it is a card or account.
    { name: 'masked', score: 0.45, group: 1, regex: /(?<![\w*])(?:(?:x{4}|X{4}|\*{4})[ -]?){1,3}(\d{4})(?![\w-]|[.,]\d)/gd },
  ],
});

/** "CR05 0152 0200 1026 2840 66", "FR76 3000 6000 0112 3456 7890 189": an IBAN whose check digits hold names one account. */
const IBAN = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![\p{L}\p{N}])/gu;
function ibans(text: string): Candidate[] {
  return [...text.matchAll(IBAN)].filter((m) => ibanValid(m[0])).map((m) => ({ start: m.index, end: m.index + m[0].length, category: 'ACCOUNT', score: 0.85, recognizer: 'account', pattern: 'iban' }));
}

export const account: Recognizer = {
  ...accountPatterns,
  recognize: (ctx) => [...accountPatterns.recognize(ctx), ...partialAccounts.recognize(ctx), ...ibans(ctx.doc.text)],
};
