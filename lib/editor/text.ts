/**
 * Reading a compose box's text from the DOM. An isolated-world content script cannot see the editor's
 * own model, so the text is rebuilt with a TreeWalker: text nodes in order, `\n` at `<br>` and block
 * boundaries. Each text node keeps its (node, start, end) segment so check() offsets map back to Ranges.
 */

export interface Segment {
  node: Text;
  start: number;
  end: number;
}

export interface EditorText {
  text: string;
  segments: Segment[];
}

const BLOCKS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TR', 'SECTION', 'ARTICLE']);

function isBlock(el: Element): boolean {
  return BLOCKS.has(el.tagName);
}

/** Text of a contenteditable root, with the segments that produced it. */
export function readEditable(root: HTMLElement): EditorText {
  const segments: Segment[] = [];
  let text = '';
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      // Nothing the editor marks as not editable (placeholders, mention chips' chrome) is draft text.
      if (node.nodeType === Node.ELEMENT_NODE && node !== root && (node as HTMLElement).contentEditable === 'false') {
        return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      const value = (node as Text).data;
      if (!value) continue;
      segments.push({ node: node as Text, start: text.length, end: text.length + value.length });
      text += value;
    } else {
      const el = node as Element;
      if (el.tagName === 'BR') text += '\n';
      else if (isBlock(el) && text.length > 0 && !text.endsWith('\n')) text += '\n';
    }
  }
  return { text, segments };
}

/** A DOM Range over [start, end) of the text read by readEditable, or null if it cannot be placed. */
export function rangeFor(segments: Segment[], start: number, end: number): Range | null {
  if (!segments.length || start >= end) return null;
  const from = locate(segments, start, 'start');
  const to = locate(segments, end, 'end');
  if (!from || !to) return null;
  const range = from.node.ownerDocument.createRange();
  try {
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
  } catch {
    return null;
  }
  return range.collapsed ? null : range;
}

function locate(segments: Segment[], offset: number, edge: 'start' | 'end'): { node: Text; offset: number } | null {
  for (const s of segments) {
    if (edge === 'start' ? offset < s.end : offset <= s.end) {
      // An offset on a synthetic newline between segments snaps to the next segment's start (or the
      // previous one's end), so a range never starts or ends inside a gap.
      const clamped = Math.max(s.start, Math.min(offset, s.end));
      return { node: s.node, offset: clamped - s.start };
    }
  }
  const last = segments[segments.length - 1];
  return edge === 'end' ? { node: last.node, offset: last.end - last.start } : null;
}

/** The text of any compose box: a textarea's value, or the rebuilt text of a contenteditable. */
export function readComposer(el: HTMLElement): EditorText {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return { text: el.value, segments: [] };
  return readEditable(el);
}

/** The current selection of a compose box as text offsets, or null when the selection is elsewhere. */
export function selectionOffsets(el: HTMLElement): { start: number; end: number } | null {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
    return { start: el.selectionStart ?? el.value.length, end: el.selectionEnd ?? el.value.length };
  }
  const selection = el.ownerDocument.getSelection();
  if (!selection || !selection.rangeCount) return null;
  const range = selection.getRangeAt(0);
  if (!el.contains(range.startContainer)) return null;
  const { segments, text } = readEditable(el);
  const toOffset = (node: Node, offset: number): number => {
    for (const s of segments) if (s.node === node) return s.start + offset;
    // A caret on an element boundary: count the text of the nodes before it.
    const probe = el.ownerDocument.createRange();
    probe.selectNodeContents(el);
    try { probe.setEnd(node, offset); } catch { return text.length; }
    let end = 0;
    for (const s of segments) if (probe.intersectsNode(s.node)) end = s.end;
    return end;
  };
  return { start: toOffset(range.startContainer, range.startOffset), end: toOffset(range.endContainer, range.endOffset) };
}
