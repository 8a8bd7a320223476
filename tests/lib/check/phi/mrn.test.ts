import { describe, expect, it } from 'vitest';
import { mrn } from '../../../../lib/check/phi/mrn';
import { expected, spans } from './helpers';

describe('mrn recognizer', () => {
  it.each([
    ['When I search MRN 00482913 it lands on another pt', '00482913'],
    ['el informe de alta de Paco con el NHC 3345129 y la analítica de otro', '3345129'], // número de historia clínica
    ['MR# 7730021 was merged', '7730021'],
    ['Vive solo y no tenemos ningún contacto. Su ficha es la 448812. Compartan porfa', '448812'], // Chile's ficha, "es la"
    ['the care home chart had her hospital number as M1044857, one digit off', 'M1044857'], // a label, then "as"
    ["this morning's list had RXH4471290 booked as someone else", 'RXH4471290'], // a lettered id in a sentence about a list
    ['MRN: A-22871 needs a new label', 'A-22871'],
    ['whoever charted on chart #A-22871 at 0400, sign it', 'A-22871'],
    ['Encounter #7730021: the summary is attached to the wrong visit', '7730021'],
    ['FIN 1234567 has two admissions', '1234567'],
    ['ENC 88201123 was closed', '88201123'],
    ['pt\'s MRN is 00482913', '00482913'],
    ['her MRN, 00482913, is wrong', '00482913'],
    ['accession S25-11873 has been in process for 9 days', 'S25-11873'],
    ['a specimen labeled med rec no. 4482-11 with the wrong DOB', '4482-11'],
    ['otra vez nos llega la muestra HO-23-045188 con la orden sin firmar', 'HO-23-045188'], // a lab sample's number
    ['medical record number 55123890 belongs to her', '55123890'],
    // Spanish and French
    ['número de historia clínica 448213 de la paciente', '448213'],
    ['le n° de dossier 88213 de la patiente', '88213'],
    ['El número de expediente del paciente es 00482913', '00482913'],
    // less usual labels
    ['case # 22-1234 from the ME\'s office came back', '22-1234'],
    ['fin: 88213409 for the 2am admit', '88213409'],
    ['her hospital number is H1234567', 'H1234567'],
    ['numéro de séjour 25004812 pour la patiente', '25004812'],
    ['número de folio 44821 de la paciente', '44821'],
    ['req # 4482113 never crossed over to the lab', '4482113'],
    ['MRN ending 2913 — same last name, wrong pt, back in 2024', '2913'],
    ['el expediente clínico 2025/004812 de la señora', '2025/004812'],
    ['grandfather (UHID KA2024-0091733) walked today', 'KA2024-0091733'],
    ['CR no. 20250418 on the OPD slip', '20250418'],
      ['Expediente UCIN-25-0871 cerrado', 'UCIN-25-0871'],
    ['¿alguien sabe si cargaron la HC 552301/2 de la paciente?', '552301/2'],
    ['Audit flag: EMR access to record IPD/24/118832 from an external IP', 'IPD/24/118832'],
    ['Can someone ring his daughter re: discharge tmrw, hosp no RX10045821.', 'RX10045821'],
    ['Radiology, why is UR 0918273 booked for a CT abdo', '0918273'], // Australia's unit record
    ['¿quién le cambió la ficha a la Sra. Yáñez? ficha 884201', '884201'], // Chile
    ['Reg no. DMC-24-118293. If anyone from ortho sees this pls check his bed', 'DMC-24-118293'],
    ['Hospital ID SSMC/IPD/0045521 if the burns team wants to follow up', 'SSMC/IPD/0045521'],
  ])('MRN in %j', (text, surface) => {
    expect(spans(mrn, text)).toEqual(expected(text, 'MRN', surface));
  });

  it('long numbers in a sentence about record numbers are record numbers', () => {
    const a = 'two pts, MRNs one digit apart: 00771203 vs 00771230. Scanning caught it.';
    expect(spans(mrn, a)).toEqual(expected(a, 'MRN', '00771203', '00771230'));
    const b = 'HIM please merge 00917734 and 00917743, same man, two charts';
    expect(spans(mrn, b)).toEqual(expected(b, 'MRN', '00917734', '00917743'));
    expect(spans(mrn, 'We moved 120000 charts to the new EHR in 2024')).toEqual([]);
  });

  it('a second number of the same shape in a post about an MRN is one too', () => {
    const text = 'When I search MRN 00482913 it lands on a different pt whose number is 00482931.';
    expect(spans(mrn, text)).toEqual(expected(text, 'MRN', '00482913', '00482931'));
  });

  it('reads the number off a patient sticker and an armband', () => {
    const text = 'the sticker said 0012345 but the armband said 0012354';
    expect(spans(mrn, text)).toEqual(expected(text, 'MRN', '0012345', '0012354'));
  });

  it.each([
    ['the case 2024 review'],
    ['Case #3 of the morning was a lac'],
    ["We're hiring RNs! Apply at our careers page (Req #48213)"],
    ['I have 20 stickers left and 1500 labels'],
    ['case # 2025-26 conference schedule'],
    ['order # 12 of gloves'],
    ['CME: case-based learning on Thursday, room 2C. Case #4512 from the textbook.'],
    ['charted in 2019 and again'],
    ['chart 123 is short'],
    ['fin de semana con 12345 personas'], // lower-case "fin" is a word
    ['the chart review took 45 minutes'],
    ['MRN policy: never post a record number'],
    ['her car, reg no. 08-C-21764, was towed from the bay'], // a car's registration
    ['Our list today has 12 patients and 3 new admits from 2023'],
  ])('nothing in %j', (text) => {
    expect(spans(mrn, text)).toEqual([]);
  });
});
