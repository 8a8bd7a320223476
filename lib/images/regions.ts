/**
 * Where in an image a finding is: OCR words carry boxes, so a finding in the image's text maps to the
 * boxes of the words it covers; faces are boxes already. Pure (no DOM), so the background can use it
 * and Node can test it. Boxes are in the image's own pixels, origin top-left.
 */
import type { Finding } from '../check/types';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface OcrWord {
  text: string;
  box: Box;
}

export interface FaceBox extends Box {
  /** the detector's confidence, 0..1 */
  score: number;
}

/** What the offscreen document read in one image. */
export interface ImageReading {
  text: string;
  words: OcrWord[];
  faces: FaceBox[];
  /** the image's size in pixels (0 when it could not be decoded for face detection) */
  width: number;
  height: number;
}

/** A finding in (or about) an image, with the regions of the image it covers. */
export type ImageFinding = Finding & { boxes: Box[] };

interface Located {
  start: number;
  end: number;
  box: Box;
}

/**
 * Finds each OCR word in the OCR text, in order (tesseract's text is its words joined by spaces and
 * line breaks). A word the text does not contain where expected is skipped, never guessed.
 */
export function locateWords(text: string, words: readonly OcrWord[]): Located[] {
  const out: Located[] = [];
  let from = 0;
  for (const w of words) {
    if (!w.text) continue;
    const at = text.indexOf(w.text, from);
    if (at < 0) continue;
    out.push({ start: at, end: at + w.text.length, box: w.box });
    from = at + w.text.length;
  }
  return out;
}

/** The boxes of the words that overlap [start, end) of the text. */
export function boxesForSpan(located: readonly Located[], start: number, end: number): Box[] {
  return located.filter((w) => w.start < end && w.end > start).map((w) => w.box);
}

/** Text findings of an image with their word boxes. */
export function withWordBoxes(findings: readonly Finding[], text: string, words: readonly OcrWord[]): ImageFinding[] {
  const located = locateWords(text, words);
  return findings.map((f) => ({ ...f, boxes: boxesForSpan(located, f.start, f.end) }));
}

/** A box grown by `pad` pixels on every side and kept inside the image. */
export function padBox(box: Box, pad: number, width: number, height: number): Box {
  const x = Math.max(0, Math.floor(box.x - pad));
  const y = Math.max(0, Math.floor(box.y - pad));
  const right = Math.min(width, Math.ceil(box.x + box.width + pad));
  const bottom = Math.min(height, Math.ceil(box.y + box.height + pad));
  return { x, y, width: Math.max(0, right - x), height: Math.max(0, bottom - y) };
}
