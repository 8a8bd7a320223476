/**
 * Any textarea or contenteditable, for hosts an organisation adds (policy sites.extraHosts) and as the
 * fallback when a site's own selectors miss a box. The insert path is chosen per element: rich editors
 * announce themselves with their root class or attribute.
 */
import { defineSite } from './define';

export default defineSite({
  id: 'generic',
  matches: [],
  composers: [
    // multi-line text fields
    'textarea',
    // rich or plain contenteditable roots
    '[contenteditable="true"]',
    '[contenteditable=""]',
    '[contenteditable="plaintext-only"]',
    // ARIA textboxes that are editable
    '[role="textbox"][contenteditable]',
  ],
  insertMode: 'paste',
  submitButtons: ['button[type="submit"]', 'input[type="submit"]', 'button#post', '[data-testid="post"]'],
  submitShortcut: { key: 'Enter', mod: true },
});

/** Editors whose roots identify them as rich editors (synthetic paste works; execCommand corrupts them). */
const RICH_EDITOR_ROOTS = [
  '[data-lexical-editor]', // Lexical
  '.public-DraftEditor-content', // Draft.js
  '.ql-editor', // Quill
  '.ProseMirror', // ProseMirror / TipTap
];

export function insertModeFor(el: HTMLElement): 'paste' | 'execCommand' {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return 'execCommand';
  return RICH_EDITOR_ROOTS.some((s) => el.closest(s)) ? 'paste' : 'execCommand';
}
