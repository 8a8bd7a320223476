/**
 * HANDLE: social-media usernames: @name, @first.last, fediverse @user@instance, Bluesky
 * @name.bsky.social, Reddit u/name, a labelled name without "@" ("his username is vet_dad_1979", "IG
 * handle is gabe.grows.strong") and payment handles ("Venmo @Linda-Lupus-Warrior"). Not e-mail addresses (the "@" must not follow a word character)
 * and not "@ 5pm". Only counts with patient or family wording near it (or a reply that opens on the handle and
 * talks about the person's health), so a shout-out to a colleague
 * or the organisation's own account stays below the threshold.
 */
import { patternRecognizer, type Recognizer } from './recognizer';
import { ADDRESSED, BIRTH_IN_POST, clauseAfter, clauseBefore, CONGRATS_BEFORE, isOrgPost, RELATIVE_BEFORE } from './nearby';
import { findContextWord } from './context';

const ORG_HANDLE =
  /health|hospital|h[oô]pital|clinic|medical|medicine|medicaid|medicare|insurance|aetna|cigna|humana|bcbs|bluecross|uhc|kaiser|pharmacy|cvs|walgreens|foundation|center|centre|institute|society|association|council|department|official|news|journal|pharma|policy|research|university|college|nursing|nurses|doctors|physicians|cdc|nih|nhs|gov/i;

const handlePatterns = patternRecognizer({
  id: 'handle',
  category: 'HANDLE',
  patterns: [
    { name: 'fediverse', score: 0.45, regex: /(?<![\w.@+-])@[A-Za-z0-9_]{1,30}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.){1,5}[A-Za-z]{2,24}(?![\w-])/g },
    // letters with accents too ("@yesi_ceibeña"): people type them, whatever the site accepts
    { name: 'at-handle', score: 0.4, regex: /(?<![\w.@+-])@[\p{L}\p{N}_](?:[\p{L}\p{N}_]|\.(?=[\p{L}\p{N}_])){0,63}(?![\w@-])/gu },
    // "his username on the forum is vet_dad_1979": a label, then a name with a digit or underscore in it.
    {
      name: 'labelled-username',
      score: 0.45,
      group: 1,
      regex: /(?<![\p{L}])(?:user\s?name|gamertag|screen\s?name|usuario|pseudo|(?:ig|insta(?:gram)?|tiktok|snap(?:chat)?|twitter)\s+(?:handle|account|username|name)|handle)(?:\s{1,2}(?:on|en|sur)\s{1,2}(?:the\s+|el\s+|le\s+)?[\p{L}]{2,15})?(?:\s{1,2}(?:is|was|es|era|est))?\s{0,2}[:=]?\s{0,2}((?=[A-Za-z0-9]{0,29}[_\d.][A-Za-z0-9_])[A-Za-z][A-Za-z0-9_.]{1,28}[A-Za-z0-9_])(?![\w@])/giud,
    },
    // Payment handles carry dashes: "her Venmo @Linda-Lupus-Warrior", "Cash App $MikeRebuilds".
    {
      name: 'payment-handle',
      score: 0.6,
      group: 1,
      regex: /(?<![\p{L}])(?:venmo|cash\s?app|paypal(?:\.me)?)\W{0,3}([@$][A-Za-z0-9][A-Za-z0-9_-]{2,30})(?![\w@-])/giud,
    },
    { name: 'reddit-user', score: 0.6, regex: /(?<![\w/])\/?u\/[A-Za-z0-9_-]{3,20}(?![\w/-])/g },
    // "Tagging mama_bear_of_3_kings because she said I could": an account tagged without its "@", known by its underscore, dot or digit
    {
      name: 'tagged-handle',
      score: 0.45,
      group: 1,
      regex: /(?<![\p{L}])(?:tagging|tagged|etiquet[ée]|etiquetando|j['’]identifie|identifi[ée])\s{1,2}((?=[A-Za-z0-9.]{0,29}[_\d][A-Za-z0-9_])[A-Za-z][A-Za-z0-9_.]{1,28}[A-Za-z0-9_])(?![\w@.])/giud,
    },
  ],
  // Pronouns alone are not enough here: "congrats @DrNair, she won" is a colleague. Family words and
  // the words of a patient's journey are.
  context: [
    'patient', 'pt', 'pt\'s', 'former patient', 'wife', 'husband', 'son', 'daughter', 'mom', 'mama', 'mother', 'dad', 'papa',
    'father', 'sister', 'brother', 'family', 'grandson', 'granddaughter', 'warrior', 'username', 'user', 'profile',
    'your', 'hey', 'transplant', 'chemo', 'cancer', 'surgery', 'recovery', 'diagnosis', 'diagnosed', 'stroke',
    'treatment', 'journey', 'fight', 'fights', 'survivor', 'remission', 'dialysis', 'rehab', 'icu', 'nicu',
    'paciente', 'hijo', 'hija', 'mamá', 'papá', 'familia', 'usuario', 'perfil', 'patiente', 'fils', 'fille', 'utilisateur',
    // a practice's own clients: "another happy client @jess_glowsup"
    'client', 'clients', 'clienta', 'cliente', 'cliente', 'pacientito', 'pacientita',
  ],
  validate(value) {
    // "@12:30", "@3pm": times and numbers are not usernames.
    const name = value.replace(/^\/?(?:u\/|@)/, '').split('@')[0];
    if (/^\d+(?:[:.]\d+)?(?:am|pm|h)?$/i.test(name)) return false;
    // A clinician's own professional handle (@DrNair, @NurseJo) is not a patient's.
    if (/^(?:Dr|Doc|Nurse|RN|NP|PA|MD)[A-Z_]/.test(name)) return false;
    if (/[_.](?:rn|md|do|np|pa|pharmd|dpt|crna|lpn|bsn|msn|phd|mph)$/i.test(name)) return false;
    // An organisation's account (@RiverbendFoundation, @healthpolicyguy) is not a patient's.
    if (ORG_HANDLE.test(name)) return false;
    return undefined;
  },
});

/** A post that opens on a handle and goes on about a diagnosis or treatment is about that person. */
const JOURNEY_AFTER = new RegExp(
  String.raw`(?<![\p{L}])(?:` +
    // "after his CABG", "her last round of chemo", "su trasplante", "sa greffe"
    String.raw`(?:her|his|their|su|sus|sa|son|ses)\s+(?:first|last|own|new|latest|big|\d+(?:st|nd|rd|th)?)?\s*(?:round\s+of\s+)?(?:transplant|chemo(?:therapy)?|cancer|surgery|op|operation|recovery|diagnosis|stroke|heart\s+attack|mi|cabg|bypass|stent|amputation|(?:hip|knee|shoulder)(?:\s+replacement)?|replacement|accident|crash|fall|fracture|burns?|treatment|dialysis|rehab|radiation|scan|infusion|birthday|anniversary|5k|10k|marathon|discharge|trasplante|cirug[íi]a|quimio|accidente|tratamiento|greffe|chirurgie|op[ée]ration|chimio|accident)|` +
    // "in cardiac rehab", "3 weeks after", "rang the bell", "walked out of the ICU"
    // "sleeping in a chair next to his mom": at a relative's bedside
    String.raw`(?:next\s+to|beside|with)\s+(?:his|her|their|su|sa|son)\s+(?:mom|mum|mother|dad|father|wife|husband|son|daughter|baby|grandma|grandpa|nan|mamá|papá|madre|padre|maman|papa|mère|père)|` +
    String.raw`(?:cardiac|pulmonary|physical|stroke)\s+rehab|(?:days?|weeks?|months?)\s+(?:after|post)|post-?op|rang\s+the\s+bell|went\s+home|discharged|out\s+of\s+(?:the\s+)?(?:icu|nicu|picu|hospital)|tagged\s+(?:us|me)|saliendo\s+de|despu[ée]s\s+(?:de|del)\s+(?:su|la|el)` +
    String.raw`)(?![\p{L}])`,
  'iu',
);

/** "her TikTok @x", "follow him on insta @x", "su cuenta @x": a person's own account. */
const OWNER_BEFORE =
  /(?<![\p{L}])(?:(?:her|his|their|su|sus|sa|son|pt'?s|patient'?s|mom'?s|dad'?s|son'?s|daughter'?s|wife'?s|husband'?s)\s+(?:[\p{L}]+\s+)?(?:insta(?:gram)?|ig|tiktok|twitter|x|facebook|fb|page|account|profile|handle|username|channel|blog|cuenta|perfil|compte)|follow\s+(?:her|him|them)|(?:shout\s?out|props|congrats)\s+to\s+(?:my|our)\s+(?:former\s+)?(?:pt|patient))(?![\p{L}])/iu;

/** "Kayla (@kaylaruns_again)": a name, then its owner's handle in brackets. */
const NAME_BRACKET_BEFORE = /\p{Lu}\p{Ll}+\s?\($/u;
/** "síganlo en @x", "suivez-la sur @x", "follow him on @x": the person's own account. */
const FOLLOW_BEFORE = /(?<![\p{L}])(?:s[ií]g(?:ue|an)l[oa]s?|suivez-(?:le|la)|follow\s+(?:her|him|them)|(?:give|send|show)\s+(?:her|him|them)\s+(?:some\s+)?(?:love|support|encouragement))(?:\s+(?:en|sur|on|at|over\s+at))?\s*$/iu;
/** "Porfa sigan a @x", "please follow @x", "abonnez-vous à @x": an account to follow, in a post about a patient. */
const FOLLOW_ACCOUNT_BEFORE = /(?<![\p{L}])(?:s[ií]gan(?:\s+a)?|sigue\s+a|follow|suivez|abonnez-vous\s+à)\s*$/iu;
/** The organisation announcing its own account: "Our hospital is on here now", "we're on Bluesky". */
const OWN_ACCOUNT = /(?<![\p{L}])(?:our\s+(?:hospital|clinic|practice|team|unit|pharmacy|department)\s+is\s+(?:on|now\s+on)|we['’]?re\s+(?:on|now\s+on)|we\s+are\s+(?:on|now\s+on)|follow\s+us|s[ií]guenos|suivez-nous)(?![\p{L}])/iu;
/** A reply that opens on a handle and talks about the person's health: "@ktown_mike you need to get that mole looked at". */
/** Words about someone's own health in a reply: a body part, a result, a drug, a condition. */
const HEALTH_WORDS = String.raw`a1c|biopsy|scan|results|mri|x-?ray|foot|knee|hip|ankle|wrist|elbow|shoulder|tooth|teeth|gums?|sprain\w*|fractur\w*|crutches|boot|brace|shots|vaccines?|vacunas?|glucosa|glucemia|az[úu]car|insulina|metformina|tensi[óo]n|presi[óo]n|amox\w*|flagyl|panadol|paracetamol|antibi[óo]tico|antibiotique|elevated|stitches|wound|cast|recovery|rehab|avc|stroke|r[ée]adaptation|r[ée]cup[ée]ration|pompe|cath[ée]ter|hba1c|sugars?|glucose|lantus|ozempic|inhaler|asthma|cholesterol|gout|mole|melanoma|rash|infection|uti|diabetes|diabetic|cancer|tumou?r|lump|pregnan\w*|meds|medication|dose|pills?|antibiotics?|symptoms?|diagnos\w*|biopsy|blood\s+pressure|thyroid|hypothyroid|migraine|depression|anxiety|adhd|colchicine|insulin|metformin|ibuprofen|statins?|infecci[óo]n|diabetes|embarazo|pastillas|s[íi]ntomas|infection|grossesse|m[ée]dicaments?|sympt[ôo]mes|shingles|zona|herpes|dengue|chikungunya|malaria|paludisme|typhoid|scabies|sarna|gale|eczema|psoriasis|flu|gripe|grippe|covid|fever|fiebre|fi[èe]vre|sinusitis|bronchitis|pneumonia|neumon[íi]a|pneumonie|otitis|tonsillitis|strep|gastro|ulcer|[úu]lcera|ulc[èe]re|hernia|hernie|allerg(?:y|ies)|alergia|allergie|hives|urticaria|ibuprofeno?|paracetamol|parac[ée]tamol|pressure|tsh|t4|inr|psa|ldl|labs|bloodwork|prise\s+de\s+sang|analyses|an[áa]lisis|\p{L}{3,}(?:pril|sartan|olol|statin|azole|xetine|traline|oxacin|cillin|mycin|prazole|tidine|gliptin|gliflozin|glutide|zepam|zolam|pine)`;
/** Words that address the person replied to, or tell them what to do. */
const YOU_WORDS = String.raw`you|your|ur|ya|yer|yuh|yu|unu|you['’]re|you['’]ve|tu|tus|ta|ton|tes|usted|vos|ten[ée]s|tienes|vous|votre|te|that['’]s|t['’]as|do\s+not|don['’]t|sounds\s+like|looks\s+like|suena\s+a|give\s+(?:him|her|them|the\s+baby)|d[ée]le|donne[zs]?-lui|parece|[çc]a\s+ressemble\s+à|(?:just\s+)?(?:stop|quit|skip|double|halve|ditch|come\s+off|get\s+off|arr[êe]te[zs]?|deja|dej[áa]|suspend[ea]|abandonne[zs]?)(?:\s+(?:the|taking|that|tomar|de\s+prendre))?`;
const HEALTH_TALK_AFTER = new RegExp(String.raw`^[\s,:]*(?:mate|bro|sis|hun|dude|amigo|amiga)?[\s,:]*[^\n]{0,80}?(?<![\p{L}])(?:${YOU_WORDS})(?![\p{L}])[^\n]{0,80}?(?<![\p{L}])(?:${HEALTH_WORDS})(?![\p{L}])`, 'iu');
/** ... the other way round: "@x honestly bro with that rash spreading, you need doxy". */
const HEALTH_TALK_FIRST = new RegExp(String.raw`^[\s,:]*[^\n]{0,80}?(?<![\p{L}])(?:that|this|the|your|ur|those|these|ese|esa|ce|cette)\s+(?:[\p{L}-]+\s+)?(?:${HEALTH_WORDS})(?![\p{L}])[^\n]{0,80}?(?<![\p{L}])(?:${YOU_WORDS})(?![\p{L}])`, 'iu');
/** "en réponse à @x :", "respondiendo a @x:", "replying to @x": the handle a reply answers, as if it opened the post. */
const REPLY_TO_BEFORE = /(?<![\p{L}])(?:replying\s+to|in\s+reply\s+to|respondiendo\s+a|contestando\s+a|en\s+r[ée]ponse\s+[àa])\s*$/iu;
/** A reply that speaks to the person (ADDRESSED) about their own care, in either order: "qué alegría verte ayer en el control", "trop contente d'avoir été ta sage-femme". */
const CARE_WORD = new RegExp(String.raw`(?<![\p{L}])(?:${HEALTH_WORDS}|control|consulta|cita|urgencias|urgences|emergencia|sage-femme|midwife|partera|matrona|nurse|enfermera|infirmi[èe]re|pacemaker|serial|b[ée]b[ée]|beb[ée]|baby|surgery|chirurgie|cirug[íi]a|appointment|appt|visit|rendez-vous|rdv|atend[íi]|parto|accouchement|delivery|fi[èe]vre|fiebre|fever|stitches|puntos|points\s+de\s+suture)(?![\p{L}])`, 'iu');
/** A name's own handle counts only in a post about a patient's care (not "Thanks Sarah (@sarah_codes)"). */
const CARE_IN_POST = /(?<![\p{L}])(?:pt|patients?|paciente|pacientit[oa]|patiente|s\/p|post-?op|surgery|recovery|rehab|crutches|discharged|icu|nicu|transplant|chemo|reemplazo|cirug[ií]a|fisioterapia|r[ée]cup[ée]ration)(?![\p{L}])/iu;

/**
 * A post about someone's care ("from his hospital bed", "le dimos el alta", "consultation de suivi", "former
 * patient"): a handle in it is likelier the patient's or a relative's. Weaker than the cues above.
 */
const CARE_STORY = /(?<![\p{L}])(?:pt|patients?|former\s+patient|paciente|patiente|hospital\s+bed|bedside|his\s+nurse|her\s+nurse|admitted|discharged|post-?op|surgery|broke\s+(?:his|her|\d+)|fractured|ribs|icu|nicu|picu|ward|the\s+unit|ingres[óo]|el\s+alta|dimos\s+de\s+alta|cirug[íi]a|internad[oa]|hospitalis[ée]e?|consultation\s+de\s+suivi|en\s+consultation|sortie\s+de\s+l['’]h[ôo]pital|heart\s+surgery|needs\s+(?:heart\s+)?surgery|muletas|crutches|harambee|fundraiser|medical\s+bills)(?![\p{L}])/iu;
/** A colleague's or a source's handle: "thanks @x", "via @x", "by @x", "cc @x" (a shout-out may be to a patient). */
const COLLEAGUE_BEFORE = /(?<![\p{L}])(?:thanks?|thank\s+you|gracias|merci|kudos|props|congrats|congratulations|felicidades|f[ée]licitations|welcome|bienvenid[oa]|bienvenue|via|by|h\/t|cc|colleague|coworker|co-worker|colega|coll[èe]gue|our\s+(?:own|new)|ft\.?|feat\.?|with\s+(?:dr|nurse)|credit\s+to|photo\s+by|source)\W{0,3}$/iu;

/** How many answered handles a post's reply tests read. */
const MAX_REPLIES_READ = 8;
/** How much a story of someone's care lifts a handle with no closer cue. */
const CARE_STORY_BOOST = 0.15;

export const handle: Recognizer = {
  ...handlePatterns,
  recognize(ctx) {
    // "Our hospital is on here now: follow @riverbend@med.social": the organisation's own account
    const text = ctx.doc.text;
    const orgPost = isOrgPost(text) || OWN_ACCOUNT.test(text);
    // Whole-post tests run once, not per handle: a draft of thousands of "@x" must stay linear.
    const careInPost = CARE_IN_POST.test(text);
    const careStory = !orgPost && CARE_STORY.test(text);
    const birth = !orgPost && BIRTH_IN_POST.test(text);
    const firstChar = text.search(/\S/);
    // the reply tests read 200 characters each: a hostile draft of thousands of "replying to @x" reads only the first few
    let repliesRead = 0;
    return handlePatterns.recognize(ctx).map((c) => {
      const before = clauseBefore(ctx.doc.text, c.start, 60);
      const atStart = c.start === firstChar;
      const m = JOURNEY_AFTER.exec(clauseAfter(ctx.doc.text, c.end, 120)) ?? OWNER_BEFORE.exec(clauseBefore(ctx.doc.text, c.start, 120)) ?? FOLLOW_BEFORE.exec(before) ?? RELATIVE_BEFORE.exec(before) ??
        (careInPost ? NAME_BRACKET_BEFORE.exec(before) ?? (orgPost ? null : FOLLOW_ACCOUNT_BEFORE.exec(before)) : null) ??
        null;
      const opening = ctx.doc.text.slice(c.end, c.end + 200);
      const answered = (atStart || REPLY_TO_BEFORE.test(ctx.doc.text.slice(Math.max(0, c.start - 24), c.start))) && repliesRead++ < MAX_REPLIES_READ;
      const reply = !m && answered && (HEALTH_TALK_AFTER.test(opening) || HEALTH_TALK_FIRST.test(opening) || (ADDRESSED.test(opening) && CARE_WORD.test(opening)));
      if (reply) return { ...c, score: Math.min(1, c.score + 0.35), context: 'a reply about their health' };
      if (m) return { ...c, score: Math.min(1, c.score + 0.35), context: m[0].trim().toLowerCase() };
      // "Félicitations à @lea.dupont.bxl et à son chéri" under a birth announcement: the new parent
      if (birth && CONGRATS_BEFORE.test(before)) return { ...c, score: Math.min(1, c.score + 0.35), context: 'congratulations on a birth' };
      // "Thanks @marisol_ops for covering the ICU board": a colleague, whatever care words stand near
      if (COLLEAGUE_BEFORE.test(before)) return { ...c, contextApplied: true };
      // a context word near it ("my fave patient @x") is weighed by the registry, more strongly
      if (findContextWord(ctx.doc, c.start, c.end, handlePatterns.context ?? [])) return c;
      if (careStory) return { ...c, score: c.score + CARE_STORY_BOOST, context: 'a post about someone\'s care' };
      return c;
    });
  },
};
