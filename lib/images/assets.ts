/**
 * The OCR engine's files, shipped inside the extension (wxt.config.ts copies them from node_modules) and
 * loaded only by the offscreen document when an image is attached. Nothing is fetched from the network:
 * tesseract.js's defaults (a CDN for the worker, the core and the language data) are all replaced.
 */

/** Folder in the built extension that holds the OCR files. */
export const OCR_DIR = 'ocr';

/**
 * node_modules file -> path in the built extension. One core only: LSTM recognition with WASM SIMD,
 * which every browser PostSafe supports (Chrome 91+, Firefox 89+); the non-SIMD and legacy-engine
 * cores would triple the size for no gain. The `.wasm.js` build carries its WASM inline.
 */
export const OCR_ASSETS = [
  { from: 'tesseract.js/dist/worker.min.js', to: `${OCR_DIR}/worker.min.js` },
  { from: 'tesseract.js-core/tesseract-core-simd-lstm.wasm.js', to: `${OCR_DIR}/tesseract-core-simd-lstm.wasm.js` },
  // English and Spanish, LSTM "best_int" models (what tesseract.js uses by default for the LSTM engine), gzipped.
  // Spanish adds 2.1 MB and reads accents (José, Ramírez, teléfono) that the English model drops.
  { from: '@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz', to: `${OCR_DIR}/lang/eng.traineddata.gz` },
  { from: '@tesseract.js-data/spa/4.0.0_best_int/spa.traineddata.gz', to: `${OCR_DIR}/lang/spa.traineddata.gz` },
] as const;

export const OCR_WORKER = `${OCR_DIR}/worker.min.js`;
export const OCR_CORE = `${OCR_DIR}/tesseract-core-simd-lstm.wasm.js`;
export const OCR_LANG_DIR = `${OCR_DIR}/lang`;
/** Both models at once: tesseract picks the better reading word by word. */
export const OCR_LANGUAGE = 'eng+spa';

/** Folder in the built extension that holds the face detector's weights. */
export const FACE_MODEL_DIR = 'faces';

/**
 * The face detector's weights (face-api's tiny face detector, 190 KB), from the npm package that ships
 * them; face-api itself and TensorFlow.js are bundled into the offscreen document's own lazy chunk.
 */
export const FACE_ASSETS = [
  { from: '@vladmandic/face-api/model/tiny_face_detector_model-weights_manifest.json', to: `${FACE_MODEL_DIR}/tiny_face_detector_model-weights_manifest.json` },
  { from: '@vladmandic/face-api/model/tiny_face_detector_model.bin', to: `${FACE_MODEL_DIR}/tiny_face_detector_model.bin` },
  // TensorFlow.js's WebAssembly backend (face-api bundles its JavaScript; these are its binaries), same
  // version as face-api's TensorFlow.js. SIMD for every browser PostSafe supports, the plain build as fallback.
  { from: '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm', to: `${FACE_MODEL_DIR}/tfjs-backend-wasm-simd.wasm` },
  { from: '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm', to: `${FACE_MODEL_DIR}/tfjs-backend-wasm.wasm` },
] as const;

/** Image types read from a compose box's attachments (what the browser can decode and OCR can read). */
export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/bmp'];
/** Larger files are not scanned (a phone photo is 2–6 MB; 15 MB leaves room for screenshots). */
export const MAX_IMAGE_BYTES = 15 * 1024 * 1024;
/** At most this many images of one attach action are scanned. */
export const MAX_IMAGES_PER_ATTACH = 4;
/** OCR text longer than this is checked only up to here (the checker's own draft cap is larger). */
export const MAX_OCR_CHARS = 20_000;
