/**
 * Face detection inside the offscreen document: face-api's tiny face detector (TensorFlow.js), with its
 * weights shipped in the extension (wxt.config.ts copies them from the npm package). The library and
 * the model load on the first image only: a dynamic import, so neither the content script, the loader
 * nor the background ever carries them.
 *
 * Why the tiny detector: on the public-domain fixture set it found the astronaut's face (score 0.98)
 * and nothing in the cat, coffee and rocket photos, at about 0.2 MB; ssd_mobilenetv1 (5.6 MB) was ten
 * times slower on this machine's CPU and took the cat for a face.
 */
import type { FaceBox } from './regions';
import { FACE_MODEL_DIR } from './assets';
import type { UrlOf } from './recognize';

/** The detector's input size (multiple of 32): 416 scored the test portrait 0.98, 320 only 0.87. */
const INPUT_SIZE = 416;
/** Below this the detector's guess is dropped. */
export const FACE_MIN_SCORE = 0.5;

type FaceApi = typeof import('@vladmandic/face-api');

/** face-api's type declarations list only part of the TensorFlow.js it bundles: these are there too. */
interface BundledTf {
  setBackend(name: string): Promise<boolean>;
  ready(): Promise<void>;
  getBackend(): string;
  setWasmPaths(prefix: string): void;
  env(): { set(flag: string, value: boolean): void };
}
const tfOf = (faceapi: FaceApi) => faceapi.tf as unknown as BundledTf;

/**
 * TensorFlow.js on WebAssembly (several times faster than its plain JavaScript CPU backend), or the CPU
 * backend if WebAssembly cannot start. Not WebGL: it waits for animation frames while its shaders
 * compile, and a hidden offscreen document may never get one.
 */
async function chooseBackend(tf: BundledTf, urlOf: UrlOf): Promise<string> {
  let why = 'not available';
  try {
    // Single-threaded: threads would need a blob: worker, which the extension's CSP rightly forbids.
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    // The folder, not a file map: a map must name the threaded build too, which is never used here.
    tf.setWasmPaths(`${urlOf(FACE_MODEL_DIR)}/`);
    if (await tf.setBackend('wasm')) {
      await tf.ready();
      return tf.getBackend();
    }
  } catch (e) {
    why = e instanceof Error ? e.message : String(e);
    console.debug('PostSafe: face detection falls back to the CPU backend', e);
  }
  await tf.setBackend('cpu');
  await tf.ready();
  return `${tf.getBackend()} (wasm: ${why})`;
}

export interface FaceScan {
  faces: FaceBox[];
  width: number;
  height: number;
}

/**
 * The image as a canvas. createImageBitmap, not an <img>: in the hidden offscreen document
 * HTMLImageElement.decode() never settles (nothing is ever rendered there).
 */
async function decode(dataUrl: string): Promise<HTMLCanvasElement> {
  const bitmap = await createImageBitmap(await (await fetch(dataUrl)).blob());
  try {
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
    return canvas;
  } finally {
    bitmap.close();
  }
}

export function createFaceDetector(urlOf: UrlOf) {
  let ready: Promise<FaceApi> | null = null;
  let backend = '';

  async function start(): Promise<FaceApi> {
    const faceapi = await import('@vladmandic/face-api');
    backend = await chooseBackend(tfOf(faceapi), urlOf);
    // A path, not the full URL: face-api only knows http(s) and would fold "chrome-extension://" into
    // "chrome-extension:/". The path resolves against this extension page, so it is still our own file.
    await faceapi.nets.tinyFaceDetector.loadFromUri(new URL(urlOf(FACE_MODEL_DIR)).pathname);
    return faceapi;
  }

  async function detect(dataUrl: string): Promise<FaceScan> {
    ready ??= start().catch((e: unknown) => { ready = null; throw e; });
    const faceapi = await ready;
    const img = await decode(dataUrl);
    const found = await faceapi.detectAllFaces(img, new faceapi.TinyFaceDetectorOptions({ inputSize: INPUT_SIZE, scoreThreshold: FACE_MIN_SCORE }));
    return {
      faces: found.map((d) => ({ x: d.box.x, y: d.box.y, width: d.box.width, height: d.box.height, score: d.score })),
      width: img.width,
      height: img.height,
    };
  }

  return { detect, backend: () => backend };
}
