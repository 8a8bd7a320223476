import { siteSuite } from './suite';

siteSuite({ site: 'reddit', url: 'https://www.reddit.com/', editor: 'textarea[name="body"]', post: 'button[slot="submit-button"]' });
