import { siteSuite } from './suite';

siteSuite({ site: 'youtube', url: 'https://www.youtube.com/', editor: '#contenteditable-root', post: '#submit-button button' });
