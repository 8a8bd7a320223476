import { describe, expect, it } from 'vitest';
import { ssn } from '../../../../lib/check/phi/ssn';
import { expected, spans } from './helpers';

describe('ssn recognizer', () => {
  it.each([
    ['a paper with her SSN 254-83-6610 on it', '254-83-6610'],
    ['the number 609-22-1847 was on the claim', '609-22-1847'],
    ['Full SSN printed on it. Saw 331 04 7756 on the cover sheet', '331 04 7756'],
    ['putting a pt\'s SSN in the comments field is how we end up in training. someone typed 523710482 today', '523710482'],
    ['Su número de seguro social es 412-68-3390', '412-68-3390'],
    ['numéro de sécurité sociale 412 68 3390', '412 68 3390'],
    ['numéro de sécurité sociale de la patiente : 1 85 07 75 123 456 08', '1 85 07 75 123 456 08'], // NIR with its key
    ['carte Vitale 1850775123456', '1850775123456'],
    ['número de la seguridad social 28 12345678 40', '28 12345678 40'], // NSS with its control digits
    ['Su NSS del IMSS es 12345678903, ya está vigente', '12345678903'], // Mexico's NSS, Luhn
    // the last four digits, said as such
    ['she gave me the last 4 of her SSN 2871 over the phone', '2871'],
    ['SSN ending in 2871 matched the wrong chart', '2871'],
    ['SSN: xxx-xx-2871 on the form', '2871'],
    ['los últimos 4 dígitos de su seguro social son 2871', '2871'],
    ['les 4 derniers chiffres de sa sécu : 2871', '2871'],
    // Canada's SIN: Luhn-checked, said as such
    ["il m'a dicté son numéro d'assurance sociale, 046 454 286, devant tout le monde", '046 454 286'],
    ['pt read her SIN 130 692 544 out loud at triage', '130 692 544'],
  ])('SSN in %j', (text, surface) => {
    expect(spans(ssn, text)).toEqual(expected(text, 'SSN', surface));
  });

  it.each([
    ['SSN 000-12-3456'], ['SSN 666-12-3456'], ['SSN 912-34-5678'], ['SSN 123-00-4567'], ['SSN 123-45-0000'],
    ['order 523710482 shipped'], // nine bare digits with no SSN wording
    ['numéro de sécurité sociale 1 85 07 75 123 456 09'], // wrong NIR key
    ['seguridad social 28 12345678 41'], // wrong NSS control digits
    ['Su NSS del IMSS es 12345678904'], // fails Luhn
    ['12345678903 with no wording at all'],
    ['1 85 07 75 123 456 08 without any wording'],
    ['a spaced 331 04 7756 with no context'],
    ['last 4 years of data, 2871 pts'], ['our SSN policy changed in 2024'], ['the last four of her visits were 2871 min'],
    ['SSN 254-83-66100'], ['SSN 25-483-6610'], ['phone 555-201-3344'], ['date 2025-03-14'],
    ['llegó sin papeles, 130 692 544 no es nada'],
    ['her SIN 130 692 545 failed the check digit'],
  ])('nothing in %j', (text) => {
    expect(spans(ssn, text)).toEqual([]);
  });
});
