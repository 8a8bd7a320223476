/**
 * Reddit. New Reddit's post and comment composer is its own rich-text editor inside the
 * shreddit-composer web component (reported as Lexical-based; not re-verified against the live site,
 * which this network cannot reach); its Markdown mode and old.reddit are textareas, which the fixture
 * reproduces. The rich mode is matched by its contenteditable root, and the generic adapter catches any
 * other editable box, open shadow roots included.
 */
import { defineSite } from './define';
import { SITE_MATCHES } from './matches';

export default defineSite({
  id: 'reddit',
  matches: SITE_MATCHES.reddit,
  composers: [
    // the rich-text body of shreddit-composer (open shadow roots are searched too)
    'shreddit-composer [contenteditable="true"][role="textbox"]',
    '[contenteditable="true"][data-lexical-editor="true"]',
    // markdown mode, post title and old.reddit comment boxes
    'textarea[name="text"]',
    'textarea[name="body"]',
    'textarea',
  ],
  insertMode: 'paste',
  submitButtons: [
    // "Post" on the submit page
    '#submit-post-button',
    // "Comment" under a comment box
    'button[slot="submit-button"]',
    'form button[type="submit"]',
  ],
  submitShortcut: { key: 'Enter', mod: true },
  containers: ['shreddit-composer', 'form', '[role="dialog"]'],
});
