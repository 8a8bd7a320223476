/**
 * Underlines through the CSS Custom Highlight API: it touches no editor DOM, so the site's editor never
 * sees our markup. One highlight per severity; the `::highlight()` rules go into the page (or a shadow
 * root) only once a compose box is active, so an idle page stays untouched.
 */
import type { Severity } from '../check/types';

export const HIGHLIGHT_NAMES: Record<Severity, string> = {
  block: 'postsafe-block',
  warn: 'postsafe-warn',
  info: 'postsafe-info',
};

const COLOURS: Record<Severity, string> = { block: '#d32f2f', warn: '#e08a00', info: '#1a73e8' };

export const HIGHLIGHT_CSS = (Object.keys(HIGHLIGHT_NAMES) as Severity[])
  .map((s) => `::highlight(${HIGHLIGHT_NAMES[s]}){text-decoration:underline wavy ${COLOURS[s]} 2px;` +
    `text-decoration-skip-ink:none;text-underline-offset:3px;background-color:${COLOURS[s]}1f}`)
  .join('\n');

const styled = new WeakMap<Document | ShadowRoot, HTMLStyleElement>();

/** Adds the highlight rules to a document or shadow root, once. */
export function ensureHighlightStyle(target: Document | ShadowRoot): void {
  if (styled.get(target)?.isConnected) return;
  const style = (target instanceof Document ? target : target.ownerDocument).createElement('style');
  style.textContent = HIGHLIGHT_CSS;
  styled.set(target, style);
  if (target instanceof Document) (target.head ?? target.documentElement).appendChild(style);
  else target.appendChild(style);
}

/** Takes the rules out again (pause): the page goes back to exactly what it was. */
export function removeHighlightStyle(target: Document | ShadowRoot): void {
  styled.get(target)?.remove();
  styled.delete(target);
}

export function highlightSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

/**
 * The ranges one compose box contributes, per severity. Several boxes share the page's registry, so
 * each owner's ranges are kept and the registry rebuilt from all owners.
 */
const owners = new Map<object, Record<Severity, Range[]>>();

export function setHighlights(owner: object, ranges: Record<Severity, Range[]> | null): void {
  if (!highlightSupported()) return;
  if (ranges) owners.set(owner, ranges);
  else owners.delete(owner);
  for (const severity of Object.keys(HIGHLIGHT_NAMES) as Severity[]) {
    const all = [...owners.values()].flatMap((r) => r[severity]);
    const name = HIGHLIGHT_NAMES[severity];
    if (all.length) {
      const h = new Highlight(...all);
      // Worse findings paint over milder ones where they overlap.
      h.priority = severity === 'block' ? 3 : severity === 'warn' ? 2 : 1;
      CSS.highlights.set(name, h);
    } else {
      CSS.highlights.delete(name);
    }
  }
}
