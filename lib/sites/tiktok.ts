/** TikTok. The upload caption and the comment box are Draft.js editors (.public-DraftEditor-content). */
import { defineSite } from './define';
import { SITE_MATCHES } from './matches';

export default defineSite({
  id: 'tiktok',
  matches: SITE_MATCHES.tiktok,
  composers: [
    // caption on the upload page and the comment box: Draft's content div
    '.public-DraftEditor-content[contenteditable="true"]',
    '[data-e2e="comment-input"] [contenteditable="true"]',
  ],
  insertMode: 'paste',
  submitButtons: [
    // "Post" on the upload page
    '[data-e2e="post_video_button"]',
    // "Post" next to the comment box
    '[data-e2e="comment-post"]',
  ],
  submitShortcut: { key: 'Enter', mod: true },
  containers: ['[data-e2e="comment-input"]', 'form', '[role="dialog"]'],
});
