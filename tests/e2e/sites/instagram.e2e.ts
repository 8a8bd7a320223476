import { siteSuite } from './suite';

siteSuite({ site: 'instagram', url: 'https://www.instagram.com/', editor: '[data-lexical-editor="true"]', post: '[data-testid="share"]' });
