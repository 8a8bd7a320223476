import { describe, expect, it } from 'vitest';
import { ChunkCache, splitChunks } from '../../../lib/check/chunks';

describe('splitChunks', () => {
  it.each([
    ['one paragraph', 'Hello there. How are you?'],
    ['blank-line paragraphs', 'First para.\n\nSecond para.\n\n\nThird.'],
    ['a long paragraph cut at sentence ends', 'This is a sentence of moderate length. '.repeat(200)],
    ['a long run with no sentence end', 'x'.repeat(5000)],
    ['empty', ''],
  ])('%s: chunks cover the text exactly, in order', (_name, text) => {
    const chunks = splitChunks(text);
    expect(chunks.map((c) => c.text).join('')).toBe(text);
    let at = 0;
    for (const c of chunks) {
      expect(c.start).toBe(at);
      expect(c.text.length).toBeLessThanOrEqual(1500);
      at += c.text.length;
    }
  });

  it('an edit inside one paragraph leaves the other chunks unchanged', () => {
    const a = splitChunks('Alpha para.\n\nBeta para.\n\nGamma para.');
    const b = splitChunks('Alpha para.\n\nBeta pxara.\n\nGamma para.');
    expect(b[0].text).toBe(a[0].text);
    expect(b[2].text).toBe(a[2].text);
    expect(b[1].text).not.toBe(a[1].text);
  });
});

describe('ChunkCache', () => {
  it('keeps recent entries and drops the least recently used', () => {
    const c = new ChunkCache<number>();
    for (let i = 0; i < 401; i++) c.set(`k${i}`, i);
    expect(c.get('k0')).toBeUndefined();
    expect(c.get('k400')).toBe(400);
  });
});
