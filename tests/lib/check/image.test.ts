// @vitest-environment node
/** Faces as findings: one per image, severity and message from the policy, switched off by the policy. */
import { describe, expect, it } from 'vitest';
import { faceFindings, FACE_RULE } from '../../../lib/check/image';
import { DEFAULT_POLICY } from '../../../lib/policy/default';
import type { Policy } from '../../../lib/policy/types';

const faces = [{ score: 0.62 }, { score: 0.984 }];
const withRules = (rules: Policy['rules'], severities: Policy['phi']['severities'] = DEFAULT_POLICY.phi.severities): Policy =>
  ({ ...DEFAULT_POLICY, rules: { ...DEFAULT_POLICY.rules, ...rules }, phi: { ...DEFAULT_POLICY.phi, severities } });

describe('face findings', () => {
  it('no faces, no finding', () => {
    expect(faceFindings([], DEFAULT_POLICY)).toEqual([]);
  });

  it('several faces are one finding, scored by the surest face, blocking under the default policy', () => {
    const [f, ...rest] = faceFindings(faces, DEFAULT_POLICY);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ category: 'FACE', rule: FACE_RULE, severity: 'block', start: 0, end: 0, section: 'phi', evidence: { recognizer: 'face-detector', score: 0.98, pattern: 'several-faces' } });
    expect(f.message).toMatch(/^A face is visible: a patient photo needs written consent under your policy/);
  });

  it('the policy sets the severity: phi.severities.FACE, or the rule\'s own setting first', () => {
    expect(faceFindings(faces, withRules({}, { ...DEFAULT_POLICY.phi.severities, FACE: 'warn' }))[0].severity).toBe('warn');
    expect(faceFindings(faces, withRules({ [FACE_RULE]: { severity: 'info', message: 'Ask for the consent form.' } }))[0]).toMatchObject({ severity: 'info', message: 'Ask for the consent form.' });
  });

  it('a policy that does not want face checks switches the rule off', () => {
    expect(faceFindings(faces, withRules({ [FACE_RULE]: { enabled: false } }))).toEqual([]);
  });

  it('a policy without FACE in its severities (written before faces) still blocks', () => {
    const { FACE: _face, ...older } = DEFAULT_POLICY.phi.severities;
    expect(faceFindings([{ score: 0.9 }], withRules({}, older))[0].severity).toBe('block');
  });
});
