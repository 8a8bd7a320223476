/**
 * OCR inside an extension page (the offscreen document): tesseract.js with every file from the
 * extension itself, a real Worker (off the page's main thread), no blob URL, no cache.
 * The worker is kept for the next image and ended after a quiet minute to give its memory back.
 */
import { createWorker, type Worker } from 'tesseract.js';
import { OCR_CORE, OCR_LANG_DIR, OCR_LANGUAGE, OCR_WORKER } from './assets';

const IDLE_MS = 60_000;
/** tesseract's LSTM-only engine (OEM 1): the only one the shipped core and data support. */
const LSTM_ONLY = 1;

export type UrlOf = (path: string) => string;

export function createRecognizer(urlOf: UrlOf) {
  let worker: Promise<Worker> | null = null;
  let idle: ReturnType<typeof setTimeout> | undefined;
  // One image at a time: the worker is single-threaded anyway, and queueing keeps memory flat.
  let queue: Promise<unknown> = Promise.resolve();

  const start = () => createWorker(OCR_LANGUAGE, LSTM_ONLY, {
    workerPath: urlOf(OCR_WORKER),
    corePath: urlOf(OCR_CORE),
    langPath: urlOf(OCR_LANG_DIR),
    workerBlobURL: false,
    cacheMethod: 'none',
    gzip: true,
  });

  async function recognize(image: string): Promise<string> {
    clearTimeout(idle);
    worker ??= start();
    const w = await worker.catch((e: unknown) => { worker = null; throw e; });
    try {
      const { data } = await w.recognize(image);
      return data.text;
    } finally {
      idle = setTimeout(() => { void end(); }, IDLE_MS);
    }
  }

  async function end(): Promise<void> {
    const w = worker;
    worker = null;
    if (w) await (await w).terminate().catch(() => undefined);
  }

  return {
    recognize(image: string): Promise<string> {
      const next = queue.then(() => recognize(image));
      queue = next.catch(() => undefined);
      return next;
    },
    end,
  };
}
