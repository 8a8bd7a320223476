/**
 * What loads on every supported page: a focus listener and an attach listener, nothing else. The
 * composer (site adapters, sessions, the card) is injected by the background only when an editable box
 * first takes focus or an image is attached, so a timeline the user only scrolls pays well under a
 * millisecond (issue 7: start-up ≤ 5 ms). Keep this file's imports tiny: it runs on every social page.
 */

/** A box someone could type a post into: a textarea, a text input or a contenteditable region. */
function editable(node: EventTarget | null | undefined): boolean {
  if (!node || typeof (node as Element).tagName !== 'string') return false;
  const el = node as HTMLElement;
  if (el.isContentEditable) return true;
  const tag = el.tagName;
  return tag === 'TEXTAREA' || (tag === 'INPUT' && /^(?:text|search|)$/i.test((el as HTMLInputElement).type ?? ''));
}

/** The focused element, inside open shadow roots too (the composer uses it as well). */
export function deepActive(doc: Document): Element | null {
  let el: Element | null = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/**
 * Calls `load` once: the first time an editable box has focus (now, if one already has it), or when
 * `attach` claims a change, drop or paste event (an image attached before any box had focus; it keeps
 * the event's data for the composer). Returns a function that stops listening.
 */
export function startLoader(doc: Document, load: () => void, attach?: (event: Event) => boolean): () => void {
  const win = doc.defaultView;
  if (!win) return () => undefined;
  let done = false;
  const fire = () => {
    if (done) return;
    done = true;
    win.removeEventListener('focusin', onFocus, true);
    load();
  };
  const onFocus = (event: FocusEvent) => {
    if (editable(event.composedPath()[0])) fire();
  };
  const onAttach = (event: Event) => {
    let claimed = false;
    try { claimed = attach?.(event) ?? false; } catch { claimed = false; }
    if (claimed) fire();
  };
  const types = ['change', 'drop', 'paste'] as const;
  win.addEventListener('focusin', onFocus, true);
  if (attach) for (const t of types) win.addEventListener(t, onAttach, true);
  if (editable(deepActive(doc))) fire();
  return () => {
    win.removeEventListener('focusin', onFocus, true);
    for (const t of types) win.removeEventListener(t, onAttach, true);
  };
}
