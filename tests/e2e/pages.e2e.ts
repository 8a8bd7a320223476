import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, screenshot, type Browser } from './harness';

describe('extension pages in real Chromium', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it('loads the extension with a service worker', () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
  });

  it.each(['popup.html', 'sidepanel.html', 'options.html'])('renders %s', async (path) => {
    const page = await browser.openExtensionPage(path);
    await page.locator('h1').first().waitFor();
    expect(await page.locator('h1').first().textContent()).toContain('PostSafe');
    await screenshot(page, `page-${path.replace('.html', '')}`);
    await page.close();
  });
});
