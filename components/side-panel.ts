/**
 * Opening the side panel needs the user's gesture, so pages call the browser directly from the click,
 * with nothing awaited before the call: Chrome's sidePanel.open (window id looked up beforehand by
 * `prepareSidePanel`), Firefox's sidebarAction.open.
 */
import { browser } from 'wxt/browser';

interface PanelApis {
  sidePanel?: { open(o: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

let windowId: number | undefined;

export function prepareSidePanel(): void {
  Promise.resolve()
    .then(() => browser.windows.getCurrent())
    .then((w) => { windowId = w?.id; }, () => undefined);
}

export function canOpenSidePanel(): boolean {
  const api = browser as unknown as PanelApis;
  return Boolean(api.sidebarAction || api.sidePanel);
}

export async function openSidePanel(): Promise<boolean> {
  const api = browser as unknown as PanelApis;
  try {
    if (api.sidebarAction) {
      await api.sidebarAction.open();
      return true;
    }
    if (api.sidePanel && windowId !== undefined) {
      await api.sidePanel.open({ windowId });
      return true;
    }
  } catch {
    // the browser refused (no gesture, or no panel): the caller says so
  }
  return false;
}
