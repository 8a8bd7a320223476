import { siteSuite } from './suite';

siteSuite({ site: 'bluesky', url: 'https://bsky.app/', editor: '.ProseMirror', post: '[data-testid="composerPublishBtn"]' });
