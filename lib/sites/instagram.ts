/**
 * Instagram web. The new-post caption and comment boxes are Lexical editors (data-lexical-editor); older
 * comment boxes were textareas, matched as a fallback.
 */
import { defineSite } from './define';
import { SITE_MATCHES } from './matches';

export default defineSite({
  id: 'instagram',
  matches: SITE_MATCHES.instagram,
  composers: [
    // caption of the "Create new post" dialog: Lexical root with aria-label "Write a caption..."
    '[contenteditable="true"][data-lexical-editor="true"]',
    // comment box (older layout): a textarea labelled "Add a comment…"
    'textarea[aria-label^="Add a comment"]',
  ],
  insertMode: 'paste',
  submitButtons: [
    // "Share" in the create-post dialog header
    '[role="dialog"] [role="button"][data-testid="share"]',
    '[role="dialog"] div[role="button"]:is([aria-label="Share"])',
    // "Post" next to a comment box
    'form [role="button"][data-testid="post-comment"]',
    'form button[type="submit"]',
  ],
  submitShortcut: { key: 'Enter', mod: true },
  enterSubmits: [
    // the comment box posts on a plain Enter
    'textarea[aria-label^="Add a comment"]',
    '[data-lexical-editor="true"][aria-label^="Add a comment"]',
  ],
});
