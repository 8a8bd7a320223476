import { siteSuite } from './suite';

siteSuite({ site: 'linkedin', url: 'https://www.linkedin.com/', editor: '.ql-editor', post: '.share-actions__primary-action' });
