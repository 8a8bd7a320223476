/**
 * URL: web addresses that can identify a patient: fundraisers (gofundme.com/f/..., caringbridge),
 * personal profiles (facebook.com/name, instagram.com/name), personal blogs. Any other address only
 * counts with patient wording near it, so a link in an organisation's marketing post stays below the
 * threshold. Government, intergovernmental and education domains are public and dropped; the policy's
 * domain allowlist (cdc.gov, the organisation's own site) is applied afterwards by the pipeline.
 */
import { patternRecognizer, type Recognizer } from './recognizer';
import { orgContext, PERSONAL_WORDS } from './nearby';
import { GIVEN_NAMES, SURNAMES } from './name-lexicon';

const TLDS = 'com|org|net|blog|info|me|io|co|us|page|site|life|online|health|care|ly|ca|uk|mx|es|fr|de|social|app|link|bio|xyz|website|family|love|gov|edu|int|tv|nz|au|br|ar|cl|pe|ie|be|ch|it|pt|ee|gg|fm|so|cc|to|za|ng|ke|in|ph';
const HOST = String.raw`(?:[a-z0-9](?:[a-z0-9-]{0,62})\.){1,6}`;
const PATH = String.raw`(?:[/?#][^\s<>"'()\[\]{}]{0,300})?`;

/** Hosts whose pages are about one person: fundraisers and care journals, whoever shares them. */
const FUNDRAISER_HOSTS =
  /(?:^|\.)(?:gofundme\.com|caringbridge\.org|givesendgo\.com|mealtrain\.com|lotsahelpinghands\.com|fundly\.com|gofund\.me|givebutter\.com|spotfund\.com|leetchi\.com|vakinha\.com\.br|venmo\.com|cash\.app|paypal\.me|justgiving\.com|donorbox\.org|fundrazr\.com|givealittle\.co\.nz|ketto\.org|milaap\.org|kisskissbankbank\.com|vaki\.(?:co|cl)|donadora\.org|ko-fi\.com|patreon\.com|buymeacoffee\.com|everloved\.com|legacy\.com|carepages\.com|mylifeline\.org|forevermissed\.com|muchloved\.com|echovita\.com|dansnoscoeurs\.fr|libramemoria\.com|esquelas\.es|memorialsource\.com|tributearchive\.com|gofundme\.es|gofundme\.fr|cotizup\.com|helloasso\.com|kueski\.com|donaronline\.org|mchanga\.africa|m-changa\.com|backabuddy\.co\.za|givengain\.com|impactguru\.com)$/;
/** Hosts of personal profiles and blogs; an organisation's own profile is excluded by name or wording. */
const PROFILE_HOSTS =
  /(?:^|\.)(?:facebook\.com|fb\.com|instagram\.com|tiktok\.com|x\.com|twitter\.com|linkedin\.com|youtube\.com|threads\.net|bsky\.app|linktr\.ee|substack\.com|blogspot\.com|wordpress\.com|medium\.com|tumblr\.com|pinterest\.com|reddit\.com|snapchat\.com|twitch\.tv|strava\.com|vk\.com|mastodon\.social|t\.me|wa\.me)$/;
/** Profile names that are organisations, not people. */
const ORG_NAME = /health|hospital|h[oô]pital|cl[ií]nica|clinique|salud|sant[ée]|clinic|medical|medicine|\bmed|care|nurses|pharmacy|foundation|center|centre|official|news|events?\b|podcast/i;
/** Pages about one person on any site: obituaries, funeral notices, tributes, patient stories. */
const PERSON_PAGE = /\/(?:obituar(?:y|ies|ios?)|obits?|notices?|memorials?|tributes?|in-memory|funerals?|avis-de-deces|necrologie|n[ée]crologies?|esquelas?|stories|story|patient-stories|journeys?)(?:\/|$)/i;
/** Paths that only ever hold one dead person's page: any two-word slug under them is a name. */
const DEATH_PAGE = /\/(?:obituar(?:y|ies|ios?)|obits?|notices?|avis-de-deces|necrologie|n[ée]crologies?|esquelas?|tributes?|in-memory)\/[a-z]+[-_][a-z]+/i;
/** A slug that reads as a person's name: "tomasz-wisniewski", "abdirahman-warsame", "mary-ellen-ortiz-obituary". */
function nameSlug(path: string): boolean {
  return path.toLowerCase().split(/[/?#]/).some((seg) => {
    const parts = seg.split(/[-_.]/).filter((p) => /^[a-z]{2,}$/.test(p));
    return parts.length >= 2 && parts.some((p) => GIVEN_NAMES.has(p)) && parts.some((p, i) => i > 0 && (SURNAMES.has(p) || !GIVEN_NAMES.has(p)));
  });
}
const PUBLIC_TLD = /\.(?:gov|int|edu|mil)$|(?:^|\.)gov\.[a-z]{2}$|(?:^|\.)gc\.ca$|(?:^|\.)nhs\.uk$/;

function host(value: string): string {
  return value.toLowerCase().replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/^www\./, '').replace(/[/?#:].*$/, '');
}

const urlPatterns = patternRecognizer({
  id: 'url',
  category: 'URL',
  patterns: [
    { name: 'scheme-url', score: 0.4, regex: /\bhttps?:\/\/[^\s<>"'()[\]{}]{3,500}/gi },
    { name: 'www-url', score: 0.4, regex: /(?<![\w/.@-])www\.[^\s<>"'()[\]{}]{3,500}/gi },
    { name: 'bare-domain', score: 0.3, regex: new RegExp(String.raw`(?<![\w/.@+-])${HOST}(?:${TLDS})(?![\w@-])${PATH}`, 'gi') },
  ],
  context: [...PERSONAL_WORDS, 'blog', 'page', 'profile', 'fundraiser', 'gofundme', 'site', 'website', 'journal', 'donate', 'página', 'recaudación', 'cagnotte', 'friend-requested', 'friend', 'follow'],
  validate(value) {
    const h = host(value.replace(/[.,;:!?]+$/, ''));
    if (!h.includes('.') || PUBLIC_TLD.test(h)) return false;
    return undefined;
  },
  invalidate(value) {
    return /^[\d.]+$/.test(value);
  },
});

/** What introduces a person's own page: "memorial page", "his fundraiser", "la cagnotte", "su colecta". */
const PAGE_BEFORE = /(?<![\p{L}])(?:memorial|tribute|obituary|obit|fundraiser|fundraising|page|blog|website|site|cagnotte|vaquinha|colecta|rifa|hommage|homenaje|esquela|avis\s+de\s+d[ée]c[èe]s)(?:\s+(?:page|site|here|link|aqu[íi]|ici))?\s*[:(-]?\s*$/iu;

/** Words in an organisation's name. */
const ORG_NAME_WORD = /(?<![\p{L}])(?:ambulance|hospital|hospice|clinic|health|foundation|centre|center|society|charity|association|university|medical|cross|salud|sant[ée]|fondation|fundaci[óo]n|h[ôo]pital|clinique|cl[íi]nica|cruz|croix)(?![\p{L}])/iu;
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’]*(?:\s+(?:(?:of|for|de|du|del|des|la|le|the|&|and)\s+)?\p{Lu}[\p{L}'’]*){1,5}/gu;
const squeeze = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();

/** "Cornwall Air Ambulance thanks ... Donate at cornwallairambulancetrust.org": a host spelled from an organisation the post names. */
function orgNamedHost(text: string, h: string): boolean {
  const label = squeeze(h.split('.')[0] ?? '');
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    if (!ORG_NAME_WORD.test(m[0])) continue;
    const name = squeeze(m[0]);
    if (name.length >= 8 && label.includes(name)) return true;
  }
  return false;
}

/** Personal hosts with a path are identifying on their own; trailing punctuation is not the URL. */
export const url: Recognizer = {
  ...urlPatterns,
  recognize(ctx) {
    return urlPatterns.recognize(ctx).flatMap((c) => {
      const trimmed = ctx.doc.text.slice(c.start, c.end).replace(/[.,;:!?…]+$/, '');
      const h = host(trimmed);
      const path = trimmed.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/^www\./i, '').slice(h.length);
      // ... or any host's fundraiser page by its path: "…/fundraiser/78214", "…/cagnotte/pour-amina", "…/causa/anto-contra-la-leucemia"
      const fundraiser = (FUNDRAISER_HOSTS.test(h) && /^\/\S{2,}/.test(path)) || /^\/(?:[^\s/]+\/)?(?:fundraisers?|cagnottes?|colectas?|collectes?|causas?)\/[\w-]{3,}/i.test(path);
      const profile = PROFILE_HOSTS.test(h) && /^\/[^/\s]{2,}/.test(path) && !ORG_NAME.test(path);
      // a funeral notice, an obituary or a patient story page under a person's name
      const personPage = (PERSON_PAGE.test(path) && nameSlug(path)) || DEATH_PAGE.test(path);
      // "her dad's memorial page gofund-like.net/frank-oconnor": a page under a person's name, introduced as theirs
      const introduced = nameSlug(path) && PAGE_BEFORE.test(ctx.doc.text.slice(Math.max(0, c.start - 40), c.start));
      const personal = fundraiser || profile || personPage || introduced;
      const blogTld = /\.(?:blog|me|family|love)$/.test(h);
      // "our page on facebook.com", "visit us at ...": the organisation's own presence. A fundraiser
      // page is about one person whoever shares it, so organisational wording never drops it.
      if (!fundraiser && orgContext(ctx.doc.text, c.start, c.start + trimmed.length)) return [];
      if (!personal && orgNamedHost(ctx.doc.text, h)) return [];
      return [{
        ...c,
        end: c.start + trimmed.length,
        score: personal ? 0.85 : blogTld ? Math.max(c.score, 0.5) : c.score,
        pattern: personal ? `${c.pattern}:personal-page` : c.pattern,
      }];
    });
  },
};
