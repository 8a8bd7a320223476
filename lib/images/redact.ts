/**
 * A redacted copy of an attached image: the same picture with the given regions filled solid black,
 * as a new PNG the clinician can save and attach instead. Runs in the content script on the file the
 * user attached (a canvas of their own pixels: nothing is loaded from anywhere), only when asked.
 * Black fill rather than blur: a blur can be undone or read through; black cannot.
 */
import { padBox, type Box } from './regions';

/** A region grows by this share of its shorter side (at least 4 px): OCR and face boxes hug tightly. */
const PAD_SHARE = 0.15;
const MIN_PAD = 4;

export function regionsToFill(boxes: readonly Box[], width: number, height: number): Box[] {
  return boxes
    .map((b) => padBox(b, Math.max(MIN_PAD, Math.round(PAD_SHARE * Math.min(b.width, b.height))), width, height))
    .filter((b) => b.width > 0 && b.height > 0);
}

export async function redactImage(file: Blob, boxes: readonly Box[]): Promise<Blob> {
  const bitmap = await createImageBitmap(file);
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const g = canvas.getContext('2d');
    if (!g) throw new Error('no 2D canvas');
    g.drawImage(bitmap, 0, 0);
    g.fillStyle = '#000000';
    for (const b of regionsToFill(boxes, bitmap.width, bitmap.height)) g.fillRect(b.x, b.y, b.width, b.height);
    // PNG: lossless, so the black stays black and nothing of the region survives in compression noise.
    return await canvas.convertToBlob({ type: 'image/png' });
  } finally {
    bitmap.close();
  }
}

/** The card's preview of an attached image is at most this many pixels on its longer side. */
export const PREVIEW_SIDE = 240;

/** How much the preview scales the image down (never up). */
export function previewScale(width: number, height: number, maxSide = PREVIEW_SIDE): number {
  return Math.min(1, maxSide / Math.max(width, height, 1));
}

/** A region (already padded, in image pixels) in preview pixels: at least 2 px, so a small word still shows. */
export function scaleBox(b: Box, k: number): Box {
  return { x: Math.floor(b.x * k), y: Math.floor(b.y * k), width: Math.max(2, Math.round(b.width * k)), height: Math.max(2, Math.round(b.height * k)) };
}

/**
 * A small preview for the card: the image scaled down with every region it would black out outlined in
 * red, so the clinician sees what was found where before making the copy. Drawn locally, like the copy.
 */
export async function markedPreview(file: Blob, boxes: readonly Box[]): Promise<Blob> {
  const bitmap = await createImageBitmap(file);
  try {
    const k = previewScale(bitmap.width, bitmap.height);
    const canvas = new OffscreenCanvas(Math.max(1, Math.round(bitmap.width * k)), Math.max(1, Math.round(bitmap.height * k)));
    const g = canvas.getContext('2d');
    if (!g) throw new Error('no 2D canvas');
    g.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    g.lineWidth = 2;
    g.strokeStyle = '#d93025';
    g.fillStyle = 'rgba(217, 48, 37, 0.25)';
    for (const b of regionsToFill(boxes, bitmap.width, bitmap.height).map((r) => scaleBox(r, k))) {
      g.fillRect(b.x, b.y, b.width, b.height);
      g.strokeRect(b.x + 1, b.y + 1, Math.max(1, b.width - 2), Math.max(1, b.height - 2));
    }
    return await canvas.convertToBlob({ type: 'image/png' });
  } finally {
    bitmap.close();
  }
}

/** "ward-photo.jpg" -> "ward-photo-redacted.png" */
export function redactedName(name: string): string {
  const base = [...name.replace(/\.[a-z0-9]{1,5}$/i, '')]
    .map((c) => (/[\\/:*?"<>|]/.test(c) || c.charCodeAt(0) < 32 ? '_' : c)).join('')
    .replace(/_+/g, '_').trim() || 'image';
  return `${base}-redacted.png`;
}
