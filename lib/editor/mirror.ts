/**
 * Underlines for a <textarea>: highlights can't reach inside a textarea's value, so a mirror with the
 * same box, font and wrapping sits exactly over it (closed shadow root, transparent text, no pointer
 * events) and the highlight ranges are placed on the mirror's text. The textarea itself is never touched.
 */
import { ensureHighlightStyle } from './highlight';

const COPIED = [
  'boxSizing', 'width', 'height', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderStyle',
  'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontVariant', 'fontStretch', 'letterSpacing', 'wordSpacing',
  'lineHeight', 'textAlign', 'textIndent', 'textTransform', 'direction', 'tabSize', 'unicodeBidi',
] as const;

const HOST_CSS = ':host { all: initial !important; display: block !important; position: absolute !important; top: 0 !important; ' +
  'left: 0 !important; width: 0 !important; height: 0 !important; pointer-events: none !important; z-index: 2147483646 !important; ' +
  'contain: layout style !important; }';

export class TextareaMirror {
  private host: HTMLElement;
  private box: HTMLDivElement;
  private textNode: Text;
  private observer: ResizeObserver;
  private readonly sync = () => this.position();

  constructor(private readonly field: HTMLTextAreaElement) {
    const doc = field.ownerDocument;
    this.host = doc.createElement('postsafe-mirror');
    const root = this.host.attachShadow({ mode: 'closed' });
    ensureHighlightStyle(root);
    // The host is a zero-sized anchor whose box only :host sets, with !important: inside the shadow tree
    // that outranks the page's own !important (CSS Scoping), so a page cannot hide the underlines. The
    // mirror box moves and hides inside the shadow root, where page CSS does not reach.
    const hostStyle = doc.createElement('style');
    hostStyle.textContent = HOST_CSS;
    root.appendChild(hostStyle);
    this.box = doc.createElement('div');
    this.box.style.position = 'absolute';
    this.box.style.top = '0';
    this.box.style.left = '0';
    this.box.setAttribute('aria-hidden', 'true');
    this.textNode = doc.createTextNode('');
    this.box.appendChild(this.textNode);
    root.appendChild(this.box);
    doc.body.appendChild(this.host);
    field.addEventListener('scroll', this.sync, { passive: true });
    field.addEventListener('input', this.sync, { passive: true });
    doc.defaultView?.addEventListener('resize', this.sync, { passive: true });
    doc.defaultView?.addEventListener('scroll', this.sync, { passive: true, capture: true });
    this.observer = new ResizeObserver(this.sync);
    this.observer.observe(field);
    this.position();
  }

  /** Copies the field's text and box; returns the mirror text node highlights are placed on. */
  update(text: string): Text {
    if (this.textNode.data !== text) this.textNode.data = text;
    this.position();
    return this.textNode;
  }

  rangeFor(start: number, end: number): Range | null {
    const len = this.textNode.data.length;
    if (start >= end || end > len) return null;
    const r = this.field.ownerDocument.createRange();
    r.setStart(this.textNode, start);
    r.setEnd(this.textNode, end);
    return r;
  }

  private position(): void {
    const cs = getComputedStyle(this.field);
    const rect = this.field.getBoundingClientRect();
    const win = this.field.ownerDocument.defaultView;
    const s = this.box.style;
    for (const p of COPIED) s[p] = cs[p];
    s.borderColor = 'transparent';
    s.color = 'transparent';
    s.whiteSpace = 'pre-wrap';
    s.overflowWrap = 'break-word';
    s.overflow = 'hidden';
    s.margin = '0';
    s.background = 'transparent';
    s.transform = `translate(${rect.left + (win?.scrollX ?? 0)}px, ${rect.top + (win?.scrollY ?? 0)}px)`;
    s.display = rect.width && rect.height ? 'block' : 'none';
    this.box.scrollTop = this.field.scrollTop;
    this.box.scrollLeft = this.field.scrollLeft;
    // The textarea's scrollbar narrows its content box; match it.
    const scrollbar = this.field.offsetWidth - this.field.clientWidth - parseFloat(cs.borderLeftWidth) - parseFloat(cs.borderRightWidth);
    s.paddingRight = `${parseFloat(cs.paddingRight) + Math.max(0, scrollbar)}px`;
  }

  destroy(): void {
    this.observer.disconnect();
    this.field.removeEventListener('scroll', this.sync);
    this.field.removeEventListener('input', this.sync);
    this.field.ownerDocument.defaultView?.removeEventListener('resize', this.sync);
    this.field.ownerDocument.defaultView?.removeEventListener('scroll', this.sync, { capture: true });
    this.host.remove();
  }
}
