/**
 * Real-browser harness: Debian's Chromium (via playwright-core, never a downloaded browser) with the
 * built extension loaded, and fixture pages served over local HTTPS under the real sites' host names
 * (--host-resolver-rules maps them to 127.0.0.1), so site adapters keep their real `matches`.
 * Nothing leaves the machine: every mapped name resolves to loopback.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const FIXTURES_DIR = join(ROOT, 'tests/fixtures');
export const SCREENSHOT_DIR = join(ROOT, 'test-results/screenshots');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Host name -> fixture folder (under tests/fixtures). A request for https://HOST/PATH is served from
 * tests/fixtures/FOLDER/PATH (index.html for "/").
 */
export const FIXTURE_HOSTS: Record<string, string> = {
  'x.com': 'sites/x',
  'www.facebook.com': 'sites/facebook',
  'www.instagram.com': 'sites/instagram',
  'www.linkedin.com': 'sites/linkedin',
  'www.reddit.com': 'sites/reddit',
  'www.threads.com': 'sites/threads',
  'bsky.app': 'sites/bluesky',
  'mastodon.social': 'sites/mastodon',
  'www.tiktok.com': 'sites/tiktok',
  'www.youtube.com': 'sites/youtube',
  // Hosts the extension does not support: must see no change at all.
  'unsupported.example': 'basic',
  // The basic textarea/contenteditable pages, served under a supported host (a Mastodon instance).
  'mastodon.online': 'basic',
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.map': 'application/json',
};

function makeCertificate(dir: string): { key: Buffer; cert: Buffer } {
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2',
    '-subj', '/CN=postsafe-fixtures'], { stdio: 'ignore' });
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

export interface FixtureServer {
  port: number;
  /** every path requested, for the no-network test */
  requests: string[];
  /** requests that matched no fixture file (a page's favicon, or something that should not be asked) */
  notFound: string[];
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const dir = mkdtempSync(join(tmpdir(), 'postsafe-tls-'));
  const tls = makeCertificate(dir);
  const requests: string[] = [];
  const notFound: string[] = [];
  const server: Server = createServer(tls, (req, res) => {
    const host = (req.headers.host ?? '').split(':')[0];
    requests.push(`${host}${req.url}`);
    const folder = FIXTURE_HOSTS[host];
    const path = decodeURIComponent(new URL(req.url ?? '/', 'https://x').pathname);
    const base = folder ? join(FIXTURES_DIR, folder) : undefined;
    const file = base ? normalize(join(base, path.endsWith('/') ? path + 'index.html' : path)) : undefined;
    if (!base || !file || !file.startsWith(base) || !existsSync(file)) {
      notFound.push(`${host}${req.url}`);
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    requests,
    notFound,
    close: () => new Promise<void>((ok) => { server.close(() => ok()); rmSync(dir, { recursive: true, force: true }); }),
  };
}

export interface Browser {
  ctx: BrowserContext;
  extensionId: string;
  worker: Worker;
  server: FixtureServer;
  /** opens a new tab at a fixture URL */
  open(url: string): Promise<Page>;
  /** opens an extension page (popup.html, sidepanel.html, options.html) as a tab */
  openExtensionPage(path: string, options?: { width?: number; height?: number; colorScheme?: 'light' | 'dark' }): Promise<Page>;
  close(): Promise<void>;
}

export async function launch(options: { extensionDir?: string; userDataDir?: string } = {}): Promise<Browser> {
  const ext = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(ext, 'manifest.json'))) throw new Error(`no built extension at ${ext}: run "npx wxt build" first`);
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: run "apt-get install -y chromium" (Debian) or set CHROMIUM_PATH`);
  const server = await startFixtureServer();
  const rules = Object.keys(FIXTURE_HOSTS).map((h) => `MAP ${h}:443 127.0.0.1:${server.port}`).join(', ');
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'postsafe-profile-'));
  const ctx = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${ext}`, `--load-extension=${ext}`,
      '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync', '--disable-background-networking',
      '--disable-component-update', '--disable-quic', '--ignore-certificate-errors',
      `--host-resolver-rules=${rules}, EXCLUDE localhost`,
    ],
  });
  const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    ctx, extensionId, worker, server,
    async open(url) {
      const page = await ctx.newPage();
      await page.goto(url);
      return page;
    },
    async openExtensionPage(path, o = {}) {
      const page = await ctx.newPage();
      await page.setViewportSize({ width: o.width ?? 800, height: o.height ?? 700 });
      if (o.colorScheme) await page.emulateMedia({ colorScheme: o.colorScheme });
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await ctx.close();
      await server.close();
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** An extension page's or the service worker's `chrome` global, as the e2e tests use it (they have no chrome types). */
export interface ExtensionGlobal {
  chrome: {
    runtime: { sendMessage(message: unknown): Promise<unknown>; reload(): void };
    tabs: { query(q: object): Promise<{ id: number; url?: string }[]> };
    storage: { local: { get(k: null): Promise<object> }; session: { get(k: null): Promise<object> } };
  };
}

/** Sends a request to the background from an extension page (as the popup would); returns the reply value. */
export async function askBackground(page: Page, message: object): Promise<unknown> {
  const reply = (await page.evaluate((m) => (globalThis as unknown as ExtensionGlobal).chrome.runtime.sendMessage(m), message)) as { ok: boolean; value?: unknown; error?: string };
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
