import { describe, expect, it } from 'vitest';
import { cardValid, curpValid, ibanValid, ipv4Valid, nhsNumberValid, isYearOrRange, ipv6Valid, luhnValid, mbiValid, ssnValid, vinCheckDigitValid } from '../../../../lib/check/phi/checksums';

describe('checksums', () => {
  it.each([
    ['CR05 0152 0200 1026 2840 66', true], ['GB82 WEST 1234 5698 7654 32', true], ['DE89370400440532013000', true],
    ['CR05 0152 0200 1026 2840 67', false], ['GB82 WEST 1234 5698 7654 33', false], ['AB12', false],
  ])('IBAN %s valid=%s', (n, ok) => expect(ibanValid(n)).toBe(ok));
  it.each([
    ['4111 1111 1111 1111', true], ['4716203988516628', true], ['5423 1800 7743 2191', true], ['378282246310005', true],
    ['6011111111111117', true], ['4111 1111 1111 1112', false], ['4716203988516629', false], ['1234567812345678', false],
  ])('card %s valid=%s', (n, ok) => expect(cardValid(n)).toBe(ok));

  it.each([['79927398713', true], ['79927398710', false], ['0', false]])('Luhn %s valid=%s', (n, ok) => expect(luhnValid(n)).toBe(ok));

  it.each([
    ['254-83-6610', true], ['412683390', true], ['899-01-0001', true],
    ['000-12-3456', false], ['666-12-3456', false], ['900-12-3456', false], ['987-65-4320', false],
    ['123-00-4567', false], ['123-45-0000', false], ['078-05-1120', false], ['123-45-6789', true],
  ])('SSN %s valid=%s', (n, ok) => expect(ssnValid(n)).toBe(ok));

  it.each([
    ['1EG4-TE5-MK73', true], ['1EG4TE5MK73', true], ['7CN2D83FX19', true], ['3RT7-KW2-HP45', true],
    ['0EG4-TE5-MK73', false], ['1SG4-TE5-MK73', false], ['1EG4-TE5-MK7', false], ['1EG4-TEL-MK73', false],
    ['1EG4-TE5-MO73', false], ['1EG-4TE5-MK73', false], ['1EG4-TE5-MK7B', false],
  ])('MBI %s valid=%s', (n, ok) => expect(mbiValid(n)).toBe(ok));

  it.each([
    ['1FTRW14WX9KA38217', true], ['2HGFC2F50LH561204', true], ['3VWDX7AJ4BM302918', true], ['1M8GDM9AXKP042788', true],
    ['1FTRW14W19KA38217', false], ['2HGFC2F51LH561204', false], ['1FTRW14WX9KA3821O', false], ['1FTRW14WX9KA3821', false],
  ])('VIN %s check digit valid=%s', (n, ok) => expect(vinCheckDigitValid(n)).toBe(ok));

  it.each([
    ['198.51.100.23', true], ['0.0.0.0', true], ['255.255.255.255', true],
    ['256.1.1.1', false], ['1.2.3', false], ['01.2.3.4', false], ['1.2.3.4.5', false],
  ])('IPv4 %s valid=%s', (n, ok) => expect(ipv4Valid(n)).toBe(ok));

  it.each([
    ['2001:db8:85a3::8a2e:370:7334', true], ['2601:8c0:4a01:3e10::1f', true], ['2001:0db8:0000:0000:0000:ff00:0042:8329', true], ['::1', true],
    ['2001:db8::85a3::1', false], ['12:30:45', false], ['2001:db8:85a3:0:0:8a2e:370', false], ['2001:db8:gggg::1', false],
  ])('IPv6 %s valid=%s', (n, ok) => expect(ipv6Valid(n)).toBe(ok));

  it.each([
    ['2025', true], ['2025-2026', true], ['2024/25', true], ['1999 – 2001', true],
    ['2025-03-14', false], ['20251', false], ['A-2025', false],
  ])('year or range %s = %s', (v, ok) => expect(isYearOrRange(v)).toBe(ok));

  it.each([['943 476 5919', true], ['9434765919', true], ['943 476 5918', false], ['1111111111', false], ['94347659', false]])(
    'NHS number %s valid=%s', (n, ok) => expect(nhsNumberValid(n)).toBe(ok),
  );

  it.each([
    ['HEGG560427MVZRRL04', true], ['GOMA850312HDFRRN09', true], ['hegg560427mvzrrl04', true],
    ['HEGG560427MVZRRL05', false], ['HEGG561327MVZRRL04', false], ['HEGG560427MQQRRL04', false], ['HEGG560427', false],
  ])('CURP %s valid=%s', (n, ok) => expect(curpValid(n)).toBe(ok));
});
