/**
 * The offscreen document's one job: answer the background's OCR requests. Content scripts can reach
 * extension pages with runtime.sendMessage too, so only the background's own messages are answered.
 */
import { browser } from 'wxt/browser';
import { isOcrRequest, type OcrReply } from './offscreen-protocol';
import { createRecognizer } from './recognize';
import type { SenderInfo } from '../messaging/sender';

export function fromBackground(sender: SenderInfo, extensionId: string, origin: string): boolean {
  return sender?.id === extensionId && !sender.tab && (sender.url ?? '').startsWith(origin);
}

export function startOffscreenOcr(): void {
  const recognizer = createRecognizer((path) => browser.runtime.getURL(`/${path}` as '/offscreen.html'));
  const origin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener(((message: unknown, sender: SenderInfo, sendResponse: (r: OcrReply) => void) => {
    if (!isOcrRequest(message) || !fromBackground(sender, browser.runtime.id, origin)) return false;
    recognizer.recognize(message.dataUrl).then(
      (text) => sendResponse({ ok: true, text }),
      (e: unknown) => sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) }),
    );
    return true;
  }) as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
}
