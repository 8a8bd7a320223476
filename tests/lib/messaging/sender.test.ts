import { describe, expect, it } from 'vitest';
import { classifySender, isRequest, maySend } from '../../../lib/messaging/sender';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('sender checks', () => {
  it.each([
    [{ id: ID, url: `${ORIGIN}popup.html` }, 'page'],
    [{ id: ID, url: 'https://x.com/home', tab: { id: 4 } }, 'content-script'],
    [{ id: 'other-extension', url: 'chrome-extension://other/popup.html' }, null],
    [{ id: ID, url: 'https://x.com/home' }, null],
    [{}, null],
  ] as const)('classifies %j as %s', (sender, expected) => {
    expect(classifySender(sender, ID, ORIGIN)).toBe(expected);
  });

  it('content scripts may not import policies, clear history or pause', () => {
    expect(maySend('content-script', { kind: 'policy/import', json: '{}' })).toBe(false);
    expect(maySend('content-script', { kind: 'history/clear' })).toBe(false);
    expect(maySend('content-script', { kind: 'pause/set', site: 'x.com', until: 0 })).toBe(false);
    expect(maySend('content-script', { kind: 'findings/report', site: 'x.com', findings: [] })).toBe(true);
    expect(maySend('page', { kind: 'findings/report', site: 'x.com', findings: [] })).toBe(false);
  });

  it('rejects anything that is not a known request', () => {
    expect(isRequest({ kind: 'ui/changed', what: 'policy' })).toBe(false);
    expect(isRequest('policy/get')).toBe(false);
    expect(isRequest({ kind: 'policy/get' })).toBe(true);
  });
});
