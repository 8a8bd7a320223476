/** The background's image check: OCR (here a stand-in for the offscreen document), then the same checker. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { Background } from '../../../lib/background/service';
import { recognizeInOffscreen } from '../../../lib/background/ocr';
import { classifySender, maySend } from '../../../lib/messaging/sender';
import { fromBackground } from '../../../lib/images/offscreen';
import { isOcrRequest } from '../../../lib/images/offscreen-protocol';
import type { ImageReading } from '../../../lib/images/regions';
import { DEFAULT_POLICY } from '../../../lib/policy/default';

const tab = { kind: 'content-script' as const, tabId: 7 };
const PNG = 'data:image/png;base64,iVBORw0KGgo=';

/** What the offscreen document would answer: the text (words laid out on one line), no faces unless given. */
function reading(text: string, faces: ImageReading['faces'] = []): ImageReading {
  const words: ImageReading['words'] = [];
  for (const m of text.matchAll(/\S+/g)) words.push({ text: m[0], box: { x: m.index * 10, y: 5, width: m[0].length * 10, height: 20 } });
  return { text, words, faces, width: 1000, height: 400 };
}

describe('image checks in the background', () => {
  beforeEach(() => fakeBrowser.reset());

  it('runs the text read from the image through the checker', async () => {
    const recognize = vi.fn(async () => reading('Patient: Maria Gomez  MRN 00482913  jane@example.com'));
    const bg = new Background(recognize);
    const reply = await bg.handle({ kind: 'image/check', dataUrl: PNG }, tab);
    expect(recognize).toHaveBeenCalledWith(PNG);
    expect(reply.text).toContain('jane@example.com');
    expect(reply.findings.map((f) => f.category)).toEqual(expect.arrayContaining(['EMAIL', 'MRN']));
  });

  it('a clean image has no findings', async () => {
    const bg = new Background(async () => reading('Flu clinic Saturday 9am-1pm, all welcome'));
    expect((await bg.handle({ kind: 'image/check', dataUrl: PNG }, tab)).findings).toEqual([]);
  });

  it('each text finding carries the boxes of the words it covers', async () => {
    const text = 'Call me at jane@example.com today';
    const bg = new Background(async () => reading(text));
    const reply = await bg.handle({ kind: 'image/check', dataUrl: PNG }, tab);
    const email = reply.findings.find((f) => f.category === 'EMAIL')!;
    expect(email.boxes).toEqual([{ x: text.indexOf('jane') * 10, y: 5, width: 160, height: 20 }]);
    expect([reply.width, reply.height]).toEqual([1000, 400]);
  });

  it('faces become one FACE finding that holds the post by default, with every face as a region', async () => {
    const faces = [{ x: 10, y: 20, width: 80, height: 90, score: 0.97 }, { x: 300, y: 20, width: 60, height: 70, score: 0.61 }];
    const bg = new Background(async () => reading('', faces));
    const { findings } = await bg.handle({ kind: 'image/check', dataUrl: PNG }, tab);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ category: 'FACE', rule: 'phi-face', severity: DEFAULT_POLICY.phi.severities.FACE, evidence: { score: 0.97 } });
    expect(DEFAULT_POLICY.phi.severities.FACE).toBe('block');
    expect(findings[0].message).toMatch(/^A face is visible: a patient photo needs written consent under your policy/);
    expect(findings[0].boxes).toEqual(faces.map(({ x, y, width, height }) => ({ x, y, width, height })));
  });

  it('refuses anything that is not an image data URL, without reading it', async () => {
    const recognize = vi.fn(async () => reading(''));
    const bg = new Background(recognize);
    for (const dataUrl of ['https://example.com/a.png', 'data:text/html;base64,PGI+', 42 as unknown as string]) {
      await expect(bg.handle({ kind: 'image/check', dataUrl }, tab)).rejects.toThrow('not an image');
    }
    expect(recognize).not.toHaveBeenCalled();
  });

  it('only content scripts may ask for an image check', () => {
    expect(maySend('content-script', { kind: 'image/check', dataUrl: PNG })).toBe(true);
    expect(maySend('page', { kind: 'image/check', dataUrl: PNG })).toBe(false);
  });

  it('says "not supported" where there are no offscreen documents (Firefox, the fake browser)', async () => {
    await expect(recognizeInOffscreen(PNG)).rejects.toThrow(/not supported/);
  });

  it('the offscreen document answers only the background, never a content script', () => {
    const id = 'abc';
    const origin = 'chrome-extension://abc/';
    expect(isOcrRequest({ kind: 'offscreen/ocr', target: 'offscreen', dataUrl: PNG })).toBe(true);
    expect(isOcrRequest({ kind: 'image/check', dataUrl: PNG })).toBe(false);
    expect(fromBackground({ id, url: `${origin}background.js` }, id, origin)).toBe(true);
    expect(fromBackground({ id, url: 'https://x.com/home', tab: { id: 3 } }, id, origin)).toBe(false);
    expect(fromBackground({ id: 'other', url: `${origin}background.js` }, id, origin)).toBe(false);
    expect(classifySender({ id, url: 'https://x.com/', tab: { id: 3 } }, id, origin)).toBe('content-script');
  });
});
