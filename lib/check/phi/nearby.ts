/**
 * Small text-window helpers shared by the structured-identifier recognizers: the clause around a
 * candidate, and whether organisational or patient wording sits in it. Regexes are compiled once.
 */

/**
 * A clause ends at sentence punctuation followed by a space, or at a line break; not at the dot of a
 * title or an initial ("Mr. Delgado back in bed 14", "M. Lefebvre, chambre 12").
 */
// ... and an emoji ending a sentence before a capital ("in our ER last night 🙈 His daughter's number is ...")
const CLAUSE_END = /(?<!(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Mx|Dr|Dra|St|Sr|Sra|Srta|Mme|Mlle|Jr|vs|pt|Pt|\p{Lu}))\.\s|[!?;]\s|\n|\p{Extended_Pictographic}(?<=[\p{L}\p{N}.!?)]\s?\p{Extended_Pictographic})\uFE0F?\s+(?=\p{Lu})/gu;

/** The text of the clause before `start`, at most `max` characters back. */
export function clauseBefore(text: string, start: number, max = 80): string {
  const from = Math.max(0, start - max);
  const slice = text.slice(from, start);
  let cut = 0;
  CLAUSE_END.lastIndex = 0;
  for (const m of slice.matchAll(CLAUSE_END)) cut = m.index + m[0].length;
  return slice.slice(cut);
}

/** The text of the clause after `end`, at most `max` characters ahead. */
export function clauseAfter(text: string, end: number, max = 60): string {
  const slice = text.slice(end, end + max);
  const m = /(?<!(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Mx|Dr|Dra|St|Sr|Sra|Srta|Mme|Mlle|Jr|vs|pt|Pt|\p{Lu}))\.(?:\s|$)|[!?;](?:\s|$)|\n/u.exec(slice);
  return m ? slice.slice(0, m.index) : slice;
}

/**
 * Wording that marks a number, handle or link as the organisation's own public contact rather than a
 * patient's: "our main line", "call us", "llame al", "appelez-nous". "our patient" does not count.
 */
export const ORG_BEFORE =
  /(?<![\p{L}\p{N}])(?:our(?!\s+(?:pt|pts|patient|patients|little|sweet|former)\b(?!\s+(?:portal|experience|education|advocates?|relations|services|safety|navigators?|access|financial|line)\b))|(?:call|contact|reach|text|email|e-mail|visit|join|message|dm|follow|find)\s+us|give\s+us\s+a\s+(?:call|ring)|nuestr[oa]s?(?!\s+pacientes?\b)|llamen?(?!\s+(?:a|al)\s+(?:su|sus|la\s+familia|la\s+hija|el\s+hijo|la\s+esposa|el\s+esposo|mi|este|esta|don|doña)(?![\p{L}]))|llámenos|contáctenos|s[ií]guenos|escr[ií]banos|suivez-nous|[ée]crivez-nous|notre(?!\s+patiente?\b)|nos(?=\s+(?:puede[ns]?|puedes|pod[ée]is|pod[ée]s|encuentra[ns]?|encuentras|llamas?|llaman|escribes?|escriben|contactas?|contactan)(?![\p{L}]))|(?:appelez|contactez)(?!\s+(?:sa|son|ses|la\s+famille|le\s+fils|la\s+fille|sa\s+fille|son\s+fils|ma|mon|ce|cette|monsieur|madame)(?![\p{L}]))|main\s+line|(?:new|our)\s+(?:[\p{L}-]+\s+){0,2}(?:line|fax|number)(?![\p{L}])[^.!?\n]{0,40}|hot\s?line|(?:hospital|general|medical|clinic|health|center|centre|memorial|regional|pharmacy)(?:\s+(?:center|centre|hospital))?\s+(?:at|on)\s*:?\s*$|(?:ring(?:ing)?|call(?:ing)?|phon(?:e|ing)|contact(?:ing)?)\s+(?:the|our)\s+(?:[\p{L}-]+\s+){0,2}(?:unit|ward|department|dept|clinic|office|surgery|practice|team|desk|reception|line)\s+(?:on|at)\s*:?\s*$|help\s?line|help\s+desk|num[ée]ro\s+vert|l[íi]nea\s+gratuita|n[úu]mero\s+gratuito|life\s?line|crisis\s+line|after-hours\s+line|nurse\s+line|toll[- ]free|front\s+desk|switchboard|centralita|standard|(?:new\s+)?(?:patient\s+)?(?:appointments?|bookings?|referrals?|enquiries|inquiries|citas|rendez-vous)\s*:)(?![\p{L}\p{N}])/iu;

/** Wording after a number that makes it a booking or office line: "to schedule", "ext. 4". */
export const ORG_AFTER =
  /(?<![\p{L}\p{N}])(?:to\s+(?:schedule|book|register|rsvp|enroll|apply|sign\s+up|volunteer|donate|learn\s+more|make\s+an\s+appointment)|ext\.?|extension|for\s+(?:appointments|more\s+information|info)|para\s+(?:citas|más\s+información)|pour\s+(?:prendre\s+)?rendez-vous)(?![\p{L}\p{N}])/iu;

/**
 * A clause that ends in a bare call to action ("Call", "if your child has a fever, call", "Appelez le")
 * addresses the public; "call her daughter at" or "asked me to call back at" do not end that way.
 */
const CALL_TO_ACTION =
  /(?:^|[,:;]\s|\b(?:then|or|and)\s)\W*(?:please\s+)?(?:call|text|dial|ring|phone|contact|reach|llame|llama|marque|appelez|composez)(?:\s+(?:or\s+text|us|them|now|today))?\s*(?:at|on|al|au|le)?\s*:?\s*$/i;

const CALL_PERSON = /(?<![\p{L}])(?:ll[áa]men(?:la|lo|le)|ll[áa]mal[aeo]|ll[áa]mela|ll[áa]melo|call\s+(?:her|him|them|his\s+\p{L}+|her\s+\p{L}+)|text\s+(?:her|him)|appelez-(?:la|le)|(?:will|we['’]ll|to)\s+(?:call|ring|text)\s+you|(?:te|le|la|lo)\s+llamar[áa]n?(?:\s+hoy)?|(?:vous|te)\s+(?:rappellera|rappelleront|appellera|appelleront)(?:\s+aujourd['’]hui)?)\s+(?:al|at|on|au)?\s*:?\s*$/iu;

/** A relative or the person themself as the one to reach: "her grandson", "his family", "bless her", "su hija". */
const PERSON_TO_CALL = /(?<![\p{L}])(?:(?:her|his|their)\s+(?:[\p{L}-]+\s+)?(?:daughter|son|grandson|granddaughter|great-grandson|family|wife|husband|kids|children)|(?:su|sus)\s+(?:hija|hijo|nieto|nieta|familia|esposa|esposo)|(?:sa|son|ses)\s+(?:fille|fils|famille|petits?-enfants|mari|femme)|(?:bless|help|support|visit|wish)\s+(?:her|him|them)|grandson|granddaughter)(?![\p{L}])/iu;

export function orgContext(text: string, start: number, end: number): boolean {
  const before = clauseBefore(text, start);
  // "o llámenla al ...", "call her at": a person's number, whatever "call us" came earlier in the clause
  if (CALL_PERSON.test(before)) return false;
  // "faxed the summary to our surgery from 0113 ...": a number something came from is the sender's, not ours.
  if (/(?<![\p{L}])(?:from|de\s+la\s+part\s+de)\s*:?\s*$/iu.test(before) && !/(?:call|text|contact|reach)\s+us/i.test(before)) return ORG_AFTER.test(clauseAfter(text, end, 40));
  // "Grandson say if unnu want to bless her, call ...": a call to action for a person named just before is theirs,
  // as is one whose owner follows the number ("Call 024 418 7723 (her son)")
  const callForPerson = CALL_TO_ACTION.test(before) &&
    (PERSON_TO_CALL.test(text.slice(Math.max(0, start - 120), start)) || OWNER_AFTER.test(text.slice(end, end + 40)));
  return ORG_BEFORE.test(before) || (CALL_TO_ACTION.test(before) && !callForPerson) || ORG_AFTER.test(clauseAfter(text, end, 40));
}

/** Context words that say "this belongs to a patient or their family" in English, Spanish and French. */
export const PERSONAL_WORDS = [
  'patient', 'pt', 'pt\'s', 'her', 'his', 'him', 'she', 'he', 'wife', 'husband', 'son', 'daughter', 'mom', 'mother', 'dad',
  'father', 'sister', 'brother', 'family', 'grandson', 'granddaughter', 'caregiver', 'guardian', 'spouse', 'partner',
  'next of kin', 'emergency contact', 'pareja', 'conjoint', 'tutor',
  'paciente', 'su', 'sus', 'hijo', 'hija', 'esposa', 'esposo', 'madre', 'padre', 'mamá', 'papá', 'familia',
  'patiente', 'sa', 'fils', 'fille', 'femme', 'mari', 'mère', 'père',
  // relatives and courtesy titles: the weak but real patient wording of "Mr. Ortiz's niece left 614-..."
  'mr', 'mrs', 'ms', 'relative', 'relatives', 'niece', 'nephew', 'aunt', 'uncle', 'grandma', 'grandpa', 'grandmother',
  'grandfather', 'girlfriend', 'boyfriend', 'neighbor', 'neighbour', 'señor', 'señora', 'sr', 'sra', 'don', 'doña',
  'sobrina', 'sobrino', 'nieta', 'nieto', 'abuela', 'abuelo', 'tía', 'tío', 'vecina', 'vecino', 'monsieur', 'madame',
  'mme', 'nièce', 'neveu', 'tante', 'oncle', 'voisin', 'voisine', 'grand-mère', 'grand-père',
] as const;

/** Words for a relative or partner, in the three languages (a regex alternation, lower case). */
export const RELATIVE_NOUNS = String.raw`husband|wife|son|daughter|mom|mum|mam|mammy|mother|dad|father|sister|brother|grandma|grandpa|grandmother|grandfather|grandson|granddaughter|niece|nephew|aunt|auntie|uncle|cousin|girlfriend|boyfriend|fianc[ée]e?|partner|mamá|papá|madre|padre|hija|hijo|hermana|hermano|abuela|abuelo|nieta|nieto|sobrina|sobrino|t[ií]a|t[ií]o|novia|novio|esposa|esposo|maman|papa|mère|père|fille|fils|sœur|soeur|frère|mamie|papy|grand-mère|grand-père|petite-fille|petit-fils|copine|copain|conjointe?|femme|mari|grandkids?|grandchild|mokopuna|mo[ʻ'’]?opuna|keiki|moko`;

/** Someone's relative: "her son", "his mam", "su hija", "sa fille" (a regex source, no flags). */
export const SOMEONES_RELATIVE = String.raw`(?:her|his|their|su|sus|sa|son|ses)\s+(?:${RELATIVE_NOUNS})`;

/** The owner named right after a number: "024 418 7723 (her son)", "0917 558 2214 — his daughter". */
const OWNER_AFTER = new RegExp(String.raw`^\s*[(,–—-]\s*(?:(?:her|his|their|the\s+patient['’]s|su|sus|sa|son|ses)\s+(?:${RELATIVE_NOUNS})|(?:patient|pt|paciente|patiente)['’]?s?)(?![\p{L}])`, 'iu');

/** "her mum @x", "sa maman @x", "su nieto @x": a person's relative named just before what follows. */
export const RELATIVE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:her|his|their|my\s+patient['’]s|the\s+patient['’]s|su|sus|sa|son|ses)\s+(?:${RELATIVE_NOUNS})\s*[:(,]?\s*$`, 'iu');

/**
 * "of the patient", "del paciente", "du stimulateur": up to two short "of ..." phrases between a label
 * and its id ("número de expediente del paciente es 00482913"). Needs the `u` flag.
 */
export const OF_GAP = String.raw`(?:\s{1,2}(?:of|for|del?|de\s+la|du|de\s+l')\s{1,2}(?:the\s+|his\s+|her\s+|su\s+|sa\s+|son\s+)?[\p{L}-]{2,14}){0,2}`;

/** US states' and Canadian provinces' postal codes, upper case (no i flag where they are used). */
export const STATE_CODES = String.raw`A[BKLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ABDEINOST]|N[BCDEHJLMSVY]|O[HKNR]|P[AE]|QC|RI|S[CDK]|T[NX]|UT|V[AT]|W[AIVY]|BC`;

/** US states (and the Canadian provinces people name on a licence or plate), by name. Needs the `i` flag. */
export const US_STATES = String.raw`alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new\s+hampshire|new\s+jersey|new\s+mexico|new\s+york|north\s+carolina|north\s+dakota|ohio|oklahoma|oregon|pennsylvania|rhode\s+island|south\s+carolina|south\s+dakota|tennessee|texas|utah|vermont|virginia|washington|west\s+virginia|wisconsin|wyoming|ontario|quebec|québec`;

/** A post about the organisation's own premises or hours: its addresses are public. */
/** The organisation's own timetable: closures, opening hours, an event it invites the public to. */
const ORG_SCHEDULE_WORDS = String.raw`(?:sera|seront|será|serán|will\s+be|we['’]ll\s+be|we\s+will\s+be|we['’]re|we\s+are|estaremos|nous\s+serons)\s+(?:ferm[ée]e?s?|cerrad[oa]s?|closed)|horarios?\s+(?:de|del|para)|vous\s+donne\s+rendez-vous|marche\s+solidaire|save\s+the\s+date|los\s+esperamos|te\s+esperamos`;
/** Dates in such a post are the organisation's, unless a patient is in it. */
export const ORG_SCHEDULE = new RegExp(`(?<![\\p{L}])(?:${ORG_SCHEDULE_WORDS})(?![\\p{L}])`, 'iu');
export const ORG_POST = new RegExp(String.raw`(?<![\p{L}])(?:now\s+open|open\s+(?:until|late|daily|weekdays|saturdays?|sundays?)|walk-ins|to\s+(?:book|schedule)|our\s+(?:new\s+)?(?:\p{L}+\s+){0,2}(?:clinic|office|location|campus|practice)|visit\s+us|find\s+us|our\s+main\s+line|main\s+lobby|no\s+appointment\s+(?:needed|necessary)|book\s+(?:online|now|today|your\s+(?:appointment|visit|spot))|call\s+our\s+(?:\p{L}+\s+){0,2}(?:line|office|team|desk)|grand\s+opening|opens\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|this|next|today|tomorrow)|pide\s+(?:tu\s+)?cita|prenez\s+rendez-vous|rendez-vous\s+(?:au|sur|en\s+ligne)|ouvre\s+(?:son|sa|ses|un|une)|abierto|ouvert|portes\s+ouvertes|venez\s+(?:nous|rencontrer|nombreux)|puertas\s+abiertas|los\s+esperamos|te\s+esperamos|gratuit[oa]s?|gratuites?|free\s+(?:flu|screenings?|vaccin\w*|mammograms?|clinics?|check-?ups?|health)|free\s+(?:[\p{L}-]+\s+){0,2}(?:checks?|screenings?|shots?|testing|tests?)|(?:now\s+)?accepting\s+new\s+(?:patients|referrals|clients)|campaña|campagne|jornada\s+de|sans\s+rendez-vous|sin\s+cita(?:\s+previa)?|vacunaci[óo]n|vaccination|(?:flu|vaccine|vaccination)\s+clinics?|screening\s+day|rappel\s*:|recordatorio\s*:|reminder\s*:|${ORG_SCHEDULE_WORDS})(?![\p{L}])`, 'iu');
/** A job post: the place is where the organisation hires, whatever "PT" or "patient" it mentions. */
export const HIRING_POST = /(?<![\p{L}])(?:we['’]re\s+hiring|now\s+hiring|is\s+hiring|join\s+our\s+team|send\s+(?:your|a)\s+(?:cv|resume|résumé)|apply\s+(?:now|today|at|here)|job\s+opening|estamos\s+contratando|buscamos\s+(?:enfermer|m[ée]dic|t[ée]cnic|auxiliar|farmac|personal)|env[ií]a(?:nos)?\s+tu\s+(?:cv|curr[ií]culum)|on\s+recrute|nous\s+recrutons|recrute\s+(?:des|un|une|deux|trois|\d+)|envoyez\s+votre\s+cv)(?![\p{L}])/iu;
/** Words that tie a place to a patient whatever else is near. */
export const STRONG_PATIENT = /(?<![\p{L}])(?:(?<!(?:floor|physical|outpatient|sports|pediatric|paediatric|and|&)\s+)pt(?!\s*(?:\/|and|&)\s*ot)(?![\p{L}])(?!\s+(?:services|clinic|gym|appointments?|sessions?))|pt['’]s|patient|lives|lived|\d+\s?(?:yo|y\/o)|year[- ]old|admitted|his|her|he|she|family(?!\s+(?:clinic|medicine|practice|health|doctors?|physicians?|planning|cent(?:er|re)|practitioners?|nurse))|paciente|vive|patiente|habite|su\s+(?:hij[oa]|niet[oa]|espos[oa]|mam[áa]|pap[áa]|familia)|sa\s+(?:fille|famille|m[èe]re|maman)|son\s+(?:fils|mari|p[èe]re|papa|petit-fils))(?![\p{L}])/iu;

/** The organisation talking about itself (premises, hours, open days) and no patient in sight. */
export function isOrgPost(text: string): boolean {
  return ORG_POST.test(text) && !STRONG_PATIENT.test(text);
}

/**
 * A number shown as an example ("on a training slide", "sample", "número ficticio"): one whose check digit fails
 * there is a made-up number, not a mistyped real one.
 */
export const EXAMPLE_NEAR = /(?<![\p{L}])(?:examples?|e\.g\.|sample|training|dummy|fake|made[- ]up|test\s+(?:patient|number|data)|placeholder|ejemplo|ficticio|ficticia|inventado|exemple|fictif|fictive|formation)(?![\p{L}])/iu;

/**
 * A teaching case that says it is invented: "Teaching case — FICTIONAL, not a real patient", "Caso clínico
 * FICTICIO", "Cas d'école FICTIF (personnage inventé)". Its names, ages, dates and towns are not anyone's.
 */
export const FICTIONAL_POST = new RegExp(
  String.raw`(?<![\p{L}])(?:(?<!(?:not|isn['’]t|no|pas)\s+)(?:fictional|fictitious|ficticio|ficticia|fictif|fictive|hypothetical|hipot[ée]tic[oa]|hypoth[ée]tique)(?![\p{L}])[^\n]{0,60}?(?<![\p{L}])(?:case|caso|cas|patient|paciente|patiente|scenario|escenario|sc[ée]nario|personnage|personaje)|(?:case|caso|cas(?:\s+d['’][ée]cole)?|cl[íi]nico|clinique|scenario|vignette)[^\p{L}\n]{0,4}(?:fictional|fictitious|ficticio|ficticia|fictif|fictive|hypothetical)|not\s+a\s+real\s+(?:patient|person|case)|no\s+es\s+(?:un|una)\s+(?:paciente|persona|caso)\s+real|(?:n['’]est\s+)?pas\s+un\s+(?:vrai|v[ée]ritable)\s+patient|personnage\s+invent[ée]|personaje\s+inventado|made[- ]up\s+(?:case|patient|name))(?![\p{L}])`,
  'iu',
);

/** An identifier's shape, letters as A and digits as 9: "CI632-90311847" and "CI632-90311852" share one. */
export const idShape = (s: string) => s.replace(/[A-Z]/gi, 'A').replace(/\d/g, '9');

/** Car makes as people write them: a word after one is a model ("Ford Ranger", "Seat León"), not a name; a plate may follow. */
export const CAR_MAKES = ['Seat', 'Renault', 'Peugeot', 'Citroën', 'Citroen', 'Toyota', 'Honda', 'Nissan', 'Kia', 'Hyundai', 'Volkswagen', 'VW', 'Fiat',
  'Dacia', 'Opel', 'Skoda', 'Škoda', 'Mazda', 'Subaru', 'Tesla', 'Chevrolet', 'Chevy', 'Ford', 'Jeep', 'Dodge', 'Volvo', 'Suzuki', 'Mitsubishi',
  'Lexus', 'Audi', 'BMW', 'Mercedes'] as const;

/**
 * A post that opens by calling one person and goes on about their own body or family: "Réjeanne, ton mal de tête ...",
 * "Papa Mbuyi, pour ta tension ...", "Pepa, a tu marido ...". Openers that call everyone or no one ("Parents, your ...",
 * "Honestly, your ...") do not count. Group 1 is what the person is called. Used by the name recognizer (the called
 * person is named) and the medical-advice rule (the post is addressed to one person).
 */
export const OPENS_ON_SOMEONE =
  /^\s*(?!(?:Parents|Friends|Folks|Everyone|Everybody|Team|Nurses|Ladies|Guys|Moms|Mums|Dads|Remember|Reminder|Note|Tip|Listen|Look|Yes|No|Okay|Ok|So|Well|Also|Again|Now|Today|Tonight|Please|Hey|Hi|Hello|Hola|Salut|Bonjour|Recuerda|Recuerden|Ojo|Amigos|Amigas|Padres|Mamás|Papás|Rappel|Attention|Alors|Bon|Amis|Chers|Chères)\b)(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+)?)(?<!ly|mente|ment)\s*,\s*(?:(?:pour|para|for|a|à|con|with|about)\s+)?(?:ton|ta|tes|tu|tus|your|ur|votre|vos|su|sus|lo\s+que\s+tienes|ce\s+que\s+tu\s+as|t['’]as|tienes|ten[ée]s|you['’]ve\s+got|you\s+(?:have|need|should|must))\s/u;

/** An event or wayfinding post names rooms for everyone: "Meeting in room 4 on Tuesday". */
export const EVENT_WORDS =
  /(?<![\p{L}])(?:meeting|class(?:es)?|session|lecture|huddle|in-?service|training|workshop|seminar|conference|lunch|potluck|walk[\s-]?ins?|flu\s+shots?|vaccines?|open\s+house|orientation|exams?|drill|celebration|party|club|council|committee|meets|renovat(?:ed|ing|ion)|reserved|reuni[óo]n|sesi[óo]n|taller|capacitaci[óo]n|charla|vacunaci[óo]n|r[ée]union|formation|atelier|vaccination)(?![\p{L}])/iu;

/** Someone in the room: "the guy in bed 7", "bed 14B ... who proposed", "le monsieur de la chambre 214". */
export const SOMEONE_IN_ROOM =
  /(?<![\p{L}])(?:who|qui|quien|pt|pts|patient|patients|paciente|patiente|guy|man|woman|lady|gentleman|gent|lad|lass|fella|fellow|bloke|chap|dude|gal|chico|chica|muchacho|muchacha|mec|gars|bonhomme|monsieur|madame|dame|señor|señora|señorita|kid|boy|girl|baby|he|she|his|her|him|il|elle|él|ella|mr|mrs|ms|mme|mlle|sra|srta|doña|don|sus|su|sa|ses|doe|son|daughter|wife|husband|mom|dad|mother|father|family|hijo|hija|esposa|esposo|familia|fils|fille|femme|mari|famille|abuel[oa]|abuelit[oa]|viejit[oa]|ancian[oa]|mamie|papy|grandma|grandpa|granny|nan|uncle|auntie|aunty|aunt|tío|tía|tonton|tata|(?:la|el)\s+de\s+la|\d{1,3}\s?(?:yo|y\/o|[MF]))(?![\p{L}])/iu;

/** A birth announced in the post ("Bienvenue au petit Noah né le 12 avril", "welcome baby Kai, 7 lb 2 oz"): the congratulated are the parents. */
export const BIRTH_IN_POST = /(?<![\p{L}])(?:n[ée]e?\s+(?:le|ce|à|hier|cette)|born\s+(?:on|at|this|last|yesterday|today)|welcom(?:e|ed|ing)\s+(?:baby|little)|bienvenue\s+(?:au|à\s+la)\s+(?:petit|petite|b[ée]b[ée])|naci[óo]|bienvenid[oa]\s+(?:al?\s+)?(?:beb[ée]|peque)|baby\s+(?:boy|girl)|it['’]s\s+a\s+(?:boy|girl)|(?:delivered|caught)\s+(?:[\p{L}'’]+\s+){0,2}bab(?:y|ies)|kg\s+de\s+bonheur|\d\s?(?:lbs?|pounds?)\s+\d+\s?oz)(?![\p{L}])/iu;
/** "Félicitations à", "congrats to": whoever follows is congratulated. */
export const CONGRATS_BEFORE = /(?<![\p{L}])(?:congrats|congratulations|felicidades|felicitaciones|f[ée]licitations|enhorabuena)(?:\s+(?:to|a|à|aux))?\W{0,3}$/iu;

/** The words run together in a hashtag, without a trailing number: "LupeGonzalez100" -> ["Lupe", "Gonzalez"]. */
export const camelWords = (tag: string): string[] => tag.replace(/\d+$/u, '').split(/(?<=\p{Ll})(?=\p{Lu})/u);

/** Words that speak to the reader: a reply's "you", "tu", "votre". */
export const ADDRESSED = /(?<![\p{L}])(?:you|your|you['’]re|you['’]ve|ur|yer|te|tu|tus|ton|ta|tes|votre|vos|vous|usted|verte|acordate|cuidate|t['’])(?![\p{L}])/iu;
/** The care events a reply to one person talks about: their visit, slot, results, records, refills. */
export const CARE_EVENT = /(?<![\p{L}])(?:triaged|arrived|seen|visit|appointment|appt|slot|rebooked|stitches|sutures|results?|scan|x-?ray|mri|ct|bloods?|blood\s+test|wait|discharge[ds]?|admitted|surgery|procedure|started\s+(?:her|him|you)|prise\s+de\s+sang|analyses|r[ée]sultats|rendez-vous|rdv|consultation|consulta|cita|control|resultados|an[áa]lisis|atend[íi]|traumat[óo]logo|m[ée]dico|m[ée]decin|doctor|doctora|records|dossier|expediente|afiliaci[óo]n|prescriptions?|refills?|blister\s+packs?|meds|tablets?|doses?|recheck|inr|heart\s+rate|blood\s+pressure|inhaler|insulin|pastillas?|comprim[ée]s?)(?![\p{L}])/iu;
