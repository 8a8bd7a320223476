/**
 * Every structured-identifier recognizer, and the whole check, comes back with valid spans on 100 KB
 * of hostile input built to make a careless regex backtrack (long digit runs, repeated separators,
 * a@a@a@..., 1.1.1.1...). No timing assertion: bench/ records speed; here "it returns" is the test.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../../../lib/check';
import { CheckDoc } from '../../../../lib/check/doc';
import { account } from '../../../../lib/check/phi/account';
import { device } from '../../../../lib/check/phi/device';
import { email } from '../../../../lib/check/phi/email';
import { handle } from '../../../../lib/check/phi/handle';
import { healthPlan } from '../../../../lib/check/phi/health-plan';
import { ip } from '../../../../lib/check/phi/ip';
import { license } from '../../../../lib/check/phi/license';
import { mrn } from '../../../../lib/check/phi/mrn';
import { otherId } from '../../../../lib/check/phi/other-id';
import { phone } from '../../../../lib/check/phi/phone';
import { ssn } from '../../../../lib/check/phi/ssn';
import { url } from '../../../../lib/check/phi/url';
import { vehicle } from '../../../../lib/check/phi/vehicle';
import { DEFAULT_POLICY } from '../../../../lib/policy/default';

const SIZE = 100_000;
const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

const HOSTILE: Record<string, string> = {
  'digit run': fill('1'),
  'digits and dashes': fill('1-'),
  'digits and spaces': fill('1 '),
  'digits and dots': fill('1.'),
  'dotted quads': fill('1.1.1.1.'),
  'colons': fill('a:'),
  'hex groups': fill('ff:'),
  'at signs': fill('a@'),
  'at dots': fill('@a.'),
  'parens': fill('(555) '),
  'plus ones': fill('+1 '),
  'labels': fill('MRN # '),
  'serials': fill('serial #A'),
  'plates': fill('plate A-'),
  'urls': fill('http://a'),
  'www': fill('www.a.'),
  'domains': fill('a.'),
  'licence gaps': fill('license , '),
  'tattoos': fill('a tattoo of x'),
  'roles': fill('the starting QB for A '),
  'rooms': fill('room 1 '),
  'udi': fill('(01)1'),
  'mixed': fill('A1-'),
  'unicode': fill('é1 @ñ.'),
};

const RECOGNIZERS = { phone, email, ssn, mrn, healthPlan, account, license, vehicle, device, url, ip, handle, otherId };

describe('adversarial input', () => {
  const doc = (text: string) => new CheckDoc(text);

  it.each(Object.entries(HOSTILE))('every recognizer returns on %s', (_name, text) => {
    const d = doc(text);
    for (const r of Object.values(RECOGNIZERS)) {
      for (const c of r.recognize({ doc: d, policy: DEFAULT_POLICY })) {
        expect(c.start).toBeGreaterThanOrEqual(0);
        expect(c.end).toBeLessThanOrEqual(text.length);
        expect(c.start).toBeLessThan(c.end);
      }
    }
  });

  // One 100 KB draft made of every hostile pattern in turn; the timeout only guards against a hang.
  it('the whole check returns valid spans on 100 KB of all of them', { timeout: 60_000 }, () => {
    const units = Object.values(HOSTILE).map((t) => t.slice(0, Math.floor(SIZE / Object.keys(HOSTILE).length)));
    const text = units.join('\n');
    for (const f of check(text, DEFAULT_POLICY)) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(text.length);
      expect(f.start).toBeLessThan(f.end);
    }
  });
});
