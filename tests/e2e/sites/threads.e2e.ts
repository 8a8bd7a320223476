import { siteSuite } from './suite';

siteSuite({ site: 'threads', url: 'https://www.threads.com/', editor: '[data-lexical-editor="true"]', post: '[data-testid="post-button"]' });
