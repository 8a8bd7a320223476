/** Bluesky (bsky.app). The composer is TipTap, i.e. ProseMirror (.ProseMirror, role=textbox). */
import { defineSite } from './define';
import { SITE_MATCHES } from './matches';

export default defineSite({
  id: 'bluesky',
  matches: SITE_MATCHES.bluesky,
  composers: [
    // the TipTap/ProseMirror editor in the compose dialog
    '[data-testid="composerTextInput"] .ProseMirror[contenteditable="true"]',
    '.ProseMirror[contenteditable="true"]',
  ],
  insertMode: 'paste',
  submitButtons: [
    // "Post" / "Reply" in the compose dialog header
    '[data-testid="composerPublishBtn"]',
  ],
  submitShortcut: { key: 'Enter', mod: true },
  containers: ['[role="dialog"]', '[data-testid="composePostView"]'],
});
