import { startComposer } from '../lib/sites/runtime';
import { composerGlobals } from '../lib/sites/globals';

/** The composer proper, injected once per frame by the background when the loader asks (composer/load). */
export default defineUnlistedScript(() => {
  const g = composerGlobals();
  if (g.__postsafeComposer) return; // injected twice (two loads raced): one runtime per frame
  g.__postsafeComposer = true;
  // Wiring only: the runtime picks the site adapter (lib/sites) and does nothing on unsupported pages.
  startComposer(document);
});
