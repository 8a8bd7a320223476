/** What an imported policy would change, section by section, in words an admin can check before applying. */
import type { Policy } from '../policy/types';

export type ChangeKind = 'same' | 'changed' | 'added' | 'removed';

export interface SectionChange {
  section: keyof Policy;
  change: ChangeKind;
  /** for lists: item counts before and after, and ids added or removed */
  before?: number;
  after?: number;
  added?: string[];
  removed?: string[];
}

const SECTIONS: (keyof Policy)[] = [
  'organization', 'policyText', 'phi', 'rules', 'customRules', 'allowlists', 'sites', 'snippets', 'replyTemplates',
  'disclaimer', 'overrides',
];

function ids(list: unknown): string[] {
  return Array.isArray(list) ? list.map((x, i) => String((x as { id?: unknown })?.id ?? i)) : [];
}

function size(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  if (value && typeof value === 'object') return Object.keys(value).length;
  return value === undefined ? 0 : 1;
}

export function diffPolicies(before: Policy, after: Policy): SectionChange[] {
  return SECTIONS.map((section) => {
    const a = before[section] as unknown;
    const b = after[section] as unknown;
    const same = JSON.stringify(a) === JSON.stringify(b);
    const change: ChangeKind = same ? 'same' : a === undefined ? 'added' : b === undefined ? 'removed' : 'changed';
    const out: SectionChange = { section, change, before: size(a), after: size(b) };
    if (!same && (Array.isArray(a) || Array.isArray(b))) {
      const ia = ids(a);
      const ib = ids(b);
      out.added = ib.filter((id) => !ia.includes(id));
      out.removed = ia.filter((id) => !ib.includes(id));
    }
    return out;
  });
}
