/** X (twitter.com / x.com). Today's composer is Draft.js (DraftEditor-root, public-DraftEditor-content). */
import { defineSite } from './define';
import { SITE_MATCHES } from './matches';

export default defineSite({
  id: 'x',
  matches: SITE_MATCHES.x,
  composers: [
    // the post and reply box: Draft's content div carries the testid tweetTextarea_0, _1 … per thread item
    '[data-testid^="tweetTextarea_"][contenteditable="true"]',
    // Draft.js content editable inside any other X composer (DM, quote)
    '.public-DraftEditor-content[contenteditable="true"]',
  ],
  insertMode: 'paste',
  submitButtons: [
    // "Post" in the inline composer on the home timeline
    '[data-testid="tweetButtonInline"]',
    // "Post" / "Reply" in the compose dialog
    '[data-testid="tweetButton"]',
  ],
  // Ctrl/Cmd+Enter posts from the composer
  submitShortcut: { key: 'Enter', mod: true },
  containers: ['[role="dialog"]', '[data-testid="toolBar"]', '[data-testid="primaryColumn"]'],
});
