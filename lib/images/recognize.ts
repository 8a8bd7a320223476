/**
 * OCR inside an extension page (the offscreen document): tesseract.js with every file from the
 * extension itself, a real Worker (off the page's main thread), no blob URL, no cache.
 * The worker is kept for the next image and ended after a quiet minute to give its memory back.
 */
import { createWorker, type Page, type Worker } from 'tesseract.js';
import { OCR_CORE, OCR_LANG_DIR, OCR_LANGUAGE, OCR_WORKER } from './assets';
import type { OcrWord } from './regions';

const IDLE_MS = 60_000;
/** tesseract's LSTM-only engine (OEM 1): the only one the shipped core and data support. */
const LSTM_ONLY = 1;

export type UrlOf = (path: string) => string;

export interface OcrResult {
  text: string;
  /** every word with its box, in reading order, so findings in the text map to regions of the image */
  words: OcrWord[];
}

/** tesseract's block tree, flattened to words with boxes. */
export function wordsOf(page: Pick<Page, 'blocks'>): OcrWord[] {
  const words: OcrWord[] = [];
  for (const block of page.blocks ?? []) {
    for (const para of block.paragraphs ?? []) {
      for (const line of para.lines ?? []) {
        for (const w of line.words ?? []) {
          const { x0, y0, x1, y1 } = w.bbox;
          words.push({ text: w.text, box: { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } });
        }
      }
    }
  }
  return words;
}

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

  async function recognize(image: string): Promise<OcrResult> {
    clearTimeout(idle);
    worker ??= start();
    const w = await worker.catch((e: unknown) => { worker = null; throw e; });
    try {
      // blocks: the words and their boxes (tesseract.js 5+ returns only the text unless asked)
      const { data } = await w.recognize(image, {}, { text: true, blocks: true });
      return { text: data.text, words: wordsOf(data) };
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
    recognize(image: string): Promise<OcrResult> {
      const next = queue.then(() => recognize(image));
      queue = next.catch(() => undefined);
      return next;
    },
    end,
  };
}
