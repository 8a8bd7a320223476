import { describe, expect, it } from 'vitest';
import { device } from '../../../../lib/check/phi/device';
import { expected, spans } from './helpers';

describe('device recognizer', () => {
  it.each([
    ['the lot on a hip implant for a revision pt: (01)00884838034521(21)A7731902. Useless portal', '(01)00884838034521(21)A7731902'],
    ['UDI (01)00643169007222(17)160128(21)BLC200461H', '(01)00643169007222(17)160128(21)BLC200461H'],
    ['Rep interrogated it and said SN PJN402871H is on an advisory list', 'PJN402871H'],
    ['he left his hearing aids in our truck. Serial on the case is PH-7732-0918. Message me', 'PH-7732-0918'], // where the serial is, then "is"
    ['fitted her BTEs today, serials 3319A-0471 and the left one on the box', '3319A-0471'], // a plural label
    ['Dexcom transmitter ID 8G3X2K, belongs to a 9 year old', '8G3X2K'],
    ['His pump (serial TP1184590) died', 'TP1184590'],
    ['insulin pump serial no. TP1184590', 'TP1184590'],
    ['CGM transmitter 8G3X2K', '8G3X2K'],
    ['Her Dexcom G7 sensor ID is 4G7K2M', '4G7K2M'],
    ['new pacemaker today, serial #RNH440217S, and', 'RNH440217S'],
    ['pt\'s tablet (S/N R58N42KXV1P) on wifi', 'R58N42KXV1P'],
    ['el marcapasos, número de serie MX44120913', 'MX44120913'],
    ['le stimulateur, numéro de série 7781AB22', '7781AB22'],
    ['Numéro de série du stimulateur : PJN402871H', 'PJN402871H'],
    ['the stolen phone\'s IMEI 490154203237518 came up in his chart notes', '490154203237518'],
    ['her insulin pump\'s Bluetooth address 00:1a:7d:da:71:13 keeps dropping', '00:1a:7d:da:71:13'],
    ['Pt\'s pacemaker rep read the serial off the card: PXN204517H', 'PXN204517H'],
    ['engraved with the serial (PJN602118S) just in case', 'PJN602118S'],
      ['processeur oublié dans la salle, no de série CP1150-2284719', 'CP1150-2284719'],
    ['son cœur artificiel (HeartMate 3, série MLP418822) fonctionne toujours', 'MLP418822'],
    ['the serial on the card (KXT558201R) is not the one in his chest', 'KXT558201R'],
    ['I wrote the sensor serial down for her mom: 7G4K2ZX81Q', '7G4K2ZX81Q'],
    ['implant cochléaire chez le petit Noah. Processeur n° 2E1019874 activé hier', '2E1019874'],
    ['a leadless pacemaker for him. Device registry ID MC1VR01-PJN617245S logged for follow-up', 'MC1VR01-PJN617245S'],
    ['Straumann LOT TR41852 noted in her card for future reference', 'TR41852'],
    ['Implanted in an 88-year-old, device SN MCX 8812094. He will', 'MCX 8812094'],
  ])('DEVICE in %j', (text, surface) => {
    expect(spans(device, text)).toEqual(expected(text, 'DEVICE', surface));
  });

  it('takes a second serial of the named one\'s very shape', () => {
    const text = 'Números de serie CI632-90311847 y CI632-90311852 registrados.';
    expect(spans(device, text)).toEqual([...expected(text, 'DEVICE', 'CI632-90311847'), ...expected(text, 'DEVICE', 'CI632-90311852')]);
  });

  it.each([
    ['serial killer podcast at 9'],
    ['sn ya llegó 12345'], // lower-case "sn" is chat shorthand
    ['serial numbers are not patient identifiers'],
    ['serial 2019 model'],
    ['lot numbers, NDCs and UPCs are not patient identifiers'],
    ['IMEI checks are part of our phone policy since 2024'],
    ['MAC address filtering is on for the whole ward network'],
    ['une série de conférences sur le diabète'],
    ['Lot 45 of the subdivision flooded again'],
  ])('nothing in %j', (text) => {
    expect(spans(device, text)).toEqual([]);
  });
});
