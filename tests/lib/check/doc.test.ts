import { describe, expect, it } from 'vitest';
import { CheckDoc } from '../../../lib/check/doc';

const texts = (t: string) => new CheckDoc(t).sentences.map((s) => s.text.trim());

describe('CheckDoc sentences', () => {
  it('ends sentences at end punctuation and line breaks', () => {
    expect(texts('Saw her today. She is better!\nNext line?')).toEqual(['Saw her today.', 'She is better!', 'Next line?']);
  });

  it('keeps decimals whole', () => {
    expect(texts('A1c 8.4 now. Start 0.25 mg.')).toEqual(['A1c 8.4 now.', 'Start 0.25 mg.']);
  });

  it('keeps titles and initials with the name after them', () => {
    expect(texts('Mr. Delgado back in bed 14. Trop neg.')).toEqual(['Mr. Delgado back in bed 14.', 'Trop neg.']);
    expect(texts('M. Lefebvre a été extubé. Bravo')).toEqual(['M. Lefebvre a été extubé.', 'Bravo']);
    expect(texts('pt J. R. came in. Dr. Kim saw him.')).toEqual(['pt J. R. came in.', 'Dr. Kim saw him.']);
  });

  it('keeps e-mail addresses and links whole', () => {
    expect(texts('Lock screen shows hank.delgado.1947@yahoo.com. Hank, we have it.')).toEqual(['Lock screen shows hank.delgado.1947@yahoo.com.', 'Hank, we have it.']);
    expect(texts('Details: funerariasanjose.com.do/obituarios. Thanks')).toEqual(['Details: funerariasanjose.com.do/obituarios.', 'Thanks']);
  });

  it('keeps a religious or academic title with the name after it', () => {
    expect(texts('— Capellán Hno. Rubén Márquez. Fin')).toEqual(['— Capellán Hno. Rubén Márquez.', 'Fin']);
  });

  it('still ends a sentence after a word that only looks like a title', () => {
    expect(texts('We ran the ICU. Then home.')).toEqual(['We ran the ICU.', 'Then home.']);
  });

  it('finds the sentence holding an offset', () => {
    const doc = new CheckDoc('One here. Two there.\nThree.');
    expect(doc.sentenceIndexAt(0)).toBe(0);
    expect(doc.sentenceIndexAt(12)).toBe(1);
    expect(doc.sentenceAt(23)?.text).toBe('Three.');
    expect(new CheckDoc('').sentenceIndexAt(0)).toBe(-1);
  });
});
