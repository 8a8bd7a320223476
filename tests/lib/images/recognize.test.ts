/**
 * The offscreen document's tesseract.js set-up: every file from the extension itself (never
 * tesseract.js's CDN defaults), a real worker script (no blob URL), no cache, one worker reused.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

const word = (text: string, x0: number) => ({ text, bbox: { x0, y0: 10, x1: x0 + 10 * text.length, y1: 30 } });
const recognize = vi.fn(async (image: string, ..._rest: unknown[]) => ({
  data: { text: `text of ${image}`, blocks: [{ paragraphs: [{ lines: [{ words: [word('text', 0), word('of', 50)] }, { words: [word(image, 0)] }] }] }] },
}));
const terminate = vi.fn(async () => undefined);
const createWorker = vi.fn(async (..._args: unknown[]) => ({ recognize, terminate }));
vi.mock('tesseract.js', () => ({ createWorker }));

const { createRecognizer, wordsOf } = await import('../../../lib/images/recognize');
const { OCR_ASSETS } = await import('../../../lib/images/assets');

describe('OCR in the offscreen document', () => {
  afterEach(() => vi.clearAllMocks());

  it('loads the worker, core and the English and Spanish models from the extension, with no blob worker and no cache', async () => {
    const r = createRecognizer((path) => `chrome-extension://id/${path}`);
    expect((await r.recognize('data:image/png;base64,AA')).text).toBe('text of data:image/png;base64,AA');
    expect(createWorker).toHaveBeenCalledTimes(1);
    const [lang, oem, options] = createWorker.mock.calls[0] as [string, number, Record<string, unknown>];
    expect(lang).toBe('eng+spa');
    expect(oem).toBe(1);
    expect(options).toMatchObject({ workerBlobURL: false, cacheMethod: 'none', gzip: true });
    for (const key of ['workerPath', 'corePath', 'langPath']) expect(String(options[key])).toMatch(/^chrome-extension:\/\/id\/ocr\//);
    // each path names a file the build ships
    const shipped = OCR_ASSETS.map((a) => `chrome-extension://id/${a.to}`);
    expect(shipped).toContain(options.workerPath);
    expect(shipped).toContain(options.corePath);
    for (const code of lang.split('+')) expect(shipped).toContain(`${options.langPath}/${code}.traineddata.gz`);
    await r.end();
  });

  it('reuses one worker for later images, one image at a time', async () => {
    const r = createRecognizer((path) => `chrome-extension://id/${path}`);
    await Promise.all([r.recognize('a'), r.recognize('b'), r.recognize('c')]);
    expect(createWorker).toHaveBeenCalledTimes(1);
    expect(recognize.mock.calls.map((c) => c[0])).toEqual(['a', 'b', 'c']);
    await r.end();
    expect(terminate).toHaveBeenCalledTimes(1);
  });

  it('asks tesseract for the block tree and returns every word with its box, in reading order', async () => {
    const r = createRecognizer((path) => `chrome-extension://id/${path}`);
    const { words } = await r.recognize('img');
    expect(recognize.mock.calls[0][2]).toMatchObject({ text: true, blocks: true });
    expect(words).toEqual([
      { text: 'text', box: { x: 0, y: 10, width: 40, height: 20 } },
      { text: 'of', box: { x: 50, y: 10, width: 20, height: 20 } },
      { text: 'img', box: { x: 0, y: 10, width: 30, height: 20 } },
    ]);
    expect(wordsOf({ blocks: null })).toEqual([]);
    await r.end();
  });
});
