/**
 * Image check speed (issue 9): real Chromium with the built extension, a 1920×1080 "screenshot" drawn
 * in a canvas (a page of chart notes with PHI), attached to the basic compose page through its file
 * input. Reports the time from the attach to the image's findings in the card: the first image (the
 * OCR engine and the face detector start: offscreen document, worker, WASM, English model, TensorFlow.js
 * and the face model) and later ones (warm).
 *
 * Then faces: the public-domain photo fixtures (tests/fixtures/images/photos) sent to the offscreen
 * document the way the background sends them, with the faces found and the time of each reply (OCR
 * and face detection run side by side, so this is the whole image read), the portrait attached to the
 * compose box (attach to the face finding in the card), and the memory of the extension's renderer
 * process (offscreen document, OCR worker, face model) before the first image and after them all.
 *
 *   npx wxt build && npm run --silent bench:images [-- --smoke]
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES_DIR, launch } from '../tests/e2e/harness';
import { findByRole } from '../tests/e2e/sites/ax';

const smoke = process.argv.includes('--smoke');
const WARM_TRIALS = smoke ? 1 : 5;
const BADGE = /^PostSafe: \d+ findings?/;

const LINES = [
  'Clinic notes - ward 4 handover',
  'Patient: Maria Gomez   DOB 04/11/1957   MRN 00482913',
  'Contact: jane@example.com   Phone (555) 201-3344',
  'Seen today for follow-up of hypertension, BP 142/88.',
  'Plan: continue lisinopril 10 mg, recheck in 2 weeks.',
  'Flu clinic Saturday 9am-1pm in the main lobby, all welcome.',
];

const PHOTOS = join(FIXTURES_DIR, 'images/photos');
const PHOTO_FILES = ['astronaut.jpg', 'chelsea.jpg', 'coffee.jpg', 'rocket.jpg'];

/** Resident memory (MB) of this profile's extension renderer processes (Linux /proc). */
function extensionRssMb(userDataDir: string): number {
  // Zygote-forked renderers rewrite their command line into one space-separated string: split on both.
  const cmd = (pid: string) => { try { return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/); } catch { return []; } };
  const pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  const root = pids.find((p) => { const c = cmd(p); return c.includes(`--user-data-dir=${userDataDir}`) && !c.some((a) => a.startsWith('--type=')); });
  if (!root) return NaN;
  const parent = (pid: string) => { try { return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]; } catch { return ''; } };
  const descends = (pid: string): boolean => { for (let p = pid, n = 0; p && p !== '1' && n < 10; p = parent(p), n++) if (p === root) return true; return false; };
  let kb = 0;
  for (const p of pids) {
    if (p === root || !descends(p) || !cmd(p).includes('--extension-process')) continue;
    const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
    kb += m ? Number(m[1]) : 0;
  }
  return Math.round(kb / 1024);
}

async function main() {
  const userDataDir = mkdtempSync(join(tmpdir(), 'postsafe-bench-'));
  const browser = await launch({ userDataDir });
  const rssBefore = extensionRssMb(userDataDir);
  const page = await browser.open('https://mastodon.online/image.html');
  const png = async (n: number) => {
    const dataUrl = await page.evaluate(({ lines, n }) => {
      const c = document.createElement('canvas');
      c.width = 1920; c.height = 1080;
      const g = c.getContext('2d')!;
      g.fillStyle = '#f4f6f8'; g.fillRect(0, 0, c.width, c.height);
      g.fillStyle = '#ffffff'; g.fillRect(360, 80, 1200, 920);
      g.fillStyle = '#1b1b1b'; g.font = '30px "DejaVu Sans", sans-serif';
      lines.forEach((line, i) => g.fillText(line.replace('00482913', String(482913 + n).padStart(8, '0')), 400, 160 + i * 70));
      return c.toDataURL('image/png');
    }, { lines: LINES, n });
    return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
  };
  const scan = async (n: number) => {
    const buffer = await png(n);
    const t0 = performance.now();
    await page.setInputFiles('input[type=file]', { name: `screenshot-${n}.png`, mimeType: 'image/png', buffer });
    for (;;) {
      if (await findByRole(page, 'button', BADGE)) return performance.now() - t0;
      if (performance.now() - t0 > 120_000) throw new Error('no image findings after 120 s');
      await page.waitForTimeout(20); // polling interval
    }
  };
  const clear = async () => {
    await page.setInputFiles('input[type=file]', []);
    while (await findByRole(page, 'button', BADGE)) await page.waitForTimeout(20);
  };
  const first = await scan(0);
  const warm: number[] = [];
  for (let i = 1; i <= WARM_TRIALS; i++) {
    await clear();
    warm.push(await scan(i));
  }
  await clear();

  // Faces: each fixture photo through the offscreen document, as the background sends it.
  const photos = await browser.worker.evaluate(async (images) => {
    const c = (globalThis as unknown as { chrome: { offscreen: { hasDocument(): Promise<boolean>; createDocument(o: object): Promise<void> }; runtime: { sendMessage(m: object): Promise<{ ok: boolean; faces?: { score: number }[]; cost?: { ocrMs: number; facesMs: number; faceBackend: string }; error?: string } | undefined> } } }).chrome;
    if (!(await c.offscreen.hasDocument())) await c.offscreen.createDocument({ url: 'offscreen.html', reasons: ['WORKERS'], justification: 'bench' }).catch(() => undefined);
    const out: { photo: string; faces: string; ms: number; ocrMs?: number; facesMs?: number; faceBackend?: string }[] = [];
    for (const [photo, dataUrl] of images) {
      const t0 = performance.now();
      const reply = await c.runtime.sendMessage({ kind: 'offscreen/ocr', target: 'offscreen', dataUrl });
      out.push({ photo, faces: !reply ? 'no reply' : reply.ok ? `${reply.faces!.length}${reply.faces!.length ? ` (score ${reply.faces!.map((f) => f.score.toFixed(2)).join(', ')})` : ''}` : `error: ${reply.error}`, ms: Math.round(performance.now() - t0), ...(reply?.ok ? reply.cost : {}) });
    }
    return out;
  }, PHOTO_FILES.map((f) => [f, `data:image/jpeg;base64,${readFileSync(join(PHOTOS, f)).toString('base64')}`]));
  // The portrait attached to the compose box: attach to the face finding in the card.
  const t0 = performance.now();
  await page.setInputFiles('input[type=file]', { name: 'astronaut.jpg', mimeType: 'image/jpeg', buffer: readFileSync(join(PHOTOS, 'astronaut.jpg')) });
  while (!(await findByRole(page, 'button', BADGE))) {
    if (performance.now() - t0 > 120_000) throw new Error('no face finding after 120 s');
    await page.waitForTimeout(20);
  }
  const portraitMs = Math.round(performance.now() - t0);
  const rssAfter = extensionRssMb(userDataDir);
  await browser.close();
  rmSync(userDataDir, { recursive: true, force: true });

  const median = [...warm].sort((a, b) => a - b)[Math.floor(warm.length / 2)];
  const result = { image: '1920x1080 PNG, 6 lines of text', firstMs: Math.round(first), warmMedianMs: Math.round(median), warmMs: warm.map(Math.round) };
  const memory = { extensionRendererRssMbBefore: rssBefore, extensionRendererRssMbAfter: rssAfter };
  console.table([result]);
  console.table(photos);
  console.table([{ portraitAttachToFaceFindingMs: portraitMs, ...memory }]);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/images.json', JSON.stringify({ when: new Date().toISOString(), smoke, ...result, photos, portraitAttachToFaceFindingMs: portraitMs, memory }, null, 2));
}

await main();
