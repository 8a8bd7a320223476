import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../lib/policy/default';
import { resolvePolicy } from '../../../lib/policy/source';
import { validatePolicy } from '../../../lib/policy/validate';
import type { Policy } from '../../../lib/policy/types';

const managed = { schemaVersion: 1, organization: { name: 'Riverside Health' }, disclaimer: { required: true, text: 'Riverside says hi.', appliesTo: 'always' } };
const imported = { schemaVersion: 1, organization: { name: 'My own settings' } };
const broken = { schemaVersion: 1, organization: { name: 42 } };
const policyOf = (doc: unknown): Policy => {
  const r = validatePolicy(doc);
  if (!r.ok) throw new Error('fixture invalid');
  return r.policy;
};

describe('resolvePolicy: managed > user import > embedded default', () => {
  it('uses the embedded default when nothing else is set', () => {
    expect(resolvePolicy({})).toEqual({ policy: DEFAULT_POLICY, source: 'default', locked: [], rejected: [] });
  });

  it('treats Chrome\'s empty managed storage as no managed policy', () => {
    expect(resolvePolicy({ managed: {}, imported }).source).toBe('imported');
  });

  it('prefers the organisation\'s managed policy over an import, and locks the fields it sets', () => {
    const state = resolvePolicy({ managed, imported });
    expect(state.source).toBe('managed');
    expect(state.policy.organization.name).toBe('Riverside Health');
    expect(state.locked).toEqual(['disclaimer', 'organization']);
    expect(state.rejected).toEqual([]);
  });

  it('uses a valid import when no organisation policy is set, locking nothing', () => {
    const state = resolvePolicy({ imported });
    expect(state).toMatchObject({ source: 'imported', locked: [], rejected: [] });
    expect(state.policy.organization.name).toBe('My own settings');
  });

  it('keeps the last good managed policy when the organisation pushes a broken one, and reports why', () => {
    const lastGood = { policy: policyOf(managed), source: 'managed' as const, locked: ['organization'] };
    const state = resolvePolicy({ managed: broken, imported, lastGood });
    expect(state.policy).toBe(lastGood.policy);
    expect(state.source).toBe('managed');
    expect(state.locked).toEqual(['organization']);
    expect(state.rejected).toEqual([{ source: 'managed', errors: [{ path: '/organization/name', message: 'must be text in quotes' }] }]);
  });

  it('falls back to the import when a broken managed policy has no last good version', () => {
    const state = resolvePolicy({ managed: broken, imported });
    expect(state.source).toBe('imported');
    expect(state.rejected.map((r) => r.source)).toEqual(['managed']);
  });

  it('keeps the last good import when a new import is broken', () => {
    const lastGood = { policy: policyOf(imported), source: 'imported' as const, locked: [] };
    const state = resolvePolicy({ imported: broken, lastGood });
    expect(state).toMatchObject({ source: 'imported', locked: [] });
    expect(state.policy).toBe(lastGood.policy);
    expect(state.rejected[0].source).toBe('imported');
  });

  it('falls back to the default when every document is broken', () => {
    const state = resolvePolicy({ managed: broken, imported: 'not json' });
    expect(state.policy).toBe(DEFAULT_POLICY);
    expect(state.source).toBe('default');
    expect(state.rejected.map((r) => r.source)).toEqual(['managed', 'imported']);
  });

  it('drops a last good managed policy once the organisation removes its policy', () => {
    const lastGood = { policy: policyOf(managed), source: 'managed' as const, locked: ['organization'] };
    expect(resolvePolicy({ lastGood }).source).toBe('default');
  });
});
