import { siteSuite } from './suite';

siteSuite({ site: 'facebook', url: 'https://www.facebook.com/', editor: '[role="dialog"] [data-lexical-editor="true"]', post: '[role="dialog"] [aria-label="Post"][role="button"]' });
