/** Threads. The "New thread" composer is a Lexical editor, like Facebook's and Instagram's. */
import { defineSite } from './define';
import { SITE_MATCHES } from './matches';

export default defineSite({
  id: 'threads',
  matches: SITE_MATCHES.threads,
  composers: [
    // the composer's Lexical root (one per thread item in a multi-post thread)
    '[contenteditable="true"][data-lexical-editor="true"][role="textbox"]',
  ],
  insertMode: 'paste',
  submitButtons: [
    // "Post" at the foot of the New thread dialog
    '[role="dialog"] [role="button"][data-testid="post-button"]',
    '[role="dialog"] div[role="button"]:is([aria-label="Post"])',
  ],
  submitShortcut: { key: 'Enter', mod: true },
});
