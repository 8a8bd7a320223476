import { describe, expect, it } from 'vitest';
import { ssn } from '../../../../lib/check/phi/ssn';
import { evidence, expected, spans } from './helpers';

describe('ssn recognizer', () => {
  it.each([
    ['a paper with her SSN 254-83-6610 on it', '254-83-6610'],
    ['the number 609-22-1847 was on the claim', '609-22-1847'],
    ['Full SSN printed on it. Saw 331 04 7756 on the cover sheet', '331 04 7756'],
    ['putting a pt\'s SSN in the comments field is how we end up in training. someone typed 523710482 today', '523710482'],
    ['Su número de seguro social es 412-68-3390', '412-68-3390'],
    ['numéro de sécurité sociale 412 68 3390', '412 68 3390'],
    ['numéro de sécurité sociale de la patiente : 1 85 07 75 123 456 08', '1 85 07 75 123 456 08'], // NIR with its key
    ['sa carte Vitale, n° 1 62 03 971 20 145 05, est à la caisse', '1 62 03 971 20 145 05'], // an overseas department: three digits, then a two-digit commune
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
    // Argentina's CUIL (mod 11), the UK's NI number (its letters), Belgium's national register number (mod 97)
    ['en la planilla quedó el CUIL de la señora, 20-28765432-5, a la vista', '20-28765432-5'],
    ['His NI number is AB 12 34 56 C and it was on the referral letter', 'AB 12 34 56 C'],
    ['le numéro de registre national du patient, 85.07.30-033.28, était sur la feuille', '85.07.30-033.28'],
    ['registre national : 05.07.30-033.26 (né en 2005)', '05.07.30-033.26'],
    ['Her SA ID number 8001015009087 was photocopied at reception', '8001015009087'], // South Africa, Luhn
    ['Son numéro AVS 756.1234.5678.97 était sur la feuille', '756.1234.5678.97'], // Switzerland, EAN-13
    ['Yung SSS number nya 34-1234567-8 nakasulat sa chart', '34-1234567-8'], // the Philippines
    ['RUT 12.345.678-5 de la paciente en la ficha', '12.345.678-5'], // Chile, mod 11
    ['el RUT de la señora es 7.654.321-6', '7.654.321-6'],
    ['la analítica de la Sra. Iglesias (NUSS 28/12345678/40) sale duplicada', '28/12345678/40'], // Spain, named NUSS
    ['He had a Ghana Card (GHA-724519038-4) in his pocket but no phone', 'GHA-724519038-4'],
    // shapes that name themselves: Hong Kong's identity card (check digit in brackets), Malaysia's MyKad (a birth date first)
    ["the daily list read 'CHAN Tsz-hin Y123456(7) — f/u' at the counter", 'Y123456(7)'],
    ['HKID A123456(3) on the sticky note', 'A123456(3)'],
    ["Encik Rahman's MyKad 640812-10-5527 was on the form", '640812-10-5527'],
    // a RUT in its dotted form, named earlier in the sentence, with a check digit that fails
    ['el certificado de su hijo con RUT y todo 🤦‍♀️ Benjamín Soto, 22.345.678-9, crisis de asma', '22.345.678-9'],
    // "su Social": the Spanish-American way to say the social security number
    ['su ex sacó tarjetas con su Social. El número es algo así como 527481936, le cambié un dígito', '527481936'],
    // read out digit by digit after its name
    ['the intake folder has his ss# 3 0 9 4 4 1 7 7 2 written on the front', '3 0 9 4 4 1 7 7 2'],
  ])('SSN in %j', (text, surface) => {
    expect(spans(ssn, text)).toEqual(expected(text, 'SSN', surface));
  });

  it.each([
    ['SSN 000-12-3456'], ['SSN 666-12-3456'], ['SSN 912-34-5678'], ['SSN 123-00-4567'], ['SSN 123-45-0000'],
    ['order 523710482 shipped'], // nine bare digits with no SSN wording
    // a wrong check digit counts only with the number's name right before it (the rows above the table's end)
    ['numéro de sécurité sociale : voir le formulaire du 3 mars. Sinon appeler le 1 85 07 75 123 456 09'],
    ['seguridad social: el trámite nuevo tarda, pero 28 12345678 41 es el expediente'],
    ['Su NSS del IMSS ya está vigente. Pedido 12345678904'],
    ['CUIL: trámite online. Turno 20-28765432-7'], // wrong CUIL digit, name not right before
    ['KN 12 34 56 C without any wording'], ['national insurance went up. Ref QQ 12 34 56 C'],
    ['85.07.30-033.61 with no name for it'],
    ['12345678903 with no wording at all'],
    ['1 85 07 75 123 456 08 without any wording'],
    ['a spaced 331 04 7756 with no context'],
    ['last 4 years of data, 2871 pts'], ['our SSN policy changed in 2024'], ['the last four of her visits were 2871 min'],
    ['SSN 254-83-66100'], ['SSN 25-483-6610'], ['phone 555-201-3344'], ['date 2025-03-14'],
    ['llegó sin papeles, 130 692 544 no es nada'],
    ['training slide: NSS 281234567890 (made-up example)'], // a made-up number shown as one
    ['8001015009088 with no name for it'],
    ['SIN: see the portal. Ticket 130 692 545 failed the check digit'],
    ['ficha 12.345.678-4 en el sistema'], // the RUT's check digit fails and no RUT word names it
    ['my social media handle is 523710482 lol'], // "social" before media is not the number's name
    ['lot 640812-10-55271 expired'], // a MyKad shape inside a longer run
    ['count with me: 1 2 3 4 5 6 7 8 9 and breathe'], // digits read out with no number's name
  ])('nothing in %j', (text) => {
    expect(spans(ssn, text)).toEqual([]);
  });

  // A mistyped national number is still the person's number: with its name right before it, it counts at a
  // slightly lower score and says its check digits did not match.
  it.each([
    ['numéro de sécurité sociale 1 85 07 75 123 456 09', '1 85 07 75 123 456 09', 'fr-nir-unchecked'],
    ['seguridad social 28 12345678 41', '28 12345678 41', 'es-nss-unchecked'],
    ['número de la Seguridad Social 28/12345678/90 en el mostrador', '28/12345678/90', 'es-nss-unchecked'],
    ['Su NSS del IMSS es 12345678904', '12345678904', 'mx-nss-unchecked'],
    ['¿Quién deja el NSS del paciente pegado en el monitor del área de choque? 4318 72 1456 9 a la vista', '4318 72 1456 9', 'mx-nss-unchecked'], // the IMSS card's grouping
    ['her SIN 130 692 545 was read out at triage', '130 692 545', 'ca-sin-unchecked'],
    ["il m'a donné son NAS 123 456 789 devant tout le monde", '123 456 789', 'ca-sin-unchecked'],
    ['La señora dejó su CUIL 20-28765432-7 en la planilla', '20-28765432-7', 'ar-cuil-unchecked'],
    ['His NI number QQ 12 34 56 C was on the letter', 'QQ 12 34 56 C', 'uk-nino-unchecked'],
    ['numéro de registre national (85.07.30-033.61)', '85.07.30-033.61', 'be-nrn-unchecked'],
    ["elle m'a lu le NAS de ma patiente Yvette Charbonneau, 482 117 936. J'ai appelé", '482 117 936', 'ca-sin-unchecked'],
  ])('named, unchecked SSN in %j', (text, surface, pattern) => {
    expect(spans(ssn, text)).toEqual(expected(text, 'SSN', surface));
    expect(evidence(ssn, text)[0].pattern).toBe(pattern);
  });
});
