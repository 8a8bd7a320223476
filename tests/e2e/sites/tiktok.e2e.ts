import { siteSuite } from './suite';

siteSuite({ site: 'tiktok', url: 'https://www.tiktok.com/', editor: '.public-DraftEditor-content', post: '[data-e2e="post_video_button"]' });
