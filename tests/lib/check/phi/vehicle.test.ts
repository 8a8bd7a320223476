import { describe, expect, it } from 'vitest';
import { vehicle } from '../../../../lib/check/phi/vehicle';
import { evidence, expected, spans } from './helpers';

describe('vehicle recognizer', () => {
  it.each([
    ['VIN 1FTRW14WX9KA38217, three phone calls later', '1FTRW14WX9KA38217'],
    ['write down his VIN for the adjuster: 2HGFC2F50LH561204.', '2HGFC2F50LH561204'],
    ['the police report (3VWDX7AJ4BM302918) and rides', '3VWDX7AJ4BM302918'], // check digit alone
    ['VIN WDB1234561A123456 from a European car', 'WDB1234561A123456'], // labelled, no NA check digit
    ['\'09 F-150, plate GHT 2210, towed', 'GHT 2210'],
    ['the red Civic with plate HJK-4412 out of the bay', 'HJK-4412'],
    ['Silver Camry, plate 8MNP207. He insists', '8MNP207'],
    ['license plate: 7ABC123', '7ABC123'],
    ['plate "7KLM441" on the tow slip', '7KLM441'],
    ['his plate is ABC1234 and', 'ABC1234'],
    ['plate of food, then plate 7GHX992', '7GHX992'],
    // Spanish and French
    ['el coche con placa ABC-1234 del paciente', 'ABC-1234'],
    ['Placa del carro del paciente: ABC-1234', 'ABC-1234'],
    ['la voiture du patient, immatriculation AB-123-CD', 'AB-123-CD'],
    ['his Ohio plate reads GHT 2210 on the tow slip', 'GHT 2210'],
    ['her car, reg AB12 CDE, is still in the car park', 'AB12 CDE'],
    ['la camioneta del paciente, placas JKL-123-A', 'JKL-123-A'],
    ['la voiture de sa fille immatriculée AB-123-CD', 'AB-123-CD'],
    ['plates on the car that dropped him off: Ohio GHT-2210', 'GHT-2210'],
    ['the VIN on his truck ends in 004352', '004352'],
    // a UK plate's own shape, with a vehicle word in the sentence
    ['the silver Fiesta LM68 RTA we cut him out of, towed now', 'LM68 RTA'],
    ['Whose car is BD51 SMR? It is blocking the ambulance bay', 'BD51 SMR'],
    ['his ute (rego XQT-19B) is still blocking the ambulance bay', 'XQT-19B'],
    ['Pulled a young fella out of a white Hilux, rego CJ 42 MW, near the servo at 3am', 'CJ 42 MW'],
    ['his plate AB 12 was bent after the crash', 'AB 12'],
    ['Job last arvo: rolled ute on the highway, rego 428 KPQ. Bloke was fine', '428 KPQ'], // digits first; 'rego' is not 'reg' + 'o'
    ['Dejaron la camioneta patente AB 123 CD en la puerta de la guardia', 'AB 123 CD'], // Argentina
    ['he drove his wife to our gate at 2am in his matatu KDG 417Q when she was fully dilated', 'KDG 417Q'],
    ['El caballero de la camioneta patente KH-TP-42 que chocó llegó con tres costillas rotas', 'KH-TP-42'],
    ["Le véhicule du patient, immatriculé GH-412-TR, a été retrouvé au fossé", 'GH-412-TR'],
    ["Pt's car reg 08-C-21764 was still in the car park when we discharged him", '08-C-21764'],
    ['El coche 1234 BCD del paciente sigue en el aparcamiento', '1234 BCD'],
    ['Sa voiture GH-412-TR est restée garée devant les urgences', 'GH-412-TR'],
    ['truck still idling in the ambulance bay with plate TX GHK-4471 lol', 'TX GHK-4471'],
    ['We got the lad out at the junction. Red Corsa CU64 XHT, upside down in the ditch', 'CU64 XHT'],
    ['Sa Civic grise G42 ZHN est une perte totale', 'G42 ZHN'],
    ['The oupa driving the bakkie CA 482-915 kept asking about his dog', 'CA 482-915'],
    ['León blanco 4821 KLM dado la vuelta, el chaval sin cinturón', '4821 KLM'],
    ['Her car (CKRT 512) got towed from the lot too', 'CKRT 512'],
    // a plate right after a kind of vehicle or a model named by its make, in any case, with local shapes
    ['RTA by the exit, silver Tiida PDN 7734 flip twice', 'PDN 7734'],
    ['el auto era un Fiat Uno SBD 2345. El motociclista', 'SBD 2345'],
    ['Hard call. Truck SKV 219 went off the road', 'SKV 219'],
    ['when kombi AEK 4521 overturned on the road', 'AEK 4521'],
    ['Came in a CNG, Dhaka Metro-Tha 11-4519, driver refused money', 'Dhaka Metro-Tha 11-4519'],
    ['une Clio 187 تونس 4521 contre un palmier', '187 تونس 4521'],
    ['Llegó en moto chapa AAB 123 chocado en la Ruta 2', 'AAB 123'],
    ['pickup placa P-512FKD contra la baranda', 'P-512FKD'],
    ['une Golf immatriculée OG-KL 482 contre la glissière', 'OG-KL 482'],
    ['your scooter GA-03-AK-4471 is still at the casualty gate', 'GA-03-AK-4471'], // an Indian registration
    ['deja la troca AHT-472-A atravesada en la entrada de ambulancias', 'AHT-472-A'],
    ['WHO OWNS WHITE HILUX N 4521 W?? blocking the casualty ambulance bay since 2am', 'N 4521 W'], // a model shouted, a one-letter plate
    ['Whoever left the silver Picanto G 4829 B in the A&E drop-off, move it please', 'G 4829 B'],
  ])('VEHICLE in %j', (text, surface) => {
    expect(spans(vehicle, text)).toEqual(expected(text, 'VEHICLE', surface));
  });

  it('a VIN with a valid check digit is certain', () => {
    expect(evidence(vehicle, 'found 1M8GDM9AXKP042788 in the lot')[0]).toMatchObject({ pattern: 'vin', score: 1 });
  });

  it.each([
    ['random 1FTRW14W19KA38217 code'], // check digit fails and no VIN label
    ['tag a friend who needs this 💉'],
    ['plates in 2025 cost more'],
    ['tags 2024'],
    ['use code AB12 CDE at checkout for 10% off'], // a UK plate's shape with no vehicle near
    ['plate of food for the night shift'],
    ['registration opens in 2026'],
    ['reg 12 min, then the next plate'],
    ['vitals: HR 112, RR 24, plate count 150'],
    ['Ohio State 2024 was a great season for the team'],
    ['the Ohio 2210 bus route'],
    ['Dosis: 1000 MG cada 8 horas'], // a Spanish plate's shape with no vehicle near
    ['Ref GH-412-TR on the order form'],
    ['Focus on the ABC 123 of resuscitation'],
    ['Our new Golf Cart Service: cart 12 runs every 10 minutes'],
    ['Our Bus 2024 tour stops at the clinic on Friday.'],
    ['Take the bus 42 to the hospital entrance.'],
    ['SELLING MY HILUX 2019 MODEL, GREAT CONDITION'], // a model shouted and its year: no plate
  ])('nothing in %j', (text) => {
    expect(spans(vehicle, text)).toEqual([]);
  });
});
