import { describe, expect, it } from 'vitest';
import { age } from '../../../../lib/check/phi/age';
import { expected, spans } from './helpers';

describe('age recognizer', () => {
  it.each([
    ['POV: the 92yo in bed 7 wants a Frosty', ['92yo']],
    ['a 93 y/o pt who reads her MBI to me', ['93 y/o']],
    ['a walker for a 90 year old pt', ['90 year old']],
    ['our 92-year-old grandma of the unit', ['92-year-old']],
    ['gave a flu shot to a 104-yr-old today', ['104-yr-old']],
    ['a 101 year old beat me at arm wrestling', ['101 year old']],
    ['Eleanor, a ninety-three year old retired teacher', ['ninety-three year old']],
    ['Miss Rose turned ninety-nine today', ['ninety-nine']],
    ['ED: aged 97, fell at home', ['97']],
    ['93M w/ CHF exacerbation', ['93']],
    ['Happy 101st birthday to our favorite resident!', ['101st']],
    ['Mr. Abernathy, 94, admitted from a nursing home', ['94']],
    ['97 and thriving!!', ['97']],
    ["Visited Mrs. O'Brien at home; she's 95 and sharp as a tack", ['95']],
    ['doña Carmen, de 96 años, llegó ayer', ['96 años']],
    ['la patiente de 93 ans est sortie', ['93 ans']],
    ['une patiente de quatre-vingt-treize ans', ['quatre-vingt-treize ans']],
    ['my 97 years young patient beat me at cards', ['97 years young']],
    ['at 95 she still drives herself to dialysis', ['95']],
    ['Mrs. Klein (92) came in for a fall', ['92']],
    ['F, 96, lives alone', ['96']],
    ['edad: 91, vive sola', ['91']],
    ['our oldest patient, 104, asked for a beer', ['104']],
    ['Happy 100th to Mr. Lee!', ['100th']],
    ['Ninety-four and still sharper than me', ['Ninety-four']],
    ['Nonna Pia is ninety-six and still bakes', ['ninety-six']],
    ['Mr. T is 98 and still flirts with every nurse', ['98']],
    ['her grandkids flew in for her 96th, cake and all', ['96th']],
    ['Nana Bea, 93 years and still beating us at rummy', ['93']],
    ['rest easy Mr Ocampo, ninety-seven years of pure mischief', ['ninety-seven']],
    ['Mr. Vartanian (ninety-two!!) brought us homemade gata', ['ninety-two']],
    ['Buried one of my favourite patients today. Nora Keaveney, ninety-three, of the parish', ['ninety-three']],
    ['Llegó Don Aníbal, noventa y dos pirulos, con una neumonía', ['noventa y dos pirulos']],
    ['la abuela tiene 91 abriles', ['91 abriles']],
    ['Ha cumplido los noventa en planta', ['noventa']],
    ['brought his yearbook 😂 94 and still flosses every night', ['94']],
    ['A lady in her late 90s came in after a fall.', ['90s']],
    ['At ninety, Walter is our oldest marathon finisher.', ['ninety']],
  ])('AGE_90_PLUS in %j', (text, surfaces) => {
    expect(spans(age, text)).toEqual(expected(text, 'AGE_90_PLUS', ...surfaces));
  });

  it.each([
    ['a 67 yo in the same hour'],
    ['an 89 year old with a hip fracture'],
    ['the 58-year-old welder'],
    ['eighty-nine year old woman'],
    ['90-day supplies of maintenance meds save trips'],
    ['5-year survival close to 90% overall'],
    ['Happy 90th birthday to St. Brigid Medical Center!'],
    ['hace 95 años que se fundó el hospital'],
    ['after 90 years of service'],
    ['BP 92/60, HR 95'],
    ['Five-year survival is 90 and 95 percent'],
    ['HR is 95, BP 110/70, pt resting'],
    ['Free shingles shots for adults aged 90 and older'],
    ['Study enrolled patients aged 90-99 years old'],
    ['pacientes de 90 años o más'],
    ['sats at 92, she was comfortable on 2L'],
    ['HR of 104, she was anxious'],
    ['Happy 100th episode to our nursing podcast!'],
    ['Interstate (95) was closed so I was late to shift'],
    ['his growth is at the 95th percentile now'],
    ['Celebrating 100 years of service to this town'],
    ['Plan A is 95 and the backup is 90'],
    ['Board-style Q: a 93-year-old woman on apixaban presents after a fall. CT head or not?'],
    ['Cas clinique fictif : une patiente de 94 ans consulte pour une chute'],
    ['At 95, Mercy Hospital is the oldest in town'], ['Our centenarian celebration for the hospital'], ['Centenarians are the fastest-growing age group in Japan.'], ['In the late 90s we had no EHR'],
  ])('nothing in %j', (text) => {
    expect(spans(age, text)).toEqual([]);
  });
});
