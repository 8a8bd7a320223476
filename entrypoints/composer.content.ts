import { ALL_SITE_MATCHES } from '../lib/sites/matches';
import { startComposer } from '../lib/sites/runtime';

export default defineContentScript({
  matches: ALL_SITE_MATCHES,
  runAt: 'document_idle',
  main() {
    // Wiring only: the runtime picks the site adapter (lib/sites) and does nothing on unsupported pages.
    startComposer(document);
  },
});
