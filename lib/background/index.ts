/** Wires the Background state owner to the browser's events, checking every sender first. */
import { browser } from 'wxt/browser';
import { Background } from './service';
import { classifySender, isRequest, maySend, type SenderInfo } from '../messaging/sender';
import type { Envelope } from '../messaging/client';

export function startBackground(): Background {
  const bg = new Background();
  const origin = browser.runtime.getURL('/');

  browser.runtime.onMessage.addListener(((message: unknown, sender: SenderInfo, sendResponse: (r: Envelope<unknown>) => void) => {
    if (!isRequest(message)) return false; // not ours (e.g. a ui/changed broadcast)
    const kind = classifySender(sender, browser.runtime.id, origin);
    if (!kind || !maySend(kind, message)) {
      sendResponse({ ok: false, error: 'sender not allowed' });
      return false;
    }
    bg.handle(message, { kind, tabId: kind === 'content-script' ? sender.tab?.id : undefined, frameId: kind === 'content-script' ? sender.frameId : undefined }).then(
      (value) => sendResponse({ ok: true, value }),
      (e: Error) => sendResponse({ ok: false, error: e.message }),
    );
    return true; // answer asynchronously
  }) as Parameters<typeof browser.runtime.onMessage.addListener>[0]);

  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void bg.refreshPolicy();
  });
  browser.tabs.onRemoved.addListener((tabId) => void bg.forgetTab(tabId));
  // Access to an organisation site granted or withdrawn (options page): register the script again.
  try {
    browser.permissions.onAdded.addListener(() => void bg.syncOrgSites());
    browser.permissions.onRemoved.addListener(() => void bg.syncOrgSites());
  } catch {
    // no permissions events (the fake browser in tests)
  }

  // The keyboard shortcut (manifest `commands`) opens the side panel in Chrome; Firefox uses
  // `_execute_sidebar_action`, which the browser handles itself.
  try {
    browser.commands?.onCommand.addListener((command, tab) => {
      if (command !== 'open-side-panel') return;
      const sidePanel = (browser as unknown as { sidePanel?: { open(o: { windowId?: number; tabId?: number }): Promise<void> } }).sidePanel;
      if (sidePanel && tab?.windowId !== undefined) void sidePanel.open({ windowId: tab.windowId }).catch(() => undefined);
    });
  } catch {
    // no commands API (the fake browser in tests): the shortcut is a convenience, the rest must run
  }

  void bg.start().then(() => bg.syncOrgSites());
  return bg;
}
