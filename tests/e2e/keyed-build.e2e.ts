import { describe, expect, it } from 'vitest';
import { buildKeyed } from './keyed-build';
import { launch } from './harness';

describe('a keyed test build', () => {
  it('loads under the id its public key predicts (so managed policies can name it)', async () => {
    const { dir, extensionId, cleanup } = buildKeyed();
    const browser = await launch({ extensionDir: dir });
    try {
      expect(browser.extensionId).toBe(extensionId);
    } finally {
      await browser.close();
      cleanup();
    }
  });
});
