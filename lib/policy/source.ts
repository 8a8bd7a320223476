/**
 * Which policy is in force. Pure: the background passes what it read from storage.managed (the `policy`
 * key), the user's imported document and the last good state it kept; it gets back the policy, where it
 * came from, the errors of any rejected document and the fields the organisation locks.
 *
 * Precedence: managed > user import > embedded default. A rejected document is never half-applied:
 *   - a broken managed document keeps the last good managed policy in force, if there was one;
 *     otherwise the chain continues with the user's import, then the default;
 *   - a broken import keeps the last good imported policy, if there was one; otherwise the default.
 * Every rejection is returned with its errors so the options page and the popup can show them.
 */
import { DEFAULT_POLICY } from './default';
import type { Policy } from './types';
import { validatePolicy, type PolicyError } from './validate';

export type PolicySource = 'managed' | 'imported' | 'default';

export interface RejectedDocument {
  source: Exclude<PolicySource, 'default'>;
  errors: PolicyError[];
}

export interface PolicyState {
  policy: Policy;
  source: PolicySource;
  /** top-level fields the organisation set; the options page shows them as "set by your organisation" */
  locked: string[];
  rejected: RejectedDocument[];
}

export interface PolicyInputs {
  managed?: unknown;
  imported?: unknown;
  lastGood?: Pick<PolicyState, 'policy' | 'source' | 'locked'>;
}

/** Chrome returns nothing (or an empty object) under a key no admin set. */
const absent = (doc: unknown) => doc === undefined || doc === null || (typeof doc === 'object' && !Array.isArray(doc) && Object.keys(doc).length === 0);

const lockedFields = (doc: object) => Object.keys(doc).filter((k) => k !== 'schemaVersion' && k !== '$schema').sort();

export function resolvePolicy({ managed, imported, lastGood }: PolicyInputs): PolicyState {
  const rejected: RejectedDocument[] = [];

  if (!absent(managed)) {
    const result = validatePolicy(managed);
    if (result.ok) return { policy: result.policy, source: 'managed', locked: lockedFields(managed as object), rejected };
    rejected.push({ source: 'managed', errors: result.errors });
    if (lastGood?.source === 'managed') return { ...lastGood, rejected };
  }

  if (!absent(imported)) {
    const result = validatePolicy(imported);
    if (result.ok) return { policy: result.policy, source: 'imported', locked: [], rejected };
    rejected.push({ source: 'imported', errors: result.errors });
    if (lastGood?.source === 'imported') return { ...lastGood, locked: [], rejected };
  }

  return { policy: DEFAULT_POLICY, source: 'default', locked: [], rejected };
}
