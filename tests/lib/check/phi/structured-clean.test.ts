/**
 * Clean posts, as clinicians write them, raise nothing from any structured-identifier recognizer:
 * vitals, doses, lab values, ICD/CPT codes, years, statistics, the organisation's own lines, public
 * hotlines and public links. Each row is a whole post; a regression row is named after what it caught.
 */
import { describe, expect, it } from 'vitest';
import { CheckDoc } from '../../../../lib/check/doc';
import { detectPhi } from '../../../../lib/check/phi';
import { account } from '../../../../lib/check/phi/account';
import { device } from '../../../../lib/check/phi/device';
import { email } from '../../../../lib/check/phi/email';
import { handle } from '../../../../lib/check/phi/handle';
import { healthPlan } from '../../../../lib/check/phi/health-plan';
import { ip } from '../../../../lib/check/phi/ip';
import { license } from '../../../../lib/check/phi/license';
import { mrn } from '../../../../lib/check/phi/mrn';
import { otherId } from '../../../../lib/check/phi/other-id';
import { phone } from '../../../../lib/check/phi/phone';
import { ssn } from '../../../../lib/check/phi/ssn';
import { url } from '../../../../lib/check/phi/url';
import { vehicle } from '../../../../lib/check/phi/vehicle';
import { DEFAULT_POLICY } from '../../../../lib/policy/default';

const STRUCTURED = [phone, email, ssn, mrn, healthPlan, account, license, vehicle, device, url, ip, handle, otherId];

const found = (text: string) =>
  detectPhi(new CheckDoc(text), DEFAULT_POLICY, STRUCTURED).map((f) => `${f.category}: ${text.slice(f.start, f.end)}`);

describe('structured recognizers on clean posts', () => {
  it.each([
    // vitals, doses, lab values
    ['Night shift math: BP 142/88, HR 104, RR 22, SpO2 91% on 2L, temp 38.4. Fluids at 125 mL/h, recheck in 4 hours.'],
    ['Reminder: metformin 500 mg BID, titrate to 1000 mg BID over 4 weeks. eGFR under 30? Stop it.'],
    ['Her A1c went from 9.8 to 6.9 in 6 months 🎉 K 4.1, Na 138, Cr 0.9, INR 2.4. Teamwork!'],
    ['Troponin 0.04 → 0.31 → 1.22 ng/mL. Door-to-balloon 58 min. #cardiology'],
    ['Heparin 18 units/kg/h, aPTT goal 60-85, next draw 0600. Bed 4 to bed 12 transfer done by 0900 huddle.'],
    // codes, years, statistics
    ['Coding tip: E11.9 vs E11.65, CPT 99214 vs 99215, modifier 25. ICD-10 Z79.4 for long-term insulin.'],
    ['In 2024 we screened 12,408 patients; 1,204 (9.7%) had an A1c over 6.5. Our 2025-2026 goal: 15,000.'],
    ['NNT 44, NNH 212, 95% CI 1.12-1.48, p = 0.003, n = 3,533 across 41 sites.'],
    ['Case 1 of 3: a 45-year-old with chest pain. Case #2 tomorrow. Journal club in room 210 on Thursday at noon.'],
    ['Lot 2025-0314 of the flu vaccine arrived; 400 doses, expiry 06/2026.'],
    ['Our unit went 365 days without a CLABSI! 2,400 line days, 0 infections.'],
    // the organisation's own lines, hotlines, public links
    ['Questions about your bill? Call our billing office at (614) 555-0100 ext. 4, Mon-Fri 8-5.'],
    ['If you or someone you love is struggling, call or text 988. Poison Control: 1-800-222-1222.'],
    ['Para citas llame al (614) 555-0100 o escríbanos a citas@example.org.'],
    ['Pour prendre rendez-vous, appelez notre standard au 01 23 45 67 89.'],
    ['Nuestro WhatsApp para citas: +52 55 5555 1234. ¡Te esperamos!'],
    ['Flu shots at our Main St clinic every Saturday. Info: https://www.cdc.gov/flu/prevent/index.html'],
    ['New guidance from the WHO: https://www.who.int/news-room/fact-sheets/detail/hypertension'],
    ['Follow @CDCgov and @WHO for outbreak updates. Our page: facebook.com/RiverbendHealth'],
    ['Join our team! Apply at careers@example.org or visit riverbendhealth.org/careers'],
    // clinical shorthand that looks like ids
    ['MRI L4-L5, C5-C6 disc bulge. GCS 15, NIHSS 0, mRS 1. ASA 2. Mallampati 3.'],
    ['Set the vent: AC 18/450/5/40%. PEEP 10 after the ABG 7.28/52/68.'],
    ['Version 4.2.1.3 of the EHR went live. Build 2025.11.2 fixes the order set bug.'],
    ['Trauma bay 2 is being renovated, use bay 3 until Monday.'],
    ['Our NY office has 300 staff; CA DL renewals are not our department.'],
    ['Congrats @jordan_blake_rn on your CCRN! Thanks @RiverbendFoundation for the stroke unit gift.'],
    ['Medicaid expansion covered 2,400,000 people in 2024; Medicare Part D caps insulin at $35.'],
    ['Last 4 years of data: 4,421 admissions, 2,871 discharges home.'],
    ['Card ending soon? Renew your badge at the front desk, room 112, before Friday.'],
    ['Patients: our patient portal is at mychart.riverbendhealth.org. For help call 614-555-0100.'],
    ['Study ID NCT04368728 enrolled 43,548 participants: clinicaltrials.gov/study/NCT04368728'],
    ['Our new NPI is 1234567893 for billing; update your referral forms.'],
    ['Pour les urgences, composez le 15 ou le 112. Centre antipoison : 01 40 05 48 48.'],
    ['Para urgencias marque 911. Locatel: 55 5658 1111.'],
    ['Ransomware hit 3 hospitals; the IOCs include 185.220.101.4 and evil-domain.xyz.'],
    ['Version 10.4.2.1 of the pump firmware fixes the occlusion alarm bug.'],
    ['Staffing grid: 4 RNs for 24 beds, 1 CNA per 8, charge nurse floats to bay 1-6 as needed.'],
    ['Vaccine clinic Saturday 10/12, 9am-2pm, Building C, room 104. Bring your insurance card!'],
  ])('nothing in %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});
