import { describe, expect, it } from 'vitest';
import { labelledId } from '../../../../lib/check/phi/labelled-id';
import type { PhiCategory } from '../../../../lib/check/types';
import { expected, spans } from './helpers';

describe('labelled-id recognizer (a number after a label no specific recognizer knows)', () => {
  it.each<[string, PhiCategory, string]>([
    ['Her NIS # 0478211 is on the form they keep losing.', 'SSN', '0478211'],
    ['His NAPSA number is 301245678. He is a good man.', 'SSN', '301245678'],
    ['Su número de asegurada: 20483317, y sigue sin cobrar.', 'HEALTH_PLAN', '20483317'],
    ['Sa carte CMU n° 0171 2244 9031 était dans son sac.', 'HEALTH_PLAN', '0171 2244 9031'],
    ['her national ID (CF21004102HKLM) says born in 1921', 'OTHER_ID', 'CF21004102HKLM'],
    ['the Aadhaar card of our patient, no. 4821 7730 9615, was in the purse', 'OTHER_ID', '4821 7730 9615'],
    ['our patient has her late husband\'s number (2953 41872 1) on her scripts', 'OTHER_ID', '2953 41872 1'],
    ['his dad\'s MRN (4417-2296) right there on the screenshot', 'MRN', '4417-2296'],
    ['Please find the patient, folder no. KATH/24/088713, before she leaves', 'MRN', 'KATH/24/088713'],
    ['Sa fille a donné le numéro de compte 00231457 9921 pour les dons', 'ACCOUNT', '00231457 9921'],
    ['the claim for his father got rejected, HIB no 1023456789. Billing just shrugs.', 'HEALTH_PLAN', '1023456789'], // a scheme's capitals, then "no"
    ['la cédula y su carnet de ARS Humano 10234567, el esposo dejó un número', 'HEALTH_PLAN', '10234567'], // a card named by its insurer
  ])('%j: %s', (text, category, surface) => {
    expect(spans(labelledId, text)).toEqual(expected(text, category, surface));
  });

  it.each([
    ['Job Req #24-10583 for the night shift: apply at our careers page'], // a requisition, in a hiring post
    ['The card has the BIN (610014), the PCN, the group number, and her member ID'], // a plan's routing numbers, not a person's
    ['I passed the NCLEX! RN license #4482190 officially in hand'], // the clinician's own licence
    ['— Janet Morales, PharmD, RPh Lic. #RPH-041882'],
    ['PR 120-200 ms, QRS under 120 ms for his ECG'], // a range with a unit
    ['His BP 210/120 when he came in'], // a reading
    ['Order no. 55821334 shipped to her ward'],
    ['Commande de gants n° 4500778120 bloquée à la douane pour le service du patient'],
    ['Call us, number 0800 123 456, for her appointment'], // a phone: the phone recognizer's
    ['Study NCT04512345 is enrolling patients with her condition'],
    ['Our clinic number 0312 448 9921 for bookings'],
    ['She was born on 12.03.1931 in the village'], // a date
    ['His ID is in the drawer, 2 boxes down'], // too few digits
    ['Ochil View Hospice, Scottish Charity No. SC041822. Nursing Home, HIQA Centre ID OSV-0000123'], // the organisation's registrations
  ])('nothing in %j', (text) => {
    expect(spans(labelledId, text)).toEqual([]);
  });
});
