/**
 * Between the background and the offscreen document that runs OCR and face detection (Chrome). Separate from the main
 * protocol: only the background may send it, and the offscreen document answers nothing else.
 * The image travels as a data URL (runtime messages are JSON) and is forgotten once read.
 */
export interface OcrRequest {
  kind: 'offscreen/ocr';
  target: 'offscreen';
  dataUrl: string;
}

import type { ImageReading } from './regions';

/** The image's text with its words' boxes, the faces found, and the image's size. */
export type OcrReply = ({ ok: true; cost?: ScanCost } & ImageReading) | { ok: false; error: string };

/** How long each half took and where faces ran: for the benchmark and the e2e suite, never shown to users. */
export interface ScanCost {
  ocrMs: number;
  facesMs: number;
  faceBackend: string;
}

export function isOcrRequest(value: unknown): value is OcrRequest {
  const m = value as Partial<OcrRequest> | null;
  return !!m && typeof m === 'object' && m.kind === 'offscreen/ocr' && m.target === 'offscreen' && typeof m.dataUrl === 'string';
}
