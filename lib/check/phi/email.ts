/**
 * EMAIL: addresses including plus-addressing (jane+clinic@example.com). Role mailboxes (info@,
 * careers@, talent@) are an organisation's public contact, not a person's, and are dropped.
 * A fediverse handle (@user@instance) is a HANDLE, so an address right after "@" is not an e-mail.
 * Addresses written to dodge scrapers count too ("jane [at] gmail [dot] com", "lupita arroba hotmail punto com").
 */
import { patternRecognizer } from './recognizer';
import { HIRING_POST, orgContext, PERSONAL_WORDS } from './nearby';

const ORG_DOMAIN = /health|hospital|clinic|medical|medicine|care|\.edu$|\.gov$/i;
/** Hospitals and health services by their domains' shapes: the NHS, French CHU/CHRU/AP-HP, *.gouv, *.gob. */
const PUBLIC_BODY_DOMAIN = /(?:^|\.)(?:nhs\.(?:uk|net|scot)|hse\.ie|chu-[a-z-]+\.fr|chru-[a-z-]+\.fr|ch-[a-z-]+\.fr|aphp\.fr|gouv\.[a-z]{2,3}|gob\.[a-z]{2,3}|gov\.[a-z]{2,3}|sante\.[a-z]{2,3}|salud\.[a-z]{2,3})$|^chu-|^chru-/i;
const ORG_PURPOSE = /^\W{0,3}(?:for|para|pour)\s+(?:media|press|the\s+schedule|scheduling|questions|inquiries|more|info|details|applications?|jobs?|careers?)/i;

const ROLE_MAILBOXES = new Set([
  'info', 'information', 'contact', 'contacts', 'hello', 'help', 'support', 'admin', 'office', 'talent', 'careers', 'career',
  'jobs', 'hr', 'recruiting', 'recruitment', 'press', 'media', 'news', 'marketing', 'communications', 'comms', 'events',
  'team', 'billing', 'records', 'medicalrecords', 'privacy', 'compliance', 'noreply', 'no-reply', 'donotreply', 'webmaster',
  'appointments', 'scheduling', 'referrals', 'volunteer', 'volunteers', 'giving', 'foundation', 'feedback', 'sales',
  'service', 'customerservice', 'patientrelations', 'patient.relations', 'informacion', 'contacto', 'citas', 'accueil',
  'contactez', 'rdv', 'study', 'studies', 'research', 'trials', 'clinicaltrials', 'media-relations', 'mediarelations', 'pr',
  'seleccion', 'selección', 'empleo', 'rrhh', 'recrutement', 'emploi', 'candidatures', 'rh',
]);

/** "@", "[at]", "(at)" or " at ": where the mailbox ends and the host begins. */
const AT_SIGN = /@| ?[[({]at[\])}] ?| (?:at|arroba|arobase) /i;
/** Words before a spelled-out " at " that are prose, not a mailbox: "email her at gmail dot com". */
const NOT_A_MAILBOX = new Set(['her', 'him', 'me', 'us', 'them', 'you', 'it', 'is', 'was', 'email', 'mail', 'address', 'reach', 'contact', 'account', 'inbox', 'su', 'sa']);

export const email = patternRecognizer({
  id: 'email',
  category: 'EMAIL',
  patterns: [
    {
      name: 'address',
      score: 0.75,
      regex: /(?<![\w.+%@-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.){1,8}[A-Za-z]{2,24}(?![\w-]|\.[A-Za-z])/g,
    },
    // Written to dodge scrapers: "jane.doe [at] gmail [dot] com", "jane(at)outlook.com".
    {
      name: 'bracketed-at',
      score: 0.75,
      regex: /(?<![\w.+%@-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63} ?[[({]at[\])}] ?[A-Za-z0-9-]{1,63}(?: ?(?:[[({]dot[\])}]|\.) ?[A-Za-z]{2,24}){1,3}(?![\w-])/gi,
    },
    // "jane dot doe at gmail dot com", "lupita arroba hotmail punto com": only at a webmail host, so "meet at noon" never reads as one.
    {
      name: 'spelled-out',
      score: 0.75,
      regex: /(?<![\w.+%@-])[A-Za-z0-9][A-Za-z0-9._+-]{0,40}(?: (?:dot|punto|point) [A-Za-z0-9_+-]{1,40}){0,2} (?:at|arroba|arobase) (?:gmail|yahoo|hotmail|outlook|aol|icloud|comcast|live|msn|proton(?:mail)?|gmx|att|verizon|sbcglobal|prodigy|orange|free|laposte|wanadoo)(?: (?:dot|punto|point) |\.)(?:com|net|me|es|fr|mx|ca)(?![\w-])/gi,
    },
  ],
  context: [...PERSONAL_WORDS, 'email', 'e-mail', 'mail', 'emailed', 'correo', 'courriel', 'adresse'],
  invalidate(value, { doc }, start, end) {
    const at = AT_SIGN.exec(value);
    if (!at) return true;
    const local = value.slice(0, at.index).toLowerCase().replace(/\+.*$/, '').replace(/ (?:dot|punto|point) /g, '.');
    if (ROLE_MAILBOXES.has(local) || NOT_A_MAILBOX.has(local)) return true;
    const domain = value.slice(at.index + at[0].length);
    // A department's mailbox at a public body's domain: "physio.recruitment@wales.nhs.uk", "recrutement.ide@chru-strasbourg.fr"
    if ((ORG_DOMAIN.test(domain) || PUBLIC_BODY_DOMAIN.test(domain)) && local.split(/[._-]/).some((part) => ROLE_MAILBOXES.has(part))) return true;
    // A staff address at the organisation's own domain, in a post about media, jobs or scheduling.
    return ORG_DOMAIN.test(domain) && (orgContext(doc.text, start, end) || ORG_PURPOSE.test(doc.text.slice(end, end + 40)) || HIRING_POST.test(doc.text));
  },
});
