/**
 * What loads on every supported page: a focus listener and nothing else. The composer (site adapters,
 * sessions, the card) is injected by the background only when an editable box first takes focus, so a
 * timeline the user only scrolls pays well under a millisecond (issue 7: start-up ≤ 5 ms). Keep this file
 * free of imports beyond the browser global: everything it pulls in runs on every social page.
 */

/** A box someone could type a post into: a textarea, a text input or a contenteditable region. */
function editable(node: EventTarget | null | undefined): boolean {
  if (!node || typeof (node as Element).tagName !== 'string') return false;
  const el = node as HTMLElement;
  if (el.isContentEditable) return true;
  const tag = el.tagName;
  return tag === 'TEXTAREA' || (tag === 'INPUT' && /^(?:text|search|)$/i.test((el as HTMLInputElement).type ?? ''));
}

/** The focused element, inside open shadow roots too. */
function deepActive(doc: Document): Element | null {
  let el: Element | null = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/**
 * Calls `load` once, the first time an editable box has focus (now, if one already has it).
 * Returns a function that stops listening.
 */
export function startLoader(doc: Document, load: () => void): () => void {
  const win = doc.defaultView;
  if (!win) return () => undefined;
  let done = false;
  const stop = () => win.removeEventListener('focusin', onFocus, true);
  const fire = () => {
    if (done) return;
    done = true;
    stop();
    load();
  };
  const onFocus = (event: FocusEvent) => {
    if (editable(event.composedPath()[0])) fire();
  };
  win.addEventListener('focusin', onFocus, true);
  if (editable(deepActive(doc))) fire();
  return stop;
}
