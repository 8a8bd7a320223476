import { ALL_SITE_MATCHES } from '../lib/sites/matches';
import { startLoader } from '../lib/sites/loader';
import { attachEventOf } from '../lib/images/attachments';
import { composerGlobals } from '../lib/sites/globals';

export default defineContentScript({
  matches: ALL_SITE_MATCHES,
  runAt: 'document_idle',
  main() {
    // Only a focus and an attach listener run on every page; the composer itself
    // (entrypoints/composer-main.ts) is injected by the background into this frame when a box first
    // takes focus or an image is attached. Attach events seen before it runs wait for it in a queue.
    const g = composerGlobals();
    startLoader(
      document,
      () => { void browser.runtime.sendMessage({ kind: 'composer/load' }).catch(() => undefined); },
      (event) => {
        if (g.__postsafeComposer) return false; // the composer listens for itself now
        const attach = attachEventOf(event);
        if (!attach?.files.length) return false;
        (g.__postsafePendingAttach ??= []).push(attach);
        return true;
      },
    );
  },
});
