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

/** "ward-photo.jpg" -> "ward-photo-redacted.png" */
export function redactedName(name: string): string {
  const base = [...name.replace(/\.[a-z0-9]{1,5}$/i, '')]
    .map((c) => (/[\\/:*?"<>|]/.test(c) || c.charCodeAt(0) < 32 ? '_' : c)).join('')
    .replace(/_+/g, '_').trim() || 'image';
  return `${base}-redacted.png`;
}
