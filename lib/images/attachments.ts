/**
 * Finds the images a clinician attaches to a post (a file picker, a drop, a paste) and reads them in the
 * page, for the background to OCR. Listens in the capture phase and never cancels the event: the site
 * attaches the image exactly as it would without PostSafe. Content-script side: no OCR code here.
 */
import { IMAGE_TYPES, MAX_IMAGE_BYTES, MAX_IMAGES_PER_ATTACH } from './assets';

export interface Attachment {
  name: string;
  dataUrl: string;
}

/**
 * The element an attach action belongs to: the file input, or the drop/paste target. `replaces` is
 * true for a file input, whose new selection replaces what it held before (an empty one clears it).
 */
export interface AttachEvent {
  origin: Element;
  replaces: boolean;
  /** event path (innermost first) for finding the compose box it belongs to */
  path: Element[];
  files: File[];
}

export function imageFiles(files: ArrayLike<File> | null | undefined): File[] {
  return Array.from(files ?? [])
    .filter((f) => IMAGE_TYPES.includes(f.type) && f.size > 0 && f.size <= MAX_IMAGE_BYTES)
    .slice(0, MAX_IMAGES_PER_ATTACH);
}

export function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((ok, fail) => {
    const reader = new FileReader();
    reader.onload = () => ok(String(reader.result));
    reader.onerror = () => fail(reader.error ?? new Error('could not read the image'));
    reader.readAsDataURL(file);
  });
}

const elements = (event: Event) => event.composedPath().filter((n): n is Element => n instanceof Element);

/** Turns a change/drop/paste event into an attach action, or null when it carries no images. */
export function attachEventOf(event: Event): AttachEvent | null {
  const path = elements(event);
  const origin = path[0];
  if (!origin) return null;
  if (event.type === 'change') {
    if (!(origin instanceof HTMLInputElement) || origin.type !== 'file') return null;
    return { origin, replaces: true, path, files: imageFiles(origin.files) };
  }
  const data = (event as DragEvent).dataTransfer ?? (event as ClipboardEvent).clipboardData ?? null;
  const files = imageFiles(data?.files);
  return files.length ? { origin, replaces: false, path, files } : null;
}

/** Calls `onAttach` for every attach action on the page; returns a function that stops listening. */
export function watchAttachments(win: Window, onAttach: (attach: AttachEvent) => void): () => void {
  const listener = (event: Event) => {
    let attach: AttachEvent | null = null;
    try { attach = attachEventOf(event); } catch { attach = null; }
    if (attach) onAttach(attach);
  };
  const types = ['change', 'drop', 'paste'] as const;
  for (const t of types) win.addEventListener(t, listener, true);
  return () => { for (const t of types) win.removeEventListener(t, listener, true); };
}
