import { describe, expect, it } from 'vitest';
import { CheckDoc } from '../../../../lib/check/doc';
import { findContextWord } from '../../../../lib/check/phi/context';

/** The context word found around the first occurrence of `target` in `text`. */
const around = (text: string, target: string, words: string[]) => {
  const start = text.indexOf(target);
  return findContextWord(new CheckDoc(text), start, start + target.length, words);
};

describe('context words', () => {
  it('finds a whole word before or after the candidate', () => {
    expect(around('She was admitted on March 3 with chest pain', 'March 3', ['admitted'])).toBe('admitted');
    expect(around('March 3 she was admitted', 'March 3', ['admitted'])).toBe('admitted');
  });

  it('never reads a word out of a longer one the window cuts in two', () => {
    // 60 characters before the date start inside "journée": its tail "née" is not the context word "née"
    const text = 'Une journée de dépistage gratuit et du diabète et de la tension, le samedi 22 novembre';
    expect(text.slice(text.indexOf('samedi') - 60).startsWith('née')).toBe(true);
    expect(around(text, 'samedi 22 novembre', ['née'])).toBeUndefined();
    // the 25 characters after the number end inside "ptosis": its head is not "pt"
    expect(around('call 614-555-0100 about the big eyelids ptosis clinic', '614-555-0100', ['pt'])).toBeUndefined();
  });

  it('still reads a word whole inside the window', () => {
    expect(around('Elle est née le 3 mai', '3 mai', ['née'])).toBe('née');
  });
});
