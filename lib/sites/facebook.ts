/** Facebook. The post composer and comment boxes are Lexical editors (data-lexical-editor="true"). */
import { defineSite } from './define';
import { SITE_MATCHES } from './matches';

export default defineSite({
  id: 'facebook',
  matches: SITE_MATCHES.facebook,
  composers: [
    // "Create post" dialog and comment boxes: Lexical's root element
    '[contenteditable="true"][data-lexical-editor="true"][role="textbox"]',
  ],
  insertMode: 'paste',
  submitButtons: [
    // the "Post" button of the Create post dialog
    '[role="dialog"] [aria-label="Post"][role="button"]',
    '[aria-label="Post"][role="button"]',
    // the send arrow of a comment box
    '[aria-label="Comment"][role="button"]',
    '#focused-state-composer-submit [role="button"]',
  ],
  // The Create post dialog has no shortcut of its own; Ctrl+Enter is guarded anyway.
  submitShortcut: { key: 'Enter', mod: true },
  enterSubmits: [
    // comment and reply boxes post on a plain Enter
    '[data-lexical-editor="true"][aria-label^="Write a comment"]',
    '[data-lexical-editor="true"][aria-label^="Reply to"]',
    '[data-lexical-editor="true"][aria-label^="Write a public comment"]',
  ],
  containers: ['[role="dialog"]', 'form'],
});
