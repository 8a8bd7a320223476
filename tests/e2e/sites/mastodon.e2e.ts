import { siteSuite } from './suite';

siteSuite({ site: 'mastodon', url: 'https://mastodon.social/', editor: 'textarea.autosuggest-textarea__textarea', post: '.compose-form__publish button' });
