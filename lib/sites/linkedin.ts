/** LinkedIn. The share box ("Start a post") and comment boxes are Quill editors (.ql-editor). */
import { defineSite } from './define';
import { SITE_MATCHES } from './matches';

export default defineSite({
  id: 'linkedin',
  matches: SITE_MATCHES.linkedin,
  composers: [
    // the share-box dialog and comment boxes: Quill's editable root
    '.ql-editor[contenteditable="true"]',
  ],
  insertMode: 'paste',
  submitButtons: [
    // "Post" in the share-box dialog
    'button.share-actions__primary-action',
    // "Comment" / "Post" under a comment box
    'button.comments-comment-box__submit-button',
  ],
  submitShortcut: { key: 'Enter', mod: true },
  containers: ['[role="dialog"]', 'form.comments-comment-box__form', 'form'],
});
