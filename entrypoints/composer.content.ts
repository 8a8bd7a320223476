import { ALL_SITE_MATCHES } from '../lib/sites/matches';
import { startLoader } from '../lib/sites/loader';

export default defineContentScript({
  matches: ALL_SITE_MATCHES,
  runAt: 'document_idle',
  main() {
    // Only a focus listener runs on every page; the composer itself (entrypoints/composer-main.ts) is
    // injected by the background into this frame when a box first takes focus.
    startLoader(document, () => {
      void browser.runtime.sendMessage({ kind: 'composer/load' }).catch(() => undefined);
    });
  },
});
