// @vitest-environment node
/**
 * The OCR engine PostSafe ships (tesseract.js with the same English model file the extension carries),
 * run in Node on images the test draws, then the same checker the compose box uses: PHI in an image is
 * found, a clean image raises nothing.
 */
import { createRequire } from 'node:module';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorker, type Worker } from 'tesseract.js';
import { check } from '../../../lib/check';
import { DEFAULT_POLICY } from '../../../lib/policy/default';
import { PHI_CATEGORIES } from '../../../lib/check/types';
import { OCR_ASSETS, OCR_LANGUAGE } from '../../../lib/images/assets';
import { CLEAN_IMAGE, PHI_IMAGE, SPANISH_PHI_IMAGE, WHITEBOARD_IMAGE, renderPngs } from '../../fixtures/images/render';

const require = createRequire(import.meta.url);
const MODELS = OCR_ASSETS.filter((a) => a.to.endsWith('.traineddata.gz')).map((a) => require.resolve(a.from));
const PHI = new Set<string>(PHI_CATEGORIES);

describe('OCR of attached images, then the checker', () => {
  let worker: Worker;
  let phiPng: Buffer;
  let cleanPng: Buffer;
  let spanishPng: Buffer;
  let boardPng: Buffer;
  // The models sit in one folder in the extension (ocr/lang), as tesseract expects; here, in a temporary one.
  const langDir = mkdtempSync(join(tmpdir(), 'postsafe-ocr-'));

  beforeAll(async () => {
    [phiPng, cleanPng, spanishPng, boardPng] = await renderPngs([PHI_IMAGE, CLEAN_IMAGE, SPANISH_PHI_IMAGE, WHITEBOARD_IMAGE]);
    for (const model of MODELS) copyFileSync(model, join(langDir, basename(model)));
    worker = await createWorker(OCR_LANGUAGE, 1, { langPath: langDir, cacheMethod: 'none', gzip: true });
  }, 120_000);
  afterAll(async () => {
    await worker?.terminate();
    rmSync(langDir, { recursive: true, force: true });
  });

  it('reads the PHI in a chart-note image and the checker blocks it', async () => {
    const { data } = await worker.recognize(phiPng);
    expect(data.text).toContain('jane@example.com');
    const findings = check(data.text, DEFAULT_POLICY);
    const categories = findings.map((f) => f.category);
    expect(categories).toEqual(expect.arrayContaining(['EMAIL', 'MRN', 'NAME']));
    expect(findings.find((f) => f.category === 'EMAIL')?.severity).toBe('block');
  }, 60_000);

  it('reads a Spanish note with its accents, and the checker finds the name and the birth date', async () => {
    const { data } = await worker.recognize(spanishPng);
    expect(data.text).toContain('José');
    const categories = check(data.text, DEFAULT_POLICY).map((f) => f.category);
    expect(categories).toEqual(expect.arrayContaining(['NAME', 'DATE']));
  }, 60_000);

  it('reads a ward whiteboard (shaded board, marker colours, a tilt): recall over its PHI words, and the checker flags them', async () => {
    const { data } = await worker.recognize(boardPng);
    const words = WHITEBOARD_IMAGE.phiWords!;
    const read = words.filter((w) => data.text.includes(w));
    const recall = read.length / words.length;
    console.info(`whiteboard OCR recall over PHI words: ${read.length}/${words.length} = ${recall.toFixed(2)}; missed: ${words.filter((w) => !read.includes(w)).join(', ') || 'none'}`);
    expect(recall).toBeGreaterThanOrEqual(0.8);
    const findings = check(data.text, DEFAULT_POLICY).filter((f) => PHI.has(f.category));
    const flagged = new Set(findings.map((f) => data.text.slice(f.start, f.end)));
    const names = ['Eleanor Whitcombe', 'Rashid Okonkwo', 'Marisol Quintero', 'Harold Pennington'].filter((n) => data.text.includes(n));
    // every name OCR read whole is flagged, and so are the MRN and the birth date
    for (const n of names) expect([...flagged].some((f) => f.includes(n.split(' ')[1]!)), n).toBe(true);
    expect(findings.map((f) => f.category)).toEqual(expect.arrayContaining(['NAME', 'MRN', 'DATE']));
  }, 60_000);

  it('a clean poster image raises no PHI', async () => {
    const { data } = await worker.recognize(cleanPng);
    expect(data.text).toMatch(/Flu clinic/);
    expect(check(data.text, DEFAULT_POLICY).filter((f) => PHI.has(f.category))).toEqual([]);
  }, 60_000);
});
