import { describe, expect, it } from 'vitest';
import { license } from '../../../../lib/check/phi/license';
import { expected, spans } from './helpers';

describe('license recognizer', () => {
  it.each([
    ['Registration scanned the wrong guy\'s license (DL D441-0778-1209) into my pt\'s chart', 'D441-0778-1209'],
    ['And his DL for the police report, F255-9210-3347.', 'F255-9210-3347'],
    ["the form wants his driver's license # (W214-7730-5591)", 'W214-7730-5591'],
    ['an expired driver\'s license in his jacket, #B7723419, and a bus pass', 'B7723419'],
    ['using her own NP license number, NP-0091244, like we would not notice', 'NP-0091244'],
    ['driver\'s licence no. S1234-56789-01234', 'S1234-56789-01234'],
    ['passport 533380006 in her bag', '533380006'],
    ['her driver license number is 123456789', '123456789'],
    // Spanish and French
    ['una foto de su licencia de Texas en el celular, número 40218877.', '40218877'],
    ['le permis de conduire n° 12AB34567 du patient', '12AB34567'],
    // a state's code or name as the label, and each state's own shape
    ['pt\'s NY license 714 392 058 won\'t scan', '714 392 058'],
    ['an expired CA DL D4829173 tucked in his shoe', 'D4829173'],
    ['his Texas driver\'s license 32815470 was in the truck', '32815470'],
    ['her Florida DL is S123-456-78-901-0', 'S123-456-78-901-0'],
    ['IL DL# A123-4567-8901 on the pt\'s ID', 'A123-4567-8901'],
    ['his WA ID WDLABC12345D was in the wallet', 'WDLABC12345D'],
    // other identity documents in Spanish and French
    ['Su DNI es 12345678Z, lo dejó en la mesa', '12345678Z'],
    ['el NIE de su esposa X1234567L', 'X1234567L'],
    ['su credencial de elector 1234567890123 se quedó en urgencias', '1234567890123'],
    ['sa carte d\'identité n° 123456789012 est restée aux urgences', '123456789012'],
    ['his driver\'s license # FL A123-456-78-901-0 was in the ambulance', 'A123-456-78-901-0'],
    ['pt\'s DL: TX 32815470', '32815470'],
    ['Su pasaporte mexicano G12345678 estaba en la mochila', 'G12345678'],
    ['her ID card number 123456789 (NY) was scanned into the wrong chart', '123456789'],
    ['pt flies for a living, FAA cert 2207719, and wants it off the record', '2207719'],
    ['his CDL 88412093 is in the truck', '88412093'],
    ['Se perdió un señor con DNI 23.456.789, por favor compartan', '23.456.789'],
    ["only ID on him was a driver's license #B07-331-902", 'B07-331-902'],
    ['she still carries her old Ohio RN #R-014877 in her purse', 'R-014877'],
    ['her RN licence card fell out of her scrub pocket: Danielle, RN 2215879. She works two floors up', '2215879'],
    ['he gave me his driving licence as ID and it expired in 2016: WHEAT702159JW9XY. Mate.', 'WHEAT702159JW9XY'],
    ['medical fitness cert for his driving licence renewal, DL no KA05 20190012345.', 'KA05 20190012345'], // India
    ['the form wants his licence no. (D6101-40706-60905) and he was not thrilled', 'D6101-40706-60905'],
    ['tengo a la señora Marbelis, cédula V-14.882.301, con insulina NPH', 'V-14.882.301'],
    ['Paciente María Pérez, C.C. 40.022.318 de Tunja, barrio Las Nieves', '40.022.318'], // a Colombian cédula de ciudadanía
  ])('LICENSE in %j', (text, surface) => {
    expect(spans(license, text)).toEqual(expected(text, 'LICENSE', surface));
  });

  it.each([
    ['— Jamie Cole, RN, BSN, CCRN | Lic. RN-449210 (OH) | Program Lead'],
    ['Lic. 449210 in the footer'],
    ['license renewal due in 2026'],
    ['DL 2024 conference'],
    ['her licence was suspended'],
    ['the pt\'s NY license plate ABC1234 was on the report'], // a plate is a VEHICLE
    ['our NY office has 300 staff and 25 licenses'],
    ['CA DL renewals are delayed until 2026'],
    ['the DNI was lost in 2019'],
    ['ID card printers are down until 2026'],
    ['Proud of our nurses! Jane Doe, RN 2215879 and Tom Li, LPN 44821 passed their certification'],
    ['Great shift everyone.\n— Jane Doe, RN 2215879'],
    ["Le tournoi de golf a permis d'amasser 74 000 $ pour l'achat d'un appareil"], // French "allowed to", not a licence
  ])('nothing in %j', (text) => {
    expect(spans(license, text)).toEqual([]);
  });
});
