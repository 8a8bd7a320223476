/**
 * Mastodon (mastodon.social and other instances). The web composer is a React-controlled <textarea>
 * (.autosuggest-textarea__textarea) inside form.compose-form.
 */
import { defineSite } from './define';
import { SITE_MATCHES } from './matches';

export default defineSite({
  id: 'mastodon',
  matches: SITE_MATCHES.mastodon,
  composers: [
    // the toot box, with autosuggest
    'textarea.autosuggest-textarea__textarea',
    // any status textarea (simple UI, older versions, and the basic test pages)
    'textarea[name="status"]',
    'form textarea',
  ],
  insertMode: 'execCommand',
  submitButtons: [
    // "Post" / "Publish!" in the compose form
    '.compose-form__publish button[type="submit"]',
    'form button[type="submit"]',
  ],
  // Ctrl/Cmd+Enter submits the compose form
  submitShortcut: { key: 'Enter', mod: true },
  containers: ['form.compose-form', 'form'],
});
