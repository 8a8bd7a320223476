/**
 * YouTube. Comment boxes and community posts are plain contenteditable divs
 * (#contenteditable-root inside yt-formatted-string), no editor library.
 */
import { defineSite } from './define';
import { SITE_MATCHES } from './matches';

export default defineSite({
  id: 'youtube',
  matches: SITE_MATCHES.youtube,
  composers: [
    // comment and reply boxes, community post box
    '#contenteditable-root[contenteditable="true"]',
  ],
  insertMode: 'execCommand',
  submitButtons: [
    // "Comment" / "Reply" button under the box
    '#submit-button button',
    'ytd-commentbox #submit-button',
    // "Post" in the community-post box
    'ytd-backstage-post-dialog-renderer #submit-button',
  ],
  submitShortcut: { key: 'Enter', mod: true },
  containers: ['ytd-commentbox', 'ytd-backstage-post-dialog-renderer', '#creation-box'],
});
