// @vitest-environment node
/** OCR words to regions: a finding in the image's text covers the boxes of its words. */
import { describe, expect, it } from 'vitest';
import { boxesForSpan, locateWords, padBox, withWordBoxes, type OcrWord } from '../../../lib/images/regions';
import { previewScale, redactedName, regionsToFill, scaleBox } from '../../../lib/images/redact';
import type { Finding } from '../../../lib/check/types';

const box = (x: number) => ({ x, y: 10, width: 50, height: 20 });
const TEXT = 'Patient: Maria Gomez\nMRN 00482913 jane@example.com\n';
const WORDS: OcrWord[] = ['Patient:', 'Maria', 'Gomez', 'MRN', '00482913', 'jane@example.com'].map((text, i) => ({ text, box: box(i * 100) }));

describe('OCR word regions', () => {
  it('finds each word in the text in order, across line breaks', () => {
    expect(locateWords(TEXT, WORDS).map((w) => TEXT.slice(w.start, w.end))).toEqual(WORDS.map((w) => w.text));
  });

  it('a repeated word is matched at its own place, not at the first one', () => {
    const text = 'MRN 1 MRN 2';
    const words = ['MRN', '1', 'MRN', '2'].map((t, i) => ({ text: t, box: box(i) }));
    expect(locateWords(text, words).map((w) => w.start)).toEqual([0, 4, 6, 10]);
  });

  it('skips a word the text does not have, without losing the ones after it', () => {
    const words = [WORDS[0], { text: 'ghost', box: box(999) }, WORDS[1]];
    expect(locateWords(TEXT, words).map((w) => w.box.x)).toEqual([0, 100]);
  });

  it('a finding covers the boxes of the words it overlaps, a partial overlap included', () => {
    const located = locateWords(TEXT, WORDS);
    const name = TEXT.indexOf('Maria');
    expect(boxesForSpan(located, name, name + 'Maria Gomez'.length)).toEqual([box(100), box(200)]);
    expect(boxesForSpan(located, name + 2, name + 3)).toEqual([box(100)]);
    expect(boxesForSpan(located, TEXT.length, TEXT.length)).toEqual([]);
  });

  it('findings keep everything and gain boxes', () => {
    const at = TEXT.indexOf('jane');
    const f: Finding = { start: at, end: at + 16, category: 'EMAIL', rule: 'phi-email', severity: 'block', message: 'm', evidence: { recognizer: 'email', score: 1 } };
    expect(withWordBoxes([f], TEXT, WORDS)).toEqual([{ ...f, boxes: [box(500)] }]);
  });

  it('pads a box and keeps it inside the image', () => {
    expect(padBox({ x: 2, y: 3, width: 10, height: 10 }, 5, 100, 100)).toEqual({ x: 0, y: 0, width: 17, height: 18 });
    expect(padBox({ x: 90, y: 90, width: 20, height: 20 }, 4, 100, 100)).toEqual({ x: 86, y: 86, width: 14, height: 14 });
  });
});

describe('the redacted copy', () => {
  it('fills a little more than each box (OCR and face boxes hug tightly), never outside the image', () => {
    expect(regionsToFill([{ x: 100, y: 50, width: 200, height: 20 }], 1000, 500)).toEqual([{ x: 96, y: 46, width: 208, height: 28 }]);
    expect(regionsToFill([{ x: 100, y: 100, width: 80, height: 100 }], 1000, 500)).toEqual([{ x: 88, y: 88, width: 104, height: 124 }]);
    expect(regionsToFill([{ x: 990, y: 490, width: 50, height: 50 }, { x: 2000, y: 0, width: 5, height: 5 }], 1000, 500)).toEqual([{ x: 982, y: 482, width: 18, height: 18 }]);
  });

  it("the card's preview scales an image down to 240 px on its longer side, never up, and keeps small regions visible", () => {
    expect(previewScale(1920, 1080)).toBe(0.125);
    expect(previewScale(1080, 1920)).toBe(0.125);
    expect(previewScale(200, 100)).toBe(1);
    expect(scaleBox({ x: 96, y: 46, width: 208, height: 28 }, 0.125)).toEqual({ x: 12, y: 5, width: 26, height: 4 });
    expect(scaleBox({ x: 800, y: 400, width: 6, height: 6 }, 0.125)).toEqual({ x: 100, y: 50, width: 2, height: 2 });
  });

  it('is named after the original, as a PNG', () => {
    expect(redactedName('ward photo.JPG')).toBe('ward photo-redacted.png');
    expect(redactedName('scan')).toBe('scan-redacted.png');
    expect(redactedName('a/b:c.png')).toBe('a_b_c-redacted.png');
    expect(redactedName('.png')).toBe('image-redacted.png');
  });
});
