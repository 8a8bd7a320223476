/** The background's image check: OCR (here a stand-in for the offscreen document), then the same checker. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { Background } from '../../../lib/background/service';
import { recognizeInOffscreen } from '../../../lib/background/ocr';
import { classifySender, maySend } from '../../../lib/messaging/sender';
import { fromBackground } from '../../../lib/images/offscreen';
import { isOcrRequest } from '../../../lib/images/offscreen-protocol';

const tab = { kind: 'content-script' as const, tabId: 7 };
const PNG = 'data:image/png;base64,iVBORw0KGgo=';

describe('image checks in the background', () => {
  beforeEach(() => fakeBrowser.reset());

  it('runs the text read from the image through the checker', async () => {
    const recognize = vi.fn(async () => 'Patient: Maria Gomez  MRN 00482913  jane@example.com');
    const bg = new Background(recognize);
    const reply = await bg.handle({ kind: 'image/check', dataUrl: PNG }, tab);
    expect(recognize).toHaveBeenCalledWith(PNG);
    expect(reply.text).toContain('jane@example.com');
    expect(reply.findings.map((f) => f.category)).toEqual(expect.arrayContaining(['EMAIL', 'MRN']));
  });

  it('a clean image has no findings', async () => {
    const bg = new Background(async () => 'Flu clinic Saturday 9am-1pm, all welcome');
    expect((await bg.handle({ kind: 'image/check', dataUrl: PNG }, tab)).findings).toEqual([]);
  });

  it('refuses anything that is not an image data URL, without reading it', async () => {
    const recognize = vi.fn(async () => '');
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
