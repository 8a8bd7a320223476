/**
 * Hostile drafts of 100 KB built to make a careless regex backtrack or a per-match scan go quadratic
 * (long digit runs, repeated separators, a@a@a@..., thousands of "@x"). The adversarial tests check every
 * recognizer returns valid spans on them; `npm run bench` records how long the slowest one took.
 */
export const SIZE = 100_000;
const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

export const HOSTILE: Record<string, string> = {
  'digit run': fill('1'),
  'digits and dashes': fill('1-'),
  'digits and spaces': fill('1 '),
  'digits and dots': fill('1.'),
  'dotted quads': fill('1.1.1.1.'),
  'colons': fill('a:'),
  'hex groups': fill('ff:'),
  'at signs': fill('a@'),
  'at dots': fill('@a.'),
  'parens': fill('(555) '),
  'plus ones': fill('+1 '),
  'labels': fill('MRN # '),
  'serials': fill('serial #A'),
  'plates': fill('plate A-'),
  'urls': fill('http://a'),
  'www': fill('www.a.'),
  'domains': fill('a.'),
  'licence gaps': fill('license , '),
  'tattoos': fill('a tattoo of x'),
  'roles': fill('the starting QB for A '),
  'rooms': fill('room 1 '),
  'udi': fill('(01)1'),
  'mixed': fill('A1-'),
  'unicode': fill('é1 @ñ.'),
};
