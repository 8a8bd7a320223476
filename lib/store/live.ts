/**
 * Keeps the UI stores fresh: the background broadcasts `ui/changed` when its state changes, and the
 * side panel follows the active tab. Returns an unsubscribe function.
 */
import { browser } from 'wxt/browser';
import type { UiMessage } from '../messaging/protocol';
import { useHistoryStore } from './history';
import { usePauseStore } from './pause';
import { usePolicyStore } from './policy';
import { useTabStore } from './tab';

export function loadAll(): void {
  void usePolicyStore.getState().load();
  void useTabStore.getState().load();
  void usePauseStore.getState().load();
  void useHistoryStore.getState().load();
}

export function followBackground(): () => void {
  const onMessage = (message: unknown, sender: { id?: string }) => {
    if (sender?.id !== browser.runtime.id) return;
    const m = message as UiMessage;
    if (m?.kind !== 'ui/changed') return;
    if (m.what === 'policy') void usePolicyStore.getState().load();
    if (m.what === 'pause') void usePauseStore.getState().load();
    if (m.what === 'history') void useHistoryStore.getState().load();
    if (m.what === 'findings' && (m.tabId === undefined || m.tabId === useTabStore.getState().tabId)) {
      void useTabStore.getState().load();
    }
  };
  // A page pinned to one tab (?tab=ID) does not follow the active tab.
  const pinned = new URLSearchParams(location.search).has('tab');
  const onActivated = () => { if (!pinned) void useTabStore.getState().load(); };
  browser.runtime.onMessage.addListener(onMessage);
  browser.tabs.onActivated?.addListener(onActivated);
  return () => {
    browser.runtime.onMessage.removeListener(onMessage);
    browser.tabs.onActivated?.removeListener(onActivated);
  };
}
