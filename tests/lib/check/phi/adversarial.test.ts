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
import { labelledId } from '../../../../lib/check/phi/labelled-id';
import { phone } from '../../../../lib/check/phi/phone';
import { ssn } from '../../../../lib/check/phi/ssn';
import { url } from '../../../../lib/check/phi/url';
import { vehicle } from '../../../../lib/check/phi/vehicle';
import { DEFAULT_POLICY } from '../../../../lib/policy/default';
import { HOSTILE, SIZE } from '../../../../bench/hostile';

const RECOGNIZERS = { phone, email, ssn, mrn, healthPlan, account, license, vehicle, device, url, ip, handle, otherId, labelledId };

describe('adversarial input', () => {
  const doc = (text: string) => new CheckDoc(text);

  // The timeout only guards against a hang; `npm run bench` records the slowest recognizer's time.
  it.each(Object.entries(HOSTILE))('every recognizer returns on %s', { timeout: 60_000 }, (_name, text) => {
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
