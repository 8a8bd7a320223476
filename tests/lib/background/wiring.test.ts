import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { startBackground } from '../../../lib/background';

/** Sends a message to the wired background as `sender` and returns its envelope. */
async function ask(message: unknown, sender: object): Promise<unknown> {
  return new Promise((resolve) => {
    // Chrome hands listeners a sendResponse callback as the third argument; the fake types know two.
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
    void trigger(message, sender, resolve);
    setTimeout(() => resolve('no answer'), 500);
  });
}

describe('background wiring checks every sender', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    startBackground();
  });

  const page = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });
  const contentScript = () => ({ id: fakeBrowser.runtime.id, url: 'https://x.com/home', tab: { id: 9 } });

  it('answers its own pages', async () => {
    const reply = (await ask({ kind: 'pause/get' }, page())) as { ok: boolean; value: unknown };
    expect(reply).toEqual({ ok: true, value: { sites: {} } });
  });

  it('refuses other extensions and pages that are not ours', async () => {
    expect(await ask({ kind: 'pause/get' }, { id: 'another-extension', url: 'chrome-extension://another/x.html' })).toEqual({ ok: false, error: 'sender not allowed' });
    expect(await ask({ kind: 'pause/get' }, { id: fakeBrowser.runtime.id, url: 'https://evil.example/' })).toEqual({ ok: false, error: 'sender not allowed' });
  });

  it('refuses page-only requests from content scripts', async () => {
    expect(await ask({ kind: 'history/clear' }, contentScript())).toEqual({ ok: false, error: 'sender not allowed' });
    expect(await ask({ kind: 'policy/import', json: '{}' }, contentScript())).toEqual({ ok: false, error: 'sender not allowed' });
  });

  it('ignores messages that are not requests (the UI broadcasts)', async () => {
    expect(await ask({ kind: 'ui/changed', what: 'policy' }, page())).toBe('no answer');
  });
});
