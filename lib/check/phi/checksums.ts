/**
 * Pure checksum and format rules for structured identifiers. No regexes over free text here: each
 * function takes one candidate string and says whether it can be a real identifier of that kind.
 */

const onlyDigits = (s: string) => s.replace(/\D/g, '');

/** Luhn (mod 10), used by payment cards. */
export function luhnValid(value: string): boolean {
  const d = onlyDigits(value);
  if (d.length < 2) return false;
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let n = d.charCodeAt(d.length - 1 - i) - 48;
    if (i % 2 === 1) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return sum % 10 === 0;
}

/** Payment card: 13-19 digits, a known issuer prefix, and a valid Luhn digit. */
export function cardValid(value: string): boolean {
  const d = onlyDigits(value);
  if (d.length < 13 || d.length > 19) return false;
  if (!/^(?:4|5[1-5]|2[2-7]|3[47]|6(?:011|5|4[4-9])|3(?:0[0-5]|[68])|35)/.test(d)) return false;
  if (/^(\d)\1+$/.test(d)) return false;
  return luhnValid(d);
}

/** Numbers printed on sample cards and voided (the Woolworth wallet SSN); 123-45-6789 still counts when typed. */
const SSN_NEVER_ISSUED = new Set(['078051120', '219099999']);

/** SSA rules: area not 000, 666 or 900-999; group not 00; serial not 0000. */
export function ssnValid(value: string): boolean {
  const d = onlyDigits(value);
  if (d.length !== 9 || SSN_NEVER_ISSUED.has(d)) return false;
  const area = Number(d.slice(0, 3));
  const group = Number(d.slice(3, 5));
  const serial = Number(d.slice(5));
  return area !== 0 && area !== 666 && area < 900 && group !== 0 && serial !== 0;
}

/**
 * Medicare Beneficiary Identifier (CMS): 11 characters C A AN N A AN N A A N N, where C is 1-9, N a
 * digit, A a letter other than S, L, O, I, B, Z, and AN either. Dashes after the 4th and 7th are allowed.
 */
const MBI_LETTER = '[AC-HJKMNP-RT-Y]';
const MBI_ALNUM = '[AC-HJKMNP-RT-Y0-9]';
const MBI_RE = new RegExp(`^[1-9]${MBI_LETTER}${MBI_ALNUM}\\d${MBI_LETTER}${MBI_ALNUM}\\d${MBI_LETTER}{2}\\d{2}$`);
export function mbiValid(value: string): boolean {
  const v = value.toUpperCase();
  const dashed = /^.{4}-.{3}-.{4}$/.test(v);
  if (v.includes('-') && !dashed) return false;
  return MBI_RE.test(v.replace(/-/g, ''));
}

/** NHS number: ten digits, the last a mod-11 check over the first nine weighted 10..2 (10 is never issued). */
export function nhsNumberValid(value: string): boolean {
  const d = onlyDigits(value);
  if (d.length !== 10 || /^(\d)\1+$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (d.charCodeAt(i) - 48) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === d.charCodeAt(9) - 48;
}

/**
 * Quebec health insurance number (RAMQ): three letters of the surname, one of the given name, then the
 * birth date as YY MM DD (50 added to the month for women) and two digits: "TREM 5203 1418".
 */
export function ramqValid(value: string): boolean {
  const m = /^[A-Z]{4}\s?(\d{2})(\d{2})\s?(\d{2})(\d{2})$/.exec(value);
  if (!m) return false;
  const month = Number(m[2]) > 50 ? Number(m[2]) - 50 : Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/**
 * Mexican CURP (18 characters): 4 letters, birth date YYMMDD, H/M (or X), state, 3 consonants, a
 * homonym character and a check digit: 10 - (sum of value(c) * (18 - i)) mod 10, with digits 0-9 and
 * letters A-Z taking values 10-36 in RENAPO's alphabet (Ñ after N).
 */
const CURP_ALPHABET = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
const CURP_RE = /^[A-Z][AEIOUX][A-Z]{2}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[HMX](?:AS|B[CS]|C[CLMSH]|D[FG]|G[TR]|HG|JC|M[CNS]|N[ETL]|OC|PL|Q[TR]|S[PLR]|T[CSL]|VZ|YN|ZS|NE)[B-DF-HJ-NP-TV-Z]{3}[A-Z0-9]\d$/;
export function curpValid(value: string): boolean {
  const v = value.toUpperCase();
  if (!CURP_RE.test(v)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CURP_ALPHABET.indexOf(v[i]) * (18 - i);
  return (10 - (sum % 10)) % 10 === Number(v[17]);
}

/** VIN (ISO 3779, North American check digit in position 9). */
const VIN_VALUES: Record<string, number> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
export function vinShapeValid(value: string): boolean {
  return /^[A-HJ-NPR-Z0-9]{17}$/.test(value.toUpperCase()) && /\d/.test(value) && /[A-Z]/i.test(value);
}
export function vinCheckDigitValid(value: string): boolean {
  const v = value.toUpperCase();
  if (!vinShapeValid(v)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = v[i];
    const n = c >= '0' && c <= '9' ? c.charCodeAt(0) - 48 : VIN_VALUES[c];
    sum += n * VIN_WEIGHTS[i];
  }
  const r = sum % 11;
  return v[8] === (r === 10 ? 'X' : String(r));
}

/** Dotted-quad IPv4: four octets 0-255, no leading zeros. */
export function ipv4Valid(value: string): boolean {
  const parts = value.split('.');
  return parts.length === 4 && parts.every((p) => /^(?:0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255);
}

/** IPv6 in full or compressed (::) form, without a zone or embedded IPv4. */
export function ipv6Valid(value: string): boolean {
  const halves = value.split('::');
  if (halves.length > 2) return false;
  const groups = (s: string) => (s === '' ? [] : s.split(':'));
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  const all = [...head, ...tail];
  if (!all.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return false;
  return halves.length === 2 ? all.length <= 7 : all.length === 8;
}

/** A year or a span of years ("2025", "2025-2026", "2024/25"): a label followed by one is not an id. */
export function isYearOrRange(value: string): boolean {
  return /^(?:19|20)\d{2}(?:\s?[-–/]\s?(?:(?:19|20)\d{2}|\d{2}))?$/.test(value.trim());
}

/** An IBAN: country letters, two check digits, then the account; moved to the end, read in base 36, it leaves 1 mod 97 (ISO 13616). */
export function ibanValid(value: string): boolean {
  const compact = value.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(compact)) return false;
  let rest = 0;
  for (const ch of compact.slice(4) + compact.slice(0, 4)) {
    const n = parseInt(ch, 36);
    rest = (n > 9 ? rest * 100 + n : rest * 10 + n) % 97;
  }
  return rest === 1;
}
