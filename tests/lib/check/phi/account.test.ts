import { describe, expect, it } from 'vitest';
import { account } from '../../../../lib/check/phi/account';
import { evidence, expected, spans } from './helpers';

describe('account recognizer', () => {
  it.each([
    ['card number on a sticky note: 4716203988516628, shredded', '4716203988516628'],
    ['put her copay on her HSA card 5423 1800 7743 2191 please', '5423 1800 7743 2191'],
    ['4111-1111-1111-1111', '4111-1111-1111-1111'],
    ['checkbook (account 004417829933 printed on the checks)', '004417829933'],
    ["Her account number with them is MSK-004172 and they've passed it to debt collectors", 'MSK-004172'],
    ['pueden consignar a la cuenta de ahorros Bancolombia 512-384920-17 a nombre de su hija', '512-384920-17'],
    ['virement sur le compte courant BNP n° 30004 00123 45678', '30004 00123 45678'],
    ['why did acct #88213409 go to collections', '88213409'],
    ['her account number is 12345678', '12345678'],
    ['Billing account 0049-772-115 got the same charge twice', '0049-772-115'],
    ['la cuenta 00123456 del paciente', '00123456'],
    ['le numéro de compte 12345678 de la patiente', '12345678'],
    // a card or account named by its last four digits
    ['her card ending in 4421 was declined', '4421'],
    ['last 4 of his Visa 4421 on the receipt', '4421'],
    ['the receipt showed ****4421 and she freaked out', '4421'],
    ['billed to xxxx-xxxx-xxxx-4421 twice', '4421'],
    ['su tarjeta terminada en 4421', '4421'],
    ['sa carte se terminant par 4421', '4421'],
    ['Claim # 2025-0487731 was denied for her MRI', '2025-0487731'],
    ['su cuenta bancaria termina en 4421', '4421'],
    ['collections wrote to her about account PB-55120934 after she died', 'PB-55120934'],
    ['armó una colecta para el tratamiento. CBU 0140099803200052846713, todo suma', '0140099803200052846713'],
    ['Para la colecta de su tratamiento, transferencias al alias mirta.gauna.tratamiento. Gracias', 'mirta.gauna.tratamiento'],
    ['Pueden donar a la cuenta de Banreservas 960-123456-7 a nombre de su mamá', '960-123456-7'],
    ['Send anything to GTBank 0123456789, acct name Chinedu (her son)', '0123456789'],
    ['la señora me dictó su IBAN completo CR05 0152 0200 1026 2840 66 en plena ventanilla', 'CR05 0152 0200 1026 2840 66'],
  ])('ACCOUNT in %j', (text, surface) => {
    expect(spans(account, text)).toEqual(expected(text, 'ACCOUNT', surface));
  });

  it('a Luhn-valid card is certain', () => {
    expect(evidence(account, 'paid with 4111 1111 1111 1111')[0]).toMatchObject({ pattern: 'card', score: 1 });
  });

  it.each([
    ['4111 1111 1111 1112 fails Luhn'],
    ['n=3,533 and 1234567890123 participants'],
    ['GTIN 00884838034521 on the box'],
    ['account 1234'], // too short to be an account number
    ['log into my pt\'s portal account from 73.18.204.55'],
    ['the last 4 of our budget went to staffing'],
    ['card ending soon, 4421 members renewed'],
    ['password ****, pin 4421 is not an account'],
    ['the claim in 2025 covered 12 visits'],
    ['He goes by the alias john.doe on the forum'],
  ])('nothing in %j', (text) => {
    expect(spans(account, text)).toEqual([]);
  });
});
