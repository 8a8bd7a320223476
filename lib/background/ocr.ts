/**
 * Reads the text in an image, for the background. In Chrome and Edge OCR runs in an offscreen document
 * (a hidden extension page with a Worker; service workers cannot start Workers), created on the first
 * image and closed again after a quiet spell, so the OCR engine takes no memory until an image is attached.
 * Firefox has no offscreen documents: image checks are not supported there yet.
 */
import { browser } from 'wxt/browser';
import type { OcrReply, OcrRequest } from '../images/offscreen-protocol';
import type { ImageReading } from '../images/regions';

const OFFSCREEN_PATH = 'offscreen.html';
/** Close the offscreen document (and the OCR engine's memory) this long after the last image. */
const CLOSE_AFTER_MS = 120_000;
/** OCR of a large screenshot on a slow machine; past this the image is reported as not read. */
const OCR_TIMEOUT_MS = 90_000;

interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

/** Reads an image: its text with word boxes, its faces, its size. */
export type Recognize = (dataUrl: string) => Promise<ImageReading>;

export class UnsupportedError extends Error {}

let creating: Promise<void> | null = null;
let closeTimer: ReturnType<typeof setTimeout> | undefined;
let open = false;

function offscreenApi(): OffscreenApi | undefined {
  return (browser as unknown as { offscreen?: OffscreenApi }).offscreen;
}

async function ensureDocument(api: OffscreenApi): Promise<void> {
  if (open && (await api.hasDocument?.().catch(() => true)) !== false) return;
  creating ??= api.createDocument({
    url: OFFSCREEN_PATH,
    reasons: ['WORKERS'],
    justification: 'Reads the text in an image attached to a post, on this device, to check it for patient information.',
  }).catch((e: Error) => {
    // Another request created it first (or it survived a service-worker restart): use it.
    if (!/single offscreen|already/i.test(e.message)) throw e;
  }).then(() => { open = true; }).finally(() => { creating = null; });
  await creating;
}

function scheduleClose(api: OffscreenApi): void {
  clearTimeout(closeTimer);
  closeTimer = setTimeout(() => {
    open = false;
    void api.closeDocument().catch(() => undefined);
  }, CLOSE_AFTER_MS);
}

/** The document's script may still be loading when it is new: retry "no receiver" for a moment. */
async function sendToDocument(request: OcrRequest): Promise<OcrReply> {
  for (let attempt = 0; ; attempt++) {
    try {
      const reply = (await browser.runtime.sendMessage(request)) as OcrReply | undefined;
      if (reply) return reply;
      throw new Error('no receiver');
    } catch (e) {
      if (attempt >= 20) throw e;
      await new Promise((ok) => setTimeout(ok, 100));
    }
  }
}

export const recognizeInOffscreen: Recognize = async (dataUrl) => {
  const api = offscreenApi();
  if (!api) throw new UnsupportedError('image checks are not supported in this browser yet');
  clearTimeout(closeTimer);
  try {
    await ensureDocument(api);
    const timeout = new Promise<never>((_, fail) => setTimeout(() => fail(new Error('OCR took too long')), OCR_TIMEOUT_MS));
    const reply = await Promise.race([sendToDocument({ kind: 'offscreen/ocr', target: 'offscreen', dataUrl }), timeout]);
    if (!reply.ok) throw new Error(reply.error);
    const { text, words, faces, width, height } = reply;
    return { text, words, faces, width, height };
  } finally {
    scheduleClose(api);
  }
};
