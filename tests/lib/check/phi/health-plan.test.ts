import { describe, expect, it } from 'vitest';
import { healthPlan } from '../../../../lib/check/phi/health-plan';
import { expected, spans } from './helpers';

describe('health-plan recognizer', () => {
  it.each([
    ['Medicare rejected the claim for MBI 3RT7-KW2-HP45 again', '3RT7-KW2-HP45'],
    ['who decided numbers should look like this: 1EG4-TE5-MK73', '1EG4-TE5-MK73'],
    ['Medicare ID 7CN2D83FX19, need to verify Part B', '7CN2D83FX19'],
    ['PA denied again. BCBS member XJH884017263 needs Humira', 'XJH884017263'],
    ['pt\'s Medicare 1EG4TE5MK73 is on file', '1EG4TE5MK73'],
    ['Member ID XJH448201933, same pt', 'XJH448201933'],
    ['Medi-Cal CIN 91827364A shows inactive', '91827364A'],
    ['subscriber # W123456789 on the card', 'W123456789'],
    ['Medicaid number 123456789012', '123456789012'],
    ['Medicaid ID is 12345678901', '12345678901'],
    ['policy no. ABC-1234567', 'ABC-1234567'],
    ['su número de afiliado 0012345678', '0012345678'],
    ['su tarjeta sanitaria número 12345678', '12345678'],
    ['Número de afiliado del IMSS 12345678901 de la paciente', '12345678901'],
    ['numéro d\'assuré 1850775123456', '1850775123456'],
    // letter suffixes and prefixes, and what sits between the label and the id
    ['his son is livid. Medicaid # on file is 91235508A if that helps', '91235508A'],
    ['NY Medicaid CIN AB12345C, pt is pending renewal', 'AB12345C'],
    ['member ID on her card: XJH448201937', 'XJH448201937'],
    ['BCBS ID XYZ123456789 for her refill', 'XYZ123456789'],
    ['her Aetna member ID W123456789 was denied', 'W123456789'],
    ['UHC # 981234567 on the claim', '981234567'],
    ['his NHS number is 943 476 5919', '943 476 5919'],
    ['OHIP 1234-567-890-AB for the transfer', '1234-567-890-AB'],
    ['tarjeta de afiliación IMSS 12345678901 de la paciente', '12345678901'],
    ['her Medi-Cal BIC 91234567A12345 is expired', '91234567A12345'],
    ['member ID ending in 4471 on her BCBS card', '4471'],
    ['his HMO enrollee ID NHIS/ABJ/0092214 did not verify', 'NHIS/ABJ/0092214'],
    ['enrollee number 88120345 on the form', '88120345'],
      ['la señora, afiliada n.º 2207-551904-1, sigue esperando', '2207-551904-1'],
      ['patient Rodel Santos, PhilHealth no. 12-050394817-6, still pending', '12-050394817-6'],
    // Quebec health cards (birth date inside) and member ids typed in groups
    ["mon patient m'a lu son numéro d'assurance maladie, LAVM 6207 1512, à voix haute", 'LAVM 6207 1512'],
    ['carte RAMQ BOUJ 4511 2899 expirée encore', 'BOUJ 4511 2899'],
    ['I pulled her profile, member ID W301 448 2290, and the plan had termed', 'W301 448 2290'],
    ["whoever found Mr Pappas's Medicare card (4417 20935 2) please hand it in", '4417 20935 2'],
    // a CHI number named as such even with a wrong check digit, New Zealand's NHI, payers named without 'ID', Latin American payers
    ['Her CHI number 1201851234 was on the handover sheet someone photographed', '1201851234'],
    ["Patient's NHI ZAA0024 was visible in the photo of the whiteboard", 'ZAA0024'],
    ['PhilHealth 12-345678901-2 of the patient was posted in the GC', '12-345678901-2'],
    ['Número de afiliado IOMA 80012345678, el de la señora', '80012345678'],
    ['Su número de FONASA FON-228-4471 estaba en la foto', 'FON-228-4471'],
    ['sa mutuelle (n° adhérent MGN-0088412) dit que ça ne correspond pas', 'MGN-0088412'],
    ['Notre patiente Khadija, carte RAMED n° RA-1122334455, a besoin d une dialyse', 'RA-1122334455'],
    ['waiting 3 days for her SHA approval, number SHA-20431987, for a simple hernia op', 'SHA-20431987'],
    ["the pt's full MCP # 118 392 004 771 on the cover sheet", '118 392 004 771'],
  ])('HEALTH_PLAN in %j', (text, surface) => {
    expect(spans(healthPlan, text)).toEqual(expected(text, 'HEALTH_PLAN', surface));
  });

  it.each([
    ['fake MBI 1SG4-TE5-MK73'], // S is never used
    ['fake MBI 0EG4-TE5-MK73'], // first character is 1-9
    ['Aetna member of the board spoke at our gala'],
    ['a code like 1EG4TE5MK73 with nothing around it'],
    ['Medicare open enrollment runs Oct 15 to Dec 7 in 2025'],
    ['our plan for 2025 is simple'],
    ['member of the team since 2019'],
    ['Group B strep screening at 36 weeks'],
    ['Our strategic plan 2025-2030 is out'],
    ['Medicare 2025-2026 enrollment opens soon'],
    ['member 12345 of the choir'], // a bare "member" needs "ID", "#" or "number"
    ['NHS number 943 476 5918 on a training slide'], // fails the mod-11 check
    ['Medicaid expansion covered 2,400,000 people in 2024'],
    ['BCBS ID cards are being reissued in 2026'],
    ['our Aetna member ID line is open 8-5'],
    ['member ID cards ending in 2024 are void'],
    ['Plan 3/14/2025: follow-up with the group'],
    ['code de salle SALA 2024 1130 pour la formation'],
    ['member ID 2024 for the raffle'],
    ['example NHS number 943 476 5918 for the e-learning module'],
    ['the SHA-2024 policy review is on Friday'],
  ])('nothing in %j', (text) => {
    expect(spans(healthPlan, text)).toEqual([]);
  });
});
