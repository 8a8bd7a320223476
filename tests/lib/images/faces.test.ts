/**
 * The offscreen document's face detector: face-api loaded on the first image only, its weights from
 * the extension's own files (never a CDN), the tiny detector, boxes and scores in the image's pixels;
 * and the reply that puts OCR and faces together.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

const loadFromUri = vi.fn(async (_uri: string) => undefined);
let wasmWorks = true;
let current = '';
const setBackend = vi.fn(async (name: string) => { if (name === 'wasm' && !wasmWorks) return false; current = name; return true; });
const setWasmPaths = vi.fn((_prefix: string) => undefined);
const envSet = vi.fn((_flag: string, _value: boolean) => undefined);
const detectAllFaces = vi.fn(async (_img: unknown, _options: unknown) => [{ score: 0.98, box: { x: 122, y: 56, width: 86, height: 83 } }]);
class TinyFaceDetectorOptions { constructor(readonly options: unknown) {} }
const faceApiLoaded = vi.fn();
vi.mock('@vladmandic/face-api', () => {
  faceApiLoaded();
  return { tf: { setBackend, setWasmPaths, env: () => ({ set: envSet }), getBackend: () => current, ready: async () => undefined }, nets: { tinyFaceDetector: { loadFromUri } }, detectAllFaces, TinyFaceDetectorOptions };
});

// happy-dom decodes no images: a bitmap of a known size stands in.
const bitmapClosed = vi.fn();
vi.stubGlobal('fetch', vi.fn(async (url: string) => ({ blob: async () => new Blob([url]) })));
vi.stubGlobal('createImageBitmap', vi.fn(async () => ({ width: 384, height: 256, close: bitmapClosed })));

const { createFaceDetector } = await import('../../../lib/images/faces');
const { readImage } = await import('../../../lib/images/offscreen');
const { FACE_ASSETS, FACE_MODEL_DIR } = await import('../../../lib/images/assets');

describe('face detection in the offscreen document', () => {
  afterEach(() => vi.clearAllMocks());

  it('loads nothing until the first image, then the tiny detector from the extension, on the WebAssembly backend', async () => {
    const d = createFaceDetector((path) => `chrome-extension://id/${path}`);
    expect(faceApiLoaded).not.toHaveBeenCalled();
    const scan = await d.detect('data:image/jpeg;base64,AA');
    expect(scan).toEqual({ faces: [{ x: 122, y: 56, width: 86, height: 83, score: 0.98 }], width: 384, height: 256 });
    // the extension's own folder, as a path of the extension page (face-api mangles chrome-extension:// URLs)
    expect(loadFromUri).toHaveBeenCalledWith(`/${FACE_MODEL_DIR}`);
    expect(setBackend.mock.calls.map((c) => c[0])).toEqual(['wasm']);
    expect(d.backend()).toBe('wasm');
    // the WebAssembly binaries come from the extension too
    expect(setWasmPaths).toHaveBeenCalledWith(`chrome-extension://id/${FACE_MODEL_DIR}/`);
    // no threads: they would need a blob: worker the CSP forbids
    expect(envSet).toHaveBeenCalledWith('WASM_HAS_MULTITHREAD_SUPPORT', false);
    expect(bitmapClosed).toHaveBeenCalled();
    expect(detectAllFaces.mock.calls[0][1]).toEqual(new TinyFaceDetectorOptions({ inputSize: 416, scoreThreshold: 0.5 }));
    // the files it loads are the ones the build ships
    expect(FACE_ASSETS.map((a) => a.to)).toEqual([
      `${FACE_MODEL_DIR}/tiny_face_detector_model-weights_manifest.json`, `${FACE_MODEL_DIR}/tiny_face_detector_model.bin`,
      `${FACE_MODEL_DIR}/tfjs-backend-wasm-simd.wasm`, `${FACE_MODEL_DIR}/tfjs-backend-wasm.wasm`,
    ]);
  });

  it('falls back to the CPU backend when WebAssembly cannot start', async () => {
    wasmWorks = false;
    try {
      const d = createFaceDetector((path) => `chrome-extension://id/${path}`);
      await expect(d.detect('a')).resolves.toMatchObject({ faces: [{ score: 0.98 }] });
      expect(setBackend.mock.calls.map((c) => c[0])).toEqual(['wasm', 'cpu']);
      expect(d.backend()).toMatch(/^cpu \(wasm: /);
    } finally {
      wasmWorks = true;
    }
  });

  it('loads the model once for later images', async () => {
    const d = createFaceDetector((path) => `chrome-extension://id/${path}`);
    await d.detect('a');
    await d.detect('b');
    expect(loadFromUri).toHaveBeenCalledTimes(1);
    expect(detectAllFaces).toHaveBeenCalledTimes(2);
  });

  it('a model that failed to load is tried again with the next image', async () => {
    loadFromUri.mockRejectedValueOnce(new Error('missing file'));
    const d = createFaceDetector((path) => `chrome-extension://id/${path}`);
    await expect(d.detect('a')).rejects.toThrow('missing file');
    await expect(d.detect('a')).resolves.toMatchObject({ faces: [{ score: 0.98 }] });
  });
});

describe('the offscreen reply', () => {
  const ocr = async () => ({ text: 'MRN 1', words: [{ text: 'MRN', box: { x: 0, y: 0, width: 5, height: 5 } }] });
  const faces = async () => ({ faces: [{ x: 1, y: 2, width: 3, height: 4, score: 0.9 }], width: 10, height: 20 });

  it('puts the text, its words, the faces and the size together', async () => {
    expect(await readImage('img', ocr, faces, () => 'wasm')).toEqual({
      ok: true, text: 'MRN 1', words: [{ text: 'MRN', box: { x: 0, y: 0, width: 5, height: 5 } }], faces: [{ x: 1, y: 2, width: 3, height: 4, score: 0.9 }], width: 10, height: 20,
      cost: { ocrMs: expect.any(Number), facesMs: expect.any(Number), faceBackend: 'wasm' },
    });
  });

  it('either step failing means the image was not checked (never a silent "no faces")', async () => {
    expect(await readImage('img', ocr, async () => { throw new Error('no backend'); })).toEqual({ ok: false, error: 'no backend' });
    expect(await readImage('img', async () => { throw new Error('no OCR'); }, faces)).toEqual({ ok: false, error: 'no OCR' });
  });
});
