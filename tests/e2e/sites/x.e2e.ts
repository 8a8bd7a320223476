import { siteSuite } from './suite';

siteSuite({ site: 'x', url: 'https://x.com/', editor: '[data-testid="tweetTextarea_0"]', post: '[data-testid="tweetButtonInline"]' });
