/**
 * Writing text into a compose box through the editor's own input path, so the site's editor model,
 * undo stack and caret stay in step (direct DOM edits are reverted or desynchronise Lexical and Draft).
 *
 * - 'paste': a synthetic paste event carrying text/plain. Rich editors (Lexical, Draft.js, Quill,
 *   ProseMirror/TipTap) insert it as a user paste, newlines included. Textareas ignore it.
 * - 'execCommand': document.execCommand('insertText') — native undo in textareas and plain
 *   contenteditable; single-line only in rich editors.
 *
 * Both wait one task after placing the selection (without it Lexical inserts at its old caret), then
 * read the text back; if nothing changed, the other path is tried. If the text changed but not as
 * expected, nothing more is done: a second attempt could duplicate text.
 */
import { rangeFor, readComposer } from './text';

export type InsertMode = 'paste' | 'execCommand';

export interface ReplaceOptions {
  mode: InsertMode;
  /** reads the editor text (defaults to readComposer) */
  read?: (el: HTMLElement) => string;
}

const nextTask = () => new Promise<void>((ok) => setTimeout(ok, 0));
const nextFrame = () => new Promise<void>((ok) => requestAnimationFrame(() => ok()));

function isTextField(el: HTMLElement): el is HTMLTextAreaElement | HTMLInputElement {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;
}

/** Places the selection over [start, end) of the composer's text. */
export function select(el: HTMLElement, start: number, end: number): boolean {
  el.focus({ preventScroll: true });
  if (isTextField(el)) {
    el.setSelectionRange(start, end);
    return true;
  }
  const { segments, text } = readComposer(el);
  let range = rangeFor(segments, start, end);
  if (!range && start === end) {
    range = el.ownerDocument.createRange();
    const collapsedAt = rangeFor(segments, Math.max(0, start - 1), start) ?? rangeFor(segments, start, start + 1);
    if (collapsedAt) {
      if (start > 0 && start <= text.length) range.setStart(collapsedAt.endContainer, collapsedAt.endOffset);
      else range.setStart(collapsedAt.startContainer, collapsedAt.startOffset);
    } else {
      range.selectNodeContents(el);
      range.collapse(false);
    }
    range.collapse(true);
  }
  if (!range) return false;
  const selection = el.ownerDocument.getSelection();
  if (!selection) return false;
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}

function paste(el: HTMLElement, text: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
}

function insertViaCommand(el: HTMLElement, text: string): void {
  // execCommand is deprecated but still the only way to insert with native undo.
  el.ownerDocument.execCommand('insertText', false, text);
}

async function settled(el: HTMLElement, read: (el: HTMLElement) => string, before: string): Promise<string> {
  // Editors reconcile on a microtask or the next frame; look a few frames ahead for a change.
  for (let i = 0; i < 6; i++) {
    const now = read(el);
    if (now !== before) return now;
    await nextFrame();
  }
  return read(el);
}

/**
 * Replaces [start, end) of the composer's text with `replacement`. Resolves true when the text reads back
 * as expected.
 */
export async function replaceText(el: HTMLElement, start: number, end: number, replacement: string, options: ReplaceOptions): Promise<boolean> {
  const read = options.read ?? ((e: HTMLElement) => readComposer(e).text);
  const before = read(el);
  const expected = before.slice(0, start) + replacement + before.slice(end);
  // execCommand with a newline corrupts Lexical and wipes Draft: a rich editor that ignored the paste is
  // left alone rather than risked.
  const multiline = replacement.includes('\n');
  const order: InsertMode[] = isTextField(el) ? ['execCommand']
    : options.mode === 'paste' ? (multiline ? ['paste'] : ['paste', 'execCommand'])
    : ['execCommand', 'paste'];
  for (const mode of order) {
    if (!select(el, start, end)) return false;
    await nextTask();
    // Re-place the selection: some editors move it back while handling focus.
    select(el, start, end);
    if (mode === 'paste') paste(el, replacement);
    else insertViaCommand(el, replacement);
    const after = await settled(el, read, before);
    if (after === expected) return true;
    if (after !== before) return normalisedEqual(after, expected);
  }
  if (isTextField(el)) {
    // Last resort for fields where execCommand is unavailable: the value setter plus an input event.
    el.setRangeText(replacement, start, end, 'end');
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: replacement }));
    return read(el) === expected;
  }
  return false;
}

/** Editors may normalise trailing newlines or nbsp; treat those as the same text. */
function normalisedEqual(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\u00a0/g, ' ').replace(/\n+$/, '');
  return norm(a) === norm(b);
}

/** Inserts text at the caret (or over the current selection) of a composer. */
export async function insertAtCaret(el: HTMLElement, text: string, mode: InsertMode, caret?: { start: number; end: number }): Promise<boolean> {
  const current = readComposer(el).text;
  const at = caret ?? { start: current.length, end: current.length };
  return replaceText(el, Math.min(at.start, current.length), Math.min(at.end, current.length), text, { mode });
}
