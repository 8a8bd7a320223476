/**
 * The offscreen document's tesseract.js set-up: every file from the extension itself (never
 * tesseract.js's CDN defaults), a real worker script (no blob URL), no cache, one worker reused.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

const recognize = vi.fn(async (image: string) => ({ data: { text: `text of ${image}` } }));
const terminate = vi.fn(async () => undefined);
const createWorker = vi.fn(async (..._args: unknown[]) => ({ recognize, terminate }));
vi.mock('tesseract.js', () => ({ createWorker }));

const { createRecognizer } = await import('../../../lib/images/recognize');
const { OCR_ASSETS } = await import('../../../lib/images/assets');

describe('OCR in the offscreen document', () => {
  afterEach(() => vi.clearAllMocks());

  it('loads the worker, core and English model from the extension, with no blob worker and no cache', async () => {
    const r = createRecognizer((path) => `chrome-extension://id/${path}`);
    expect(await r.recognize('data:image/png;base64,AA')).toBe('text of data:image/png;base64,AA');
    expect(createWorker).toHaveBeenCalledTimes(1);
    const [lang, oem, options] = createWorker.mock.calls[0] as [string, number, Record<string, unknown>];
    expect(lang).toBe('eng');
    expect(oem).toBe(1);
    expect(options).toMatchObject({ workerBlobURL: false, cacheMethod: 'none', gzip: true });
    for (const key of ['workerPath', 'corePath', 'langPath']) expect(String(options[key])).toMatch(/^chrome-extension:\/\/id\/ocr\//);
    // each path names a file the build ships
    const shipped = OCR_ASSETS.map((a) => `chrome-extension://id/${a.to}`);
    expect(shipped).toContain(options.workerPath);
    expect(shipped).toContain(options.corePath);
    expect(shipped).toContain(`${options.langPath}/eng.traineddata.gz`);
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
});
