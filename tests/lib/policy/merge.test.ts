import { describe, expect, it } from 'vitest';
import { mergeOver } from '../../../lib/policy/merge';

describe('mergeOver', () => {
  const base = { a: { x: 1, y: [1, 2], deep: { k: 'v', j: 'w' } }, list: [1, 2, 3], keep: true };

  it.each([
    ['keeps sections the document leaves out', {}, base],
    ['merges objects key by key at every depth', { a: { deep: { k: 'new' } } }, { ...base, a: { ...base.a, deep: { k: 'new', j: 'w' } } }],
    ['replaces arrays wholesale', { list: [9] }, { ...base, list: [9] }],
    ['replaces values, including with a wrong type (validation reports it)', { keep: 'yes' }, { ...base, keep: 'yes' }],
    ['adds unknown keys (validation reports them)', { extra: 1 }, { ...base, extra: 1 }],
  ])('%s', (_name, over, expected) => {
    expect(mergeOver(base, over)).toEqual(expected);
  });

  it('never changes the default it merges over', () => {
    const before = structuredClone(base);
    mergeOver(base, { a: { y: [7] }, list: [] });
    expect(base).toEqual(before);
  });
});
