import type { AttachEvent } from '../images/attachments';

/**
 * What the loader content script and the composer it injects share: both run in this extension's
 * isolated world of the same frame, so they see the same globalThis (the page does not).
 */
export interface ComposerGlobals {
  /** the composer runs in this frame (set once, so a second injection does nothing) */
  __postsafeComposer?: boolean;
  /** images attached before the composer ran, for it to check when it starts */
  __postsafePendingAttach?: AttachEvent[];
}

export const composerGlobals = (): ComposerGlobals => globalThis as ComposerGlobals;
