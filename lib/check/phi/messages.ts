/** What each PHI finding tells the clinician, and the placeholder a redaction leaves. */
import type { PhiCategory } from '../types';

const WHAT: Record<PhiCategory, [string, string]> = {
  NAME: ['a person\'s name', '[name]'],
  LOCATION: ['a place tied to a patient (address, town, ZIP code)', '[place]'],
  DATE: ['a date tied to a patient (birth, admission, visit)', '[date]'],
  AGE_90_PLUS: ['an age of 90 or over', '[age 90+]'],
  PHONE: ['a phone number', '[phone]'],
  FAX: ['a fax number', '[fax]'],
  EMAIL: ['an e-mail address', '[email]'],
  SSN: ['a Social Security number', '[SSN]'],
  MRN: ['a medical record, chart or encounter number', '[record number]'],
  HEALTH_PLAN: ['a health plan, Medicare or Medicaid member number', '[member ID]'],
  ACCOUNT: ['an account or card number', '[account]'],
  LICENSE: ['a licence or certificate number', '[licence]'],
  VEHICLE: ['a vehicle plate or VIN', '[vehicle]'],
  DEVICE: ['a device serial number or identifier', '[device ID]'],
  URL: ['a web address that may identify a patient', '[link]'],
  IP: ['an IP address', '[IP]'],
  HANDLE: ['a social-media handle that may identify a patient or relative', '[handle]'],
  OTHER_ID: ['an identifying number or detail', '[identifier]'],
  FACE: ['a face', '[face]'],
};

export function messageFor(category: PhiCategory): string {
  // A face is seen, not read: no "looks like", and consent (not removal) is what the policy asks for.
  if (category === 'FACE') return 'A face is visible: a patient photo needs written consent under your policy. Post it only with that consent, or use a copy with the face blacked out.';
  return `Looks like ${WHAT[category][0]} — protected health information under HIPAA. Remove it, or move this conversation to a private channel.`;
}

export function placeholderFor(category: PhiCategory): string {
  return WHAT[category][1];
}
