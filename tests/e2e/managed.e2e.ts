/**
 * Deployment through managed browser policy: a policy file where Debian's Chromium reads managed
 * policies (/etc/chromium/policies/managed/) reaches the extension as storage.managed and is in force.
 * Skips, saying why, where the machine forbids writing there (unit tests cover the precedence logic).
 */
import { accessSync, constants, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, ROOT, screenshot, type Browser } from './harness';
import { waitForHighlight } from './sites/page-probes';
import { buildKeyed } from './keyed-build';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'postsafe-e2e.json');

function canWritePolicies(): string | undefined {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
    return undefined;
  } catch (e) {
    return `cannot write ${POLICY_DIR} (${(e as NodeJS.ErrnoException).code}); managed-policy e2e skipped`;
  }
}

const why = canWritePolicies();
if (why) console.warn(why);

describe.skipIf(!!why)('managed policy in real Chromium', () => {
  let browser: Browser;
  let cleanup = () => {};
  const orgPolicy = JSON.parse(readFileSync(join(ROOT, 'docs/examples/org-policy.json'), 'utf8'));

  beforeAll(async () => {
    const build = buildKeyed();
    const { dir, extensionId } = build;
    cleanup = build.cleanup;
    writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: { policy: orgPolicy } } } }));
    browser = await launch({ extensionDir: dir });
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(POLICY_FILE, { force: true });
    cleanup();
  });

  it('delivers the organisation policy to the extension through storage.managed', async () => {
    const managed = await browser.worker.evaluate(async () => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the service worker's own chrome global
      const c = (globalThis as any).chrome;
      return c.storage.managed.get('policy');
    });
    expect(managed.policy?.organization?.name).toBe(orgPolicy.organization.name);
  });

  it('puts the organisation policy in force: its custom rule fires on a compose box', async () => {
    const page = await browser.open('https://mastodon.online/textarea.html');
    await page.click('textarea');
    await page.keyboard.type('Closing ticket INC0012345 before the weekend.');
    await waitForHighlight(page, 'INC0012345');
    await page.close();
  });

  it('the side panel shows the organisation name and its own snippets', async () => {
    const page = await browser.openExtensionPage('sidepanel.html#snippets');
    await page.getByText(orgPolicy.organization.name).first().waitFor();
    await page.getByText('Set by your organisation').first().waitFor();
    // The organisation's library replaces the default one (expired snippets stay hidden).
    await page.getByText('Screening finds problems early').first().waitFor();
    expect(await page.getByText('Get your flu vaccine').count()).toBe(0);
    await screenshot(page, 'managed-sidepanel');
    await page.close();
  });
});

