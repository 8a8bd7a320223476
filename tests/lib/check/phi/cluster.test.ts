/** detectPhi's cluster rule: a weak identifier beside a strong one of another kind is reported. */
import { describe, expect, it } from 'vitest';
import { CheckDoc } from '../../../../lib/check/doc';
import { detectPhi } from '../../../../lib/check/phi';
import { DEFAULT_POLICY } from '../../../../lib/policy/default';

const found = (text: string) => detectPhi(new CheckDoc(text), DEFAULT_POLICY).map((f) => [f.category, text.slice(f.start, f.end)]);

describe('identifiers cluster around one person', () => {
  it('lifts a weak phone in the sentence of a strong name', () => {
    const text = "if anyone knows Derek Hollis's people pls have them call the ED, we've been trying (614) 555-0187 since 2am";
    expect(found(text)).toContainEqual(['PHONE', '(614) 555-0187']);
  });

  it('leaves the same weak phone alone without the name', () => {
    expect(found("we've been trying (614) 555-0187 since 2am")).toEqual([]);
  });

  it('does not lift across sentences', () => {
    const text = 'Mrs. Alvarez went home. Our new clinic opens on March 3.';
    expect(found(text)).toEqual([['NAME', 'Alvarez']]);
  });

  it('says why in the evidence', () => {
    const f = detectPhi(new CheckDoc("if anyone knows Derek Hollis's people pls have them call the ED, we've been trying (614) 555-0187"), DEFAULT_POLICY).find((x) => x.category === 'PHONE');
    expect(f?.evidence.context).toBe('another identifier in the sentence');
  });

  it("reads a record's line: a full name, a town, then an identifier", () => {
    expect(found('For the ferry travel refund: Magnus Rendall, Stronsay, CHI 0207411234, bank 83-06-08')).toContainEqual(['LOCATION', 'Stronsay']);
    // without a person before it the town stays below the threshold
    expect(found('Our speaker list: Cardiology, Stronsay, 555-1234').some(([c]) => c === 'LOCATION')).toBe(false);
  });

  it('lifts a weak town or date beside a named person', () => {
    expect(found('Sat with Amarech and her dad for an hour going over rides home to Kinderhook')).toContainEqual(['LOCATION', 'Kinderhook']);
    expect(found('Bienvenue à la petite Maëlle, née à la maison à Quimper')).toContainEqual(['LOCATION', 'Quimper']);
  });

  it('leaves the weak town alone without the person, and the organisation news beside one', () => {
    expect(found('Spent an hour on the phone sorting out rides to Kinderhook')).toEqual([]);
    expect(found('Mrs. Alvarez went home. Our new clinic opens in Kinderhook.')).toEqual([['NAME', 'Alvarez']]);
  });

  it("lifts a weak town right after a person's name, even a name too weak to report", () => {
    const text = 'Sad day on the ward. Paddy "the Bull" Cronin from Ballyvourney passed peacefully on the 11th';
    expect(found(text)).toContainEqual(['NAME', 'Paddy "the Bull" Cronin']);
    expect(found(text)).toContainEqual(['LOCATION', 'Ballyvourney']);
    expect(found('Cannae beat a night shift. Wee Jock frae Govan came in wi a burst heid')).toContainEqual(['LOCATION', 'Govan']);
    const f = detectPhi(new CheckDoc('Wee Jock frae Govan came in'), DEFAULT_POLICY).find((x) => x.category === 'LOCATION');
    expect(f?.evidence.context).toBe('the town of a person named before it');
  });

  it('lets a name just under the threshold claim the date beside it', () => {
    expect(found('Car seat check today: the Nakamura family came back on March 3 with the recalled seat.')).toContainEqual(['DATE', 'March 3']);
  });

  it("takes a weekday with no event word as a named person's day, and leaves habits, greetings and unnamed posts", () => {
    expect(found("Mr Idris Prosser has been lost without his hearing aid since Tuesday.")).toContainEqual(['DATE', 'Tuesday']);
    expect(found('Don Nelson por fin tiene su marcapasos. Cumplió 91 el martes.')).toContainEqual(['DATE', 'martes']);
    expect(found('Stanley comes in every Tuesday for his dosette box.').filter(([c]) => c === 'DATE')).toEqual([]);
    expect(found('Happy Friday from Rosa and the L&D crew!').filter(([c]) => c === 'DATE')).toEqual([]);
    expect(found('Our clinic is closed on Tuesday for staff training.')).toEqual([]);
  });

  it('lets a named person claim a one-of-a-kind role described with no encounter word, and only then', () => {
    expect(found('Pensée pour mémé Fanny Agostini, la doyenne des poissonnières du Vieux-Port, partie dimanche.')).toContainEqual(['OTHER_ID', 'la doyenne des poissonnières']);
    expect(found("Tannie Sannie van der Merwe turns 100 next week! Philippolis's only baker for 60 years.")).toContainEqual(['OTHER_ID', "Philippolis's only baker"]);
    expect(found("The town's only baker retired this year after 60 years, congratulations!")).toEqual([]);
    expect(found('Today I sat with Eleanor, who asked me to read her the last chapter of To Kill a Mockingbird.').filter(([c]) => c === 'OTHER_ID')).toEqual([]);
  });

  it("leaves an organisation's screening, vaccination and walk-in posts clean, but not a family's fundraiser", () => {
    expect(found('Campaña de detección de cáncer de mama: mastografías gratuitas del 1 al 31 de octubre en la Unidad de Medicina Familiar No. 20, Av. Vallarta 1234, Guadalajara.')).toEqual([]);
    expect(found('Campagne de vaccination grippe : les pharmacies de Liège vaccinent sans rendez-vous dès le 15 octobre. Infos au 078 15 15 15.')).toEqual([]);
    expect(found('Rappel: vaccination contre le zona dès 65 ans, rue Gabrielle-Perret-Gentil 4, 1205 Genève. Tél. 022 555 04 40.')).toEqual([]);
    expect(found('Doña Marleny, de Manrique en Medellín, necesita una prótesis de cadera. Su hija abrió esta campaña.')).toContainEqual(['LOCATION', 'Manrique en Medellín']);
  });

  it('never reads God or a test named after its author as a place', () => {
    expect(found('Vieux père Konan est sorti ce vendredi après sa prostatectomie. On rend grâce à Dieu').filter(([c]) => c === 'LOCATION')).toEqual([]);
    expect(found('Le Mini-Mental de Folstein n\'est qu\'un outil de dépistage.')).toEqual([]);
  });

  it('lets an age of 90 or more claim the weak town in its sentence, but not a drug after "de"', () => {
    expect(found('Hoy hemos cambiado el generador del marcapasos a una señora, 93 años, la estanquera de Chinchón de toda la vida.')).toContainEqual(['LOCATION', 'Chinchón']);
    expect(found('Une patiente de 92 ans me demande ses renouvellements de Synthroid par courriel.').filter(([c]) => c === 'LOCATION')).toEqual([]);
  });

  it('lets a surely named person claim a weak town anywhere in their post', () => {
    expect(found('Mrs. Alvarez went home today. Everyone on the unit cried. Next time bring us pie from Stephenville.')).toContainEqual(['LOCATION', 'Stephenville']);
    expect(found('Our volunteers were amazing today. Everyone on the unit cried. Next time bring us pie from Stephenville.')).toEqual([]);
  });

  it('leaves a town after a word that is not a name', () => {
    expect(found('Spent the day on rides from Kinderhook')).toEqual([]);
  });

  it('lifts a name in the sentence next to a direct identifier', () => {
    const text = 'One year on his LVAD and Marco hiked the ridge this weekend! He sent a pic of the controller (SN HM3-0051123).';
    expect(found(text)).toContainEqual(['NAME', 'Marco']);
  });
});

describe('an invented teaching case', () => {
  it.each([
    ["Teaching case — FICTIONAL, for exam prep, not a real patient: 'Mrs Rose Tyler', 92, presents with sudden loss of vision on 3/4."],
    ["Caso clínico FICTICIO para residentes: 'Juan Pérez', 58 años, dolor torácico desde el 12 de marzo."],
    ["Cas d'école FICTIF (personnage inventé) : 'Mme Dupont', 94 ans, chute à domicile à Lyon."],
    ['Hypothetical case for the students: Mr. Alvarez, 91, admitted on the 14th.'],
  ])('names no one in %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('still reports a direct identifier, and a case that says it is not fictional', () => {
    expect(found('Fictional case for class: Mr Alvarez, MRN 00482913, DOB 3/4/1931')).toContainEqual(['MRN', '00482913']);
    expect(found('This is not fictional: Mrs Rose Tyler, 92, was admitted 3/4')).toContainEqual(['NAME', 'Rose Tyler']);
  });
});
