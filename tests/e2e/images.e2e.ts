/**
 * Images attached to a compose box, in real Chromium with the built extension: the image is read on
 * this device (OCR in the extension's offscreen document), its text goes through the same checker, the
 * card lists what the image shows, and the Post guard holds a post whose image has a blocking finding.
 * The test images are drawn by the test (a canvas), not stored in the repository.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Request as PwRequest } from 'playwright-core';
import { FIXTURES_DIR, launch, screenshot, type Browser } from './harness';
import { clickRole, findByRole, waitForNoRole, waitForRole } from './sites/ax';
import { CLEAN_IMAGE, PHI_IMAGE, renderPng, type TextImage } from '../fixtures/images/render';

const URL = 'https://mastodon.online/image.html';
const BADGE = /^PostSafe: \d+ findings?/;
/** OCR on a busy 2-core machine, the first time including the engine's start: generous. */
const OCR_WAIT_MS = 60_000;
const IMAGE_EMAIL = /^Text in the attached image looks like an e-mail address/;

const IMAGE_FACE = /^In the attached image: A face is visible: a patient photo needs written consent under your policy/;
/** Public-domain photos (tests/fixtures/images/photos/README.md): one face, and three without any. */
const PHOTOS = `${FIXTURES_DIR}/images/photos`;
const photo = (name: string) => ({ name, mimeType: 'image/jpeg', buffer: readFileSync(`${PHOTOS}/${name}`) });
const NO_FACE_PHOTOS = ['chelsea.jpg', 'coffee.jpg', 'rocket.jpg'];

interface Pixels { width: number; height: number; rgba: number[] }

/** Decodes image bytes in the page and returns its pixels (RGBA), to look at what a file really holds. */
async function pixelsOf(page: Page, bytes: Buffer, mime: string): Promise<Pixels> {
  return page.evaluate(async ({ base64, mime }) => {
    const blob = new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: mime });
    const bitmap = await createImageBitmap(blob);
    const c = new OffscreenCanvas(bitmap.width, bitmap.height);
    const g = c.getContext('2d')!;
    g.drawImage(bitmap, 0, 0);
    return { width: c.width, height: c.height, rgba: [...g.getImageData(0, 0, c.width, c.height).data] };
  }, { base64: bytes.toString('base64'), mime });
}

/** Every pixel of a rectangle, as [r, g, b]. */
function rect(p: Pixels, x0: number, y0: number, x1: number, y1: number): number[][] {
  const out: number[][] = [];
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) { const i = (y * p.width + x) * 4; out.push([p.rgba[i], p.rgba[i + 1], p.rgba[i + 2]]); }
  return out;
}
const isBlack = (px: number[]) => px.every((v) => v === 0);

/** Saves the card's redacted copy of an image and returns the downloaded file's name and bytes. */
async function saveRedactedCopy(page: Page, imageName: string): Promise<{ name: string; bytes: Buffer }> {
  const download = page.waitForEvent('download', { timeout: 30_000 });
  await clickRole(page, 'button', new RegExp(`^Save a copy of ${imageName.replace('.', '\\.')} with \\d+ regions? blacked out$`));
  const d = await download;
  const path = await d.path();
  return { name: d.suggestedFilename(), bytes: readFileSync(path) };
}

async function attach(page: Page, image: TextImage): Promise<void> {
  const buffer = await renderPng(page, image);
  await page.setInputFiles('input[type=file]', { name: image.name, mimeType: 'image/png', buffer });
}

describe('images attached to a compose box', () => {
  let browser: Browser;
  const requests: string[] = [];
  beforeAll(async () => {
    browser = await launch({ extensionDir: process.env.POSTSAFE_E2E_EXTENSION });
    browser.ctx.on('request', (r: PwRequest) => requests.push(r.url()));
  });
  afterAll(async () => { await browser?.close(); });

  describe('a chart-note screenshot, then a clean poster', () => {
    let page: Page;
    beforeAll(async () => { page = await browser.open(URL); });
    afterAll(async () => { await page?.close(); });

    it('finds the e-mail address in the image text and says it is in the image', async () => {
      await page.click('textarea');
      await page.keyboard.type('Great turnout at clinic today.');
      await attach(page, PHI_IMAGE);
      await waitForRole(page, 'button', BADGE, OCR_WAIT_MS);
      await clickRole(page, 'button', BADGE);
      await waitForRole(page, 'dialog', 'PostSafe check');
      await waitForRole(page, 'StaticText', IMAGE_EMAIL);
      await waitForRole(page, 'StaticText', 'jane@example.com');
      await screenshot(page, 'images-card');
      await clickRole(page, 'button', 'Close');
      await waitForNoRole(page, 'dialog', 'PostSafe check');
    });

    it('holds Post while the image has a blocking finding', async () => {
      await page.click('button:text("Post")');
      await waitForRole(page, 'dialog', /blocks posting/);
      await waitForRole(page, 'StaticText', IMAGE_EMAIL);
      expect(await page.locator('#posted').textContent()).toBe('');
      await screenshot(page, 'images-guard');
      await clickRole(page, 'button', 'Close');
      await waitForNoRole(page, 'dialog', /blocks posting/);
    });

    it('a clean image in its place raises nothing, and the post goes through', async () => {
      await attach(page, CLEAN_IMAGE);
      await waitForNoRole(page, 'button', BADGE, OCR_WAIT_MS);
      // the scan has finished (no "scanning" badge either) and found nothing
      await waitForNoRole(page, 'button', /^PostSafe: scanning/, OCR_WAIT_MS);
      expect(await page.locator('#posted').textContent()).toBe('');
      await page.click('button:text("Post")');
      await expect.poll(() => page.locator('#posted').textContent(), { timeout: OCR_WAIT_MS }).toBe(`posted: Great turnout at clinic today. [${CLEAN_IMAGE.name}]`);
      expect(await findByRole(page, 'button', BADGE)).toBeUndefined();
    });
  });

  describe('photos: faces', () => {
    it('the detector in the offscreen document finds the one face in the portrait and none in the other photos', async () => {
      // The real offscreen document and model, asked the way the background asks it.
      const faces = await browser.worker.evaluate(async (images) => {
        const c = (globalThis as unknown as { chrome: { offscreen: { hasDocument(): Promise<boolean>; createDocument(o: object): Promise<void> }; runtime: { sendMessage(m: object): Promise<{ ok: boolean; faces?: { score: number }[]; cost?: { faceBackend: string }; error?: string } | undefined> } } }).chrome;
        if (!(await c.offscreen.hasDocument())) await c.offscreen.createDocument({ url: 'offscreen.html', reasons: ['WORKERS'], justification: 'e2e' }).catch(() => undefined);
        const out: Record<string, number[] | string> = {};
        for (const [name, dataUrl] of Object.entries(images)) {
          for (let attempt = 0; attempt < 50 && !(name in out); attempt++) {
            const reply = await c.runtime.sendMessage({ kind: 'offscreen/ocr', target: 'offscreen', dataUrl }).catch(() => undefined);
            if (reply) out[name] = reply.ok ? reply.faces!.map((f) => Math.round(f.score * 100) / 100) : `error: ${reply.error}`;
            if (reply?.ok) out.backend = reply.cost!.faceBackend;
            else await new Promise((ok) => setTimeout(ok, 200)); // the document's script is still loading
          }
        }
        return out;
      }, Object.fromEntries(['astronaut.jpg', ...NO_FACE_PHOTOS].map((n) => [n, `data:image/jpeg;base64,${readFileSync(`${PHOTOS}/${n}`).toString('base64')}`])));
      // TensorFlow.js runs on WebAssembly under the extension's CSP (its binaries come from the package)
      expect(faces.backend).toBe('wasm');
      expect(faces['astronaut.jpg']).toHaveLength(1);
      expect((faces['astronaut.jpg'] as number[])[0]).toBeGreaterThan(0.8);
      for (const n of NO_FACE_PHOTOS) expect(faces[n], n).toEqual([]);
    }, OCR_WAIT_MS * 2);

    it('a photo with a face shows the face finding, holds Post, and offers a copy with the face blacked out', async () => {
      const page = await browser.open(URL);
      await page.click('textarea');
      await page.keyboard.type('Our team today.');
      await page.setInputFiles('input[type=file]', photo('astronaut.jpg'));
      await waitForRole(page, 'button', BADGE, OCR_WAIT_MS);
      await page.click('button:text("Post")');
      await waitForRole(page, 'dialog', /blocks posting/);
      await waitForRole(page, 'StaticText', IMAGE_FACE);
      await waitForRole(page, 'StaticText', '1 face');
      expect(await page.locator('#posted').textContent()).toBe('');
      // the card previews the photo with the face outlined before any copy is made
      await waitForRole(page, 'image', 'astronaut.jpg, with what was found outlined in red');
      await screenshot(page, 'images-face-guard');

      const copy = await saveRedactedCopy(page, 'astronaut.jpg');
      expect(copy.name).toBe('astronaut-redacted.png');
      const before = await pixelsOf(page, photo('astronaut.jpg').buffer, 'image/jpeg');
      const after = await pixelsOf(page, copy.bytes, 'image/png');
      expect([after.width, after.height]).toEqual([before.width, before.height]);
      // The face (the detector puts it near x 122-208, y 56-139 in this 384 px portrait) is solid black
      // in the copy and was not in the original; a corner far from it is untouched.
      const face = [140, 75, 190, 125] as const;
      expect(rect(after, ...face).every(isBlack)).toBe(true);
      expect(rect(before, ...face).filter(isBlack).length).toBe(0);
      const corner = [300, 300, 380, 380] as const;
      const was = rect(before, ...corner);
      expect(Math.max(...rect(after, ...corner).flatMap((px, i) => px.map((v, k) => Math.abs(v - was[i][k]))))).toBeLessThanOrEqual(2);
      // the card shows the copy (a thumbnail and a link to save it again); the attachment is unchanged
      await waitForRole(page, 'link', 'Download astronaut-redacted.png');
      await waitForRole(page, 'image', /^Redacted copy of astronaut\.jpg/);
      await screenshot(page, 'images-face-redacted');
      expect(await page.evaluate(() => { const f = document.querySelector<HTMLInputElement>('input[type=file]')!.files!; return [f.length, f[0].name, f[0].size]; }))
        .toEqual([1, 'astronaut.jpg', photo('astronaut.jpg').buffer.length]);
      await page.close();
    });

    it.each(NO_FACE_PHOTOS)('%s (no face) raises no face finding and the post goes through', async (name) => {
      const page = await browser.open(URL);
      await page.click('textarea');
      await page.keyboard.type('Weekend.');
      await page.setInputFiles('input[type=file]', photo(name));
      // Post waits for the scan; with no blocking finding it goes out.
      await page.click('button:text("Post")');
      await expect.poll(() => page.locator('#posted').textContent(), { timeout: OCR_WAIT_MS }).toBe(`posted: Weekend. [${name}]`);
      expect(await findByRole(page, 'StaticText', IMAGE_FACE)).toBeUndefined();
      await page.close();
    });
  });

  it('the redacted copy of a chart screenshot blacks out the words of its findings and leaves the margins', async () => {
    const page = await browser.open(URL);
    await attach(page, PHI_IMAGE);
    await waitForRole(page, 'button', BADGE, OCR_WAIT_MS);
    await clickRole(page, 'button', BADGE);
    await waitForRole(page, 'StaticText', IMAGE_EMAIL);
    const copy = await saveRedactedCopy(page, PHI_IMAGE.name);
    expect(copy.name).toBe('chart-note-redacted.png');
    const after = await pixelsOf(page, copy.bytes, 'image/png');
    // Where renderPng drew the e-mail address on the second line (28 px font, baseline y 130).
    const [start, width] = await page.evaluate((line) => {
      const g = document.createElement('canvas').getContext('2d')!;
      g.font = '28px "DejaVu Sans", "Liberation Sans", sans-serif';
      const at = line.indexOf('jane@');
      return [30 + g.measureText(line.slice(0, at)).width, g.measureText('jane@example.com').width];
    }, PHI_IMAGE.lines[1]);
    expect(rect(after, Math.ceil(start) + 2, 112, Math.floor(start + width) - 2, 128).every(isBlack)).toBe(true);
    // The white margin above the text stays white.
    expect(rect(after, 0, 0, after.width, 20).every((px) => px.every((v) => v === 255))).toBe(true);
    await page.close();
  });

  it('checks an image attached before the compose box was focused', async () => {
    const page = await browser.open(URL);
    await attach(page, PHI_IMAGE);
    await waitForRole(page, 'button', BADGE, OCR_WAIT_MS);
    await page.click('button:text("Post")');
    await waitForRole(page, 'dialog', /blocks posting/);
    expect(await page.locator('#posted').textContent()).toBe('');
    await page.close();
  });

  it('a Post clicked while the image is still being read waits for the scan, then holds', async () => {
    const page = await browser.open(URL);
    await page.click('textarea');
    await page.keyboard.type('Photo from today.');
    await attach(page, PHI_IMAGE);
    // Straight away: the scan has just started (or already finished); either way the post must not go out.
    await page.click('button:text("Post")');
    await waitForRole(page, 'dialog', /blocks posting/, OCR_WAIT_MS);
    expect(await page.locator('#posted').textContent()).toBe('');
    await page.close();
  });

  it.each(['paste', 'drop'] as const)('checks an image attached by a %s on the compose box', async (how) => {
    const page = await browser.open(URL);
    await page.click('textarea');
    const base64 = (await renderPng(page, PHI_IMAGE)).toString('base64');
    await page.evaluate(({ base64, name, how }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], name, { type: 'image/png' }));
      const box = document.querySelector('textarea')!;
      box.dispatchEvent(how === 'paste'
        ? new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
        : new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, { base64, name: PHI_IMAGE.name, how });
    await waitForRole(page, 'button', BADGE, OCR_WAIT_MS);
    await clickRole(page, 'button', BADGE);
    await waitForRole(page, 'StaticText', IMAGE_EMAIL);
    await page.close();
  });

  it('keeps nothing: no image text in extension storage, no IndexedDB (no OCR cache), no request off the machine', async () => {
    const stored = await browser.worker.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<object> }; session: { get(k: null): Promise<object> } } } }).chrome;
      return JSON.stringify({ local: await c.storage.local.get(null), session: await c.storage.session.get(null), dbs: (await indexedDB.databases()).map((d) => d.name) });
    });
    for (const t of ['jane@example.com', 'Maria Gomez', '00482913']) expect(stored).not.toContain(t);
    expect(JSON.parse(stored).dbs).toEqual([]);
    // What Playwright sees (pages, content scripts); the offscreen document's own file paths are pinned
    // to the extension by tests/lib/images/recognize.test.ts.
    const outside = requests.filter((u) => !/^(chrome-extension|data|blob):/.test(u) && !u.startsWith('https://mastodon.online/'));
    expect(outside).toEqual([]);
  });
});
