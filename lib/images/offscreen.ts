/**
 * The offscreen document's one job: answer the background's image requests (OCR and faces). Content scripts can reach
 * extension pages with runtime.sendMessage too, so only the background's own messages are answered.
 */
import { browser } from 'wxt/browser';
import { isOcrRequest, type OcrReply } from './offscreen-protocol';
import { createRecognizer, type OcrResult } from './recognize';
import { createFaceDetector, type FaceScan } from './faces';
import type { SenderInfo } from '../messaging/sender';

export function fromBackground(sender: SenderInfo, extensionId: string, origin: string): boolean {
  return sender?.id === extensionId && !sender.tab && (sender.url ?? '').startsWith(origin);
}

/**
 * OCR (in tesseract's worker) and face detection (here) side by side. If either fails the image counts
 * as not read, and the card says so: a scan that silently skipped faces would look like a clean photo.
 */
export async function readImage(
  dataUrl: string,
  recognize: (image: string) => Promise<OcrResult>,
  detect: (image: string) => Promise<FaceScan>,
  faceBackend: () => string = () => '',
): Promise<OcrReply> {
  try {
    const timed = async <T>(work: Promise<T>): Promise<[T, number]> => { const t0 = performance.now(); const r = await work; return [r, Math.round(performance.now() - t0)]; };
    const [[text, ocrMs], [scan, facesMs]] = await Promise.all([timed(recognize(dataUrl)), timed(detect(dataUrl))]);
    return {
      ok: true, text: text.text, words: text.words, faces: scan.faces, width: scan.width, height: scan.height,
      cost: { ocrMs, facesMs, faceBackend: faceBackend() },
    };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

export function startOffscreenOcr(): void {
  const urlOf = (path: string) => browser.runtime.getURL(`/${path}` as '/offscreen.html');
  const recognizer = createRecognizer(urlOf);
  const faces = createFaceDetector(urlOf);
  const origin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener(((message: unknown, sender: SenderInfo, sendResponse: (r: OcrReply) => void) => {
    if (!isOcrRequest(message) || !fromBackground(sender, browser.runtime.id, origin)) return false;
    void readImage(message.dataUrl, recognizer.recognize, faces.detect, faces.backend).then(sendResponse);
    return true;
  }) as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
}
