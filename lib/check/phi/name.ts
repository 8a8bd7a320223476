/**
 * NAME: a patient's or relative's name, full or partial, in English, Spanish or French.
 *
 * A single regex pass cuts the text into word tokens; each capitalised given name (compromise's
 * lexicon plus name-lexicon.ts), and any word in a strong slot, starts a candidate that grows over
 * the following surname-like words. Strong slots carry the evidence: a courtesy title ("Mrs. Alvarez",
 * "doña Carmen Ríos", "Grandpa Gus"), a patient word ("pt ramirez", "my patient Linda"), a relation
 * ("her son Devon", "su hija Lucía", "sa fille Chloé"). A given name alone is weak and needs more:
 * a possessive, an age in apposition ("Eleanor, a ninety-three year old"), a greeting ("hey Tom"),
 * patient wording in the sentence, or the same name already found elsewhere in the post. Names that
 * are everyday words (Hope, Grace, Will, Rose) start weaker still.
 *
 * Left alone: staff (after Dr./a role word, with credentials, in an introduction or celebration, the
 * sign-off) and every other mention of a staff name in the post; eponyms and diseases (Parkinson's,
 * Tommy John surgery); organisations and places (Hope Lodge); study authors (et al.); handles.
 */
import nlp from 'compromise';
import type { Candidate, Recognizer } from './recognizer';
import {
  CREDENTIALS_AFTER, EPONYMS, GIVEN_NAMES, NEVER_NAMES, NOT_PERSON_AFTER, PATIENT_WORDS, RELATIONS, STAFF_BEFORE,
  PUBLIC_TITLES, STAFF_SENTENCE, STAFF_TITLES, SURNAMES, TITLES, WORD_NAMES,
} from './name-lexicon';
import { ADDRESSED, BIRTH_IN_POST, camelWords, CAR_MAKES, CARE_EVENT, CONGRATS_BEFORE, OPENS_ON_SOMEONE, SOMEONES_RELATIVE } from './nearby';

interface Token {
  start: number;
  /** end of the name part (a possessive 's is not part of the name) */
  end: number;
  /** end including the possessive */
  rawEnd: number;
  lower: string;
  /** lower without accents ("julián" -> "julian"), so the lexicons' plain spellings match */
  folded: string;
  cap: boolean;
  possessive: boolean;
}

type Slot = 'title' | 'patient' | 'relation' | 'person' | 'named' | 'pet' | 'none';

/** Words: letters with inner apostrophes or hyphens (O'Brien, García-López). Linear: no nesting. */
const TOKEN = /\p{L}[\p{L}\p{M}'’-]*/gu;
/** Sentence ends, not counting the dot of Mr. / Dr. / St. / an initial. */
const SENTENCE_END = /(?<!(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Dr|Dra|St|Sr|Sra|Srta|Mme|Mlle|Jr|vs|\p{Lu}))[.!?]+(?=\s|$)|\n/gu;

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon; // untyped model
const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person']);
/** An everyday word in compromise's lexicon (not tagged as a name). */
function commonWord(lower: string): boolean {
  const tag = lexicon[lower];
  if (tag === undefined) return false;
  return !(Array.isArray(tag) ? tag : [tag]).some((t) => NAME_TAGS.has(t));
}

/** A word compromise tags only as a name ("gloria", "grace", "heather"), not "will" or "rose". */
function lexiconName(lower: string): boolean {
  const tag = lexicon[lower];
  return tag !== undefined && (Array.isArray(tag) ? tag : [tag]).every((t) => NAME_TAGS.has(t));
}

/** Proper nouns compromise knows only as places or brands ("Catalina", "Dallas"): a name after a title. */
const PROPER_TAGS = new Set(['ProperNoun', 'Place', 'City', 'Region', 'Country', 'Organization', 'Demonym']);
function properOnly(lower: string): boolean {
  const tag = lexicon[lower];
  return tag !== undefined && (Array.isArray(tag) ? tag : [tag]).every((t) => PROPER_TAGS.has(t));
}

/** Month and holiday names that are also given names: a name only in a title or relation slot ("wife June", "M. Noël"). */
const MONTH_NAMES = new Set(['april', 'may', 'june', 'august', 'julio', 'mayo', 'avril', 'noël', 'noel', 'pascual']);

/** A given name, or a hyphenated pair of them ("Anne-Marie", "Jean-Luc", "María-José"). */
/** Spanish diminutives of a known given name: "Carmencita" (Carmen), "Juanito" (Juan), "Pedrito" (Pedro), "Rosita" (Rosa). */
function diminutiveOf(lower: string): boolean {
  const m = /^(\p{L}{3,}?)(c?)(it[oa]|ín|in)$/u.exec(lower);
  if (!m) return false;
  const stem = m[1]!;
  return [stem, stem + m[2], stem + 'o', stem + 'a'].some((s) => GIVEN_NAMES.has(s) && !WORD_NAMES.has(s));
}
const isGiven = (t: Token) => GIVEN_NAMES.has(t.lower) || (t.cap && t.lower.length > 5 && diminutiveOf(t.folded)) || (t.folded !== t.lower && !TITLES.has(t.lower) && GIVEN_NAMES.has(t.folded)) || (t.lower.includes('-') && GIVEN_NAMES.has(t.lower.split('-')[0]!) && !WORD_NAMES.has(t.lower.split('-')[0]!) && t.lower.split('-').every((p) => p.length > 1));
const isWordName = (t: Token) => WORD_NAMES.has(t.lower) || (isGiven(t) && commonWord(t.lower));

/** Wording in a sentence that says it is about a patient. */
const PATIENT_CONTEXT =
  /(?<![\p{L}])(?:patients?|pts?|pt['’]s|admitted|admit|resus|a&e|urgencias|urgences|discharged|discharge|dc['’]d|went\s+home|came\s+in|comes\s+in|came\s+to|dob|hospice|icu|nicu|picu|ed|chemo|radiation|dialysis|surgery|procedure|appointments?|diagnosed|dx|y\/o|yo|year[- ]old|years\s+old|s\/p|hx|results|caring\s+for|pump|pacemaker|on\s+(?:our|the|my)\s+[\p{L} -]{0,25}(?:floor|unit|ward)|memory\s+care|nursing\s+home|clinic|meds|echo|polst|eval|rang\s+the\s+bell|rounds\s+of\s+chemo|infusion|rehab|collapsed|cpr|overdose|seizure|dispatched|fell\s+(?:off|from|down)|tomb[ée]e?\s+(?:de|dans|du|en)|se\s+cay[óo]|op[ée]ration|operaci[óo]n|ingresad[oa]|labou?r|delivered|delivery|pushed|accouch[ée]e?|accouchement|parto|dio\s+a\s+luz|twins|triplets|newborn|home\s+visit|wound|paciente|pacientes|uci|ingres[óo]|alta|receta|consulta|urgencias|cama|curaci[óo]n|patiente|hospitalis[ée]e?|(?:est|était)\s+sortie?|ordonnance|s[ée]cu|chambre|urgences|pansement|perfusion|sonde|soins|guardia|atend[íi]\w*|(?:est|était)\s+rentr[ée]e?|operamos|operaron|intervenid[oa]|(?:est\s+)?repartie?\s+chez|retourn[ée]e?\s+chez|d[ée]ambulateur|fauteuil\s+roulant|andador|silla\s+de\s+ruedas|soins\s+palliatifs|fin\s+de\s+vie|cuidados\s+paliativos|asilo|residencia|ehpad|chsld|rentr[ée]e?\s+(?:à\s+la\s+maison|chez\s+(?:elle|lui))|se\s+fue\s+(?:a\s+casa|de\s+alta)|volvi[óo]\s+a\s+casa)(?![\p{L}])/iu;
const GREETING_BEFORE = /(?:^|[^\p{L}])(?:hey|hi|hello|dear|love\s+you|miss\s+you|(?:it['’]?s|it\s+is|it\s+was)\s+you|proud\s+of\s+you|congrats|bday|birthday|b-day|cumpleaños|feliz|hola|gracias|merci|bonjour)[\s,!]*$/iu;
/** Lower-case only: "our sweet Grace" is a patient, "Sweet Caroline" a song. */
const AFFECTION_BEFORE = /(?:^|[^\p{L}])(?:sweet|little|(?<=(?:^|\n|[^\p{L}\p{N},;:\s]\s{1,2}))(?:Little|Young|Wee)|young|wee|dear|beloved|favou?rite|lovely|brave|precious|petite?|pequeñ[oa]|chiquit[oa]|querid[oa])\s+$/u;
/** Thanks go to colleagues far more often than to patients: "Thanks Sarah for covering my patients". */
const THANKS_BEFORE = /(?:^|[^\p{L}])(?:thanks|thank\s+you|thx|ty|shout\s?-?outs?(?:\s+to)?|kudos(?:\s+to)?|props\s+to|gracias(?:\s+a)?|merci(?:\s+à)?)[\s,!]*$/iu;
/** Remembrance and prayer: "RIP Frank", "I'll never forget Tyler", "praying for Rosa". */
const MEMORIAL_BEFORE = /(?:^|[^\p{L}])(?:rip|r\.i\.p\.?|rest\s+easy|rest\s+in\s+peace|fly\s+high|goodbye(?:\s+to)?|farewell(?:\s+to)?|remembering|in\s+memory\s+of|never\s+forget|thinking\s+of|praying\s+for|pray\s+for|prayers\s+for|descanse\s+en\s+paz|q\.?e\.?p\.?d\.?|oremos\s+por|pensando\s+en|se\s+nos\s+fue|se\s+nos\s+ha\s+ido|nos\s+ha\s+dejado|nos\s+dej[óo]|hoy\s+despedimos\s+a|accompagn[ée]e?|au\s+revoir\s+[àa]|adieu\s+[àa])[\s,:]*$/iu;
/** "Isabella, our youngest heart transplant recipient": the name is glossed as a patient. */
const PATIENT_APPOSITION = /^,\s+(?:our|my|a|the|one\s+of\s+(?:our|the|my)|nuestr[oa]|notre|mon|ma)\s+[\p{L}\p{N} -]{0,40}?(?:patient|pt|recipient|resident|survivor|preemie|warrior|paciente|patiente|residente|r[ée]sidente?|doyenne?|decan[oa]|abuelit[oa])s?(?![\p{L}])/iu;
const AGE_APPOSITION = /^(?:\s*\(\d{1,3}(?:\)|,\s(?=\d{2,3}\s?(?:kg|lbs?)|[MF]\)|(?:male|female|M|F)[,)]))|,\s+(?:de\s+)?\d{1,3}\s*(?:ans|años|añitos?|yo|y\/o|years?\s+old|months?\s+old|mois|meses|saal|sal)(?![\p{L}])|,\s+(?:a|an|un|una|une|my|our|mi|nuestr[oa]|mon|ma|notre)\s+(?:\d|ninety|eighty|seventy|sixty|fifty|forty|thirty|twenty|ten|one|two|three|four|five|six|seven|eight|nine|[\p{L}-]+-year)|,\s+\d{1,3}\s*,|,\s+\d{2,3}\s+and\s+(?:still|is|was)\s|,\s+\d{2,3}\s+(?:today|yesterday|tomorrow|hoy|ayer|mañana|aujourd['’]hui|hier|demain)(?![\p{L}])|,\s+(?:(?:ninety|eighty|seventy|sixty|fifty|forty|thirty|twenty)(?:[- ][a-z]+)?|(?:noventa|ochenta|setenta|sesenta|cincuenta|cuarenta|treinta)(?:\s+y\s+[a-z]+)?|(?:quatre-vingt|soixante)[\p{L}-]*)\s*(?:,|años|ans|abriles|pirulos|years?\s+old))/iu;
/** "Maximina, de Riaño, noventa y ocho años": where someone is from, glossed between their name and their age. */
const ORIGIN_GLOSS = /^(?:,\s+(?:de|del|from|of|d['’])\s*|\s+from\s+out\s+)\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2}(?:\s+way)?(?=,)/u;
/** An age in apposition after a name, possibly past an origin gloss. */
/** The writer's own spouse or children, right before a name: "my husband Ray", "mi esposo", "mis hijas", "ma fille". */
const WRITER_FAMILY_BEFORE = /(?:^|[^\p{L}])(?:my|mi|mis|mon|ma|mes)\s+(?:husband|hubby|wife|spouse|esposo|esposa|marido|mari|femme|son|daughter|sons|daughters|kids|children|hij[oa]s?|fils|fille|filles|enfants)\s*,?\s+(?:(?:y|and|et)\s+)?$/iu;
/** Care told in the sentence: the writer's relative is then a patient too ("my son Liam was admitted to the PICU"). */
const CARE_IN_SENTENCE = /(?<![\p{L}])(?:admitted|diagnosed|icu|picu|nicu|hospital(?:ized|ised)?|surgery|er|ed|ambulance|chemo|dialysis|ingres[óo]|hospitalizad[oa]|diagnosticad[oa]|hospitalis[ée]e?|urgences|urgencias|cirug[íi]a|chirurgie|passed\s+away|died|falleci[óo]|d[ée]c[ée]d[ée]e?)(?![\p{L}])/iu;
/** An odd number of double quotes before `at`: inside someone's quoted words. */
const insideQuote = (text: string, at: number) => (text.slice(Math.max(0, at - 300), at).match(/["“”«»]/g)?.length ?? 0) % 2 === 1;
/** Relation words that, capitalised before a name, are a religious title. */
const RELIGIOUS_TITLES = new Set(['sister', 'brother', 'father', 'mother', 'sœur', 'soeur', 'frère', 'frere', 'père', 'pere', 'mère', 'mere', 'hermana', 'hermano', 'padre', 'madre', 'sor', 'fray']);
/** Given names that after "la" or "el" are a place, a feast or a word: "la Paz", "La Serena", "el Salvador", "la Merced". */
const ARTICLE_PLACE_NAMES = new Set(['paz', 'serena', 'florida', 'reina', 'victoria', 'merced', 'candelaria', 'concepción', 'concepcion', 'esperanza', 'unión', 'union', 'salvador', 'carmen', 'rosario', 'gloria', 'soledad', 'luz', 'trinidad', 'asunción', 'asuncion', 'dolorosa', 'fe', 'alegría', 'alegria', 'cruz', 'piedad', 'purísima', 'purisima', 'caridad', 'guadalupe', 'macarena', 'angelina', 'julia', 'ligua', 'granja', 'pintana', 'cisterna', 'calera', 'estrella', 'aurora', 'marina', 'rioja', 'mancha', 'plata', 'habana', 'niño', 'nino', 'cid', 'greco', 'che', 'chavo', 'chapulín', 'chapulin']);
const ageApposed = (after: string) => AGE_APPOSITION.test(after) || (ORIGIN_GLOSS.test(after) && AGE_APPOSITION.test(after.replace(ORIGIN_GLOSS, '')));
/** A name glossed as a person: "Petra, the young mum we lost", "Stan, the tow truck guy", "Gladys, our lady in bed 4". */
const PERSON_GLOSS = /^,\s+(?:(?:la|el)\s+(?:del\s+\p{Ll}|de\s+(?:la|los|las)\s+\p{Ll}|que\s)|(?:a|an|un|una|une)\s+(?:retired|former|jubilad[oa]|retrait[ée]e?|ancien(?:ne)?)\s+\p{L}|(?:a|an|un|una|une)\s+(?:retired\s+|old\s+|young\s+|jubilad[oa]\s+|retrait[ée]e?\s+)?(?:rancher|farmer|fisherman|fisher|welder|miner|trucker|roofer|logger|builder|carpenter|plumber|electrician|mechanic|shepherd|crofter|stockman|shearer|roughneck|pescador|agricultor|campesin[oa]|ganader[oa]|miner[oa]|albañil|camioner[oa]|p[êe]cheur|agricult(?:eur|rice)|[ée]leveu(?:r|se)|berg[eè]re?|mineur|ma[çc]on|routier)(?![\p{L}])|(?:the|a|an|our|my|this|la|el|le|notre|nuestr[oa])\s+(?:[\p{L}-]+\s+){0,3}?(?:mum|mom|mam|mother|dad|father|lady|man|woman|gentleman|gent|guy|bloke|fella|girl|boy|kid|baby|grandad|grandpa|granny|grandma|nan|veteran|teen|toddler|señora|señor|abuela|abuelo|dame|monsieur|mamie|papy)(?![\p{L}]))/iu;
const PERSON_THEN_NAME_BEFORE = /(?:^|[^\p{L}])(?:(?:an?|the|this|that|one|some|un|una|une|our|my|nuestr[oa]|mi|notre|mon|ma)\s+(?:[\p{L}-]+\s+){0,2}?(?:guy|man|woman|lady|gentleman|gent|fella|bloke|dude|kid|girl|boy|teen|patient|pt|mum|mom|dad|señora|señor|chico|chica|muchach[oa]|monsieur|dame|homme|femme|hombre|mujer|regular|client|customer|resident|elder|trucker|grader|student|estudiante|alumn[oa]|élève|paciente|patiente?|cliente)(?:\s+(?:de|with|from)\s+[\p{L}\d-]+(?:\s+[\p{L}\d-]+){0,2})?(?:,\s*\d{1,3})?|(?:one|uno|una|l['’]un|l['’]une)\s+(?:of|de)\s+(?:my|mine|our|mis|nuestr[oa]s|mes|nos)(?:\s+(?:regulars|patients|clients|customers|residents|pacientes|clientes|patients|estudiantes|students))?|(?:^|[^\p{L}])mine|\d{1,3}-year-old(?:\s+[\p{L}-]+){0,3})\s*[,—–]\s*$/iu;
/** A death or farewell told of the person: "Josefa nos dejó el 2", "Paddy passed peacefully", "Mme Roy nous a quittés". */
const DEATH_AFTER = /^\s+(?:passed(?:\s+away)?|died|nos\s+dej[óo]|falleci[óo]|muri[óo]|se\s+nos\s+fue|nous\s+a\s+quitt[ée]s?|est\s+d[ée]c[ée]d[ée]e?|s['’]est\s+[ée]teinte?|est\s+partie?)(?![\p{L}])/iu;
/** Someone brought in by others: "the taxi driver who brought Sipho in", "trajeron a Doña Rosa". */
const BROUGHT_BEFORE = /(?:^|[^\p{L}])(?:brought|wheeled|carried|dropped\s+off|trajeron\s+a|trajo\s+a|amen[ée]\s+)\s*$/iu;
const VERB_AFTER = /^\s+(?:went|came|was|is|got|passed|turned|died|asked|told|said|left|walked|finally|has|had|loves|made|needs|started|regressed|pulled|lost|rang|beat|finished|brought|won|fought|survived|celebrated|graduated|smiled|laughed|cried|woke|ate|danced|sang|hugged|gave|showed|squeezed|coded|rallied|kicked|ran|wanted|refused|insisted|remembered|called|texted|stopped|keeps|kept|sent|held|took|tried|shared|taught|named|wrote)(?![\p{L}])/iu;
/** A word-name used as its word: "Hope is a powerful thing", "Grace under pressure", "Will you join us?", "Miles de pacientes" */
const WORD_USE_AFTER = /^(?:\s+de\s+\p{Ll}|\s+(?:is|was|has\s+been)\s+(?:a|an|the|not|what|never|always|everything|key|contagious|free|real|powerful|strong|important|enough|all)(?![\p{L}])|\s+(?:under|over|and\s+(?:grit|gratitude|faith|love|courage|strength)|you|we|they|i|it|there|this|that|our|your|hours|camp|break|schedule|season|term|sale|special|program|programme|session|holidays?|vacation|is\s+here|is\s+coming|care|me|to\s+(?:have|be|see|work|know|share|serve|welcome|call))(?![\p{L}])|:)/iu;
/** Before-and-after pictures and makeovers are of one patient: "Antes y después de Lupita", "smile makeover for the gorgeous Jess". */
const RESULTS_OF_BEFORE = /(?:before\s*(?:&|and|\/|n)\s*after|antes\s*(?:y|\/)\s*despu[ée]s|avant\s*(?:et|\/)\s*apr[èe]s|makeover|transformation|transformaci[óo]n|(?:(?:la|el|the|le)\s+)(?:sonrisa|smile|sourire|radiograf[ií]a|panor[áa]mica|x-?ray|historia|story|histoire|parcours|journey|recuperaci[óo]n|recovery))\s+(?:of|for|de|pour|para|du|del)\s+(?:(?:the|our|la|el|nuestr[ao]|notre|mi|my|ma|mon)\s+)?(?:(?:gorgeous|lovely|beautiful|amazing|stunning|hermos[ao]|bell[ao]|lind[ao]|guapa|guapo|belle|magnifique|superbe)\s+)?$/iu;
/** An article before a courtesy word makes it a noun: "un señor", "le monsieur", "la dame". */
const ARTICLE_BEFORE_TITLE = /(?:^|[^\p{L}])(?:un|una|el|la|le|les|los|las|ce|cet|cette|este|esta|ese|esa|the|a|that|this)\s+$/iu;
/** Where a colleague works: "Kevin in pharmacy", "Kayla on the night crew". */
/** "Dave in IT", in capitals: "a photo of Tyler in it" is not the IT department. */
const STAFF_IN_IT = /^\s+(?:in|from|on|at|of)\s+(?:the\s+|our\s+)?IT(?![\p{L}])/u;
const STAFF_AFTER = /^,?\s+(?:(?:the|our|my)\s+(?:consultant|registrar|attending|surgeon|an(?:a)?esthetist|anesthesiologist|resident|fellow|intern|charge\s+nurse|pharmacist|physio|midwife|porter|chaplain|matron)(?![\p{L}])|on\s+(?:nights|days|earlies|lates)(?![\p{L}])|(?:in|from|on|at|of)\s+(?:the\s+|our\s+)?(?:pharmacy|billing|radiology|the\s+lab|lab|hr|admin|registration|front\s+desk|housekeeping|dietary|nutrition|security|transport|scheduling|(?:night|day|evening)\s+(?:crew|shift|team)|team)(?![\p{L}])|en\s+(?:la\s+)?(?:recepci[óo]n|farmacia|admisi[óo]n|admisiones|facturaci[óo]n|laboratorio)(?![\p{L}])|(?:à|a)\s+(?:l['’]accueil|la\s+pharmacie|la\s+facturation))/iu;
/** An object's nickname, not a person: "he named it Bolus Bob", "she calls her walker Rhonda". */
const NICKNAME_BEFORE = /(?:^|[^\p{L}])(?:named|names|calls?|called|nicknamed|dubbed|christened)\s+(?:it|(?:the|his|her|their|my|our)\s+(?:pump|walker|cane|wheelchair|iv\s+pole|pole|monitor|machine|robot|car|truck|bike|plant|doll|teddy|bear|dog|cat|puppy|fish|tumou?r|tumor|cast|boot|port|drain|ostomy|bag|device|cpap|oxygen))\s+(?:\p{Lu}[\p{L}'’-]*\s+)?$/iu;
const SIGN_OFF_BEFORE = /(?:^|\n|[.!?]['"’”]?\s|\p{Extended_Pictographic}\uFE0F?\s)\s*(?:[—–-]{1,2}|~)\s*$/u;
/** Labels of a record's identifier, as they follow a name. */
const ID_LABELS = String.raw`mbi|mrn|mr#|dob|d\.o\.b\.?|ssn|medicaid|medicare|nhs\s+(?:no|number)|uhid|chi|nhi|ppsn|rut|curp|nss|nir`;
/** An identifier's label right after a name: the name is on a record. */
const ID_AFTER = new RegExp(String.raw`^\s?[,(:]?\s?(?:${ID_LABELS}|member\s+id|acct|account|chart|fin)(?![\p{L}])`, 'iu');
/** ... set off by punctuation, for a word no lexicon knows ("Senga, CHI 120534 1242"; not "Billing account 0049"). */
const ID_LABEL_AFTER = new RegExp(String.raw`^\s?[,(:]\s?(?:${ID_LABELS})(?![\p{L}])`, 'iu');
/** "Lorraine Beck's records", "Kyle's pump": a person's own care or records. */
const CARE_AFTER_POSSESSIVE = /^\s+(?:(?:medical|hospital|discharge|old|new|latest|last|whole|full|home|cochlear|insulin|hearing)\s+)?(?:records?|chart|charts|labs?|results|scans?|imaging|mri|x-?rays?|meds|medications?|bills|prescriptions?|refills?|referral|discharge|surgery|biopsy|pump|insulin|appointments?|diagnosis|treatment|replacement|wound|infusion|dialysis|chemo|transplant|care|paperwork|insurance|allergies|allergy|vitals|bloodwork|implant|processor|hearing\s+aids?|prosthesis|prosthetic|wheelchair|walker|stoma|ostomy|cast|stitches|pacemaker|expediente|dossier|ordonnance)(?![\p{L}])/iu;
/** Speaking to someone in the post: "Ayaan if you see this", "Dana, if you're reading this", "Randy my guy". */
const VOCATIVE_AFTER = /^\s*,?\s+(?:if\s+you(?:['’]re|\s+are)?\s+(?:see|seeing|read|reading)|my\s+(?:guy|girl|man|dude|friend|dear|love|boy)(?![\p{L}]))/iu;
/** What follows a name that is spoken to: "Hank, we have your iPad", "Beatrix, you made ...", "Kirra, it's there waiting". */
const ADDRESSED_AFTER = /^,\s+(?:you(?:['’]re|['’]ve|['’]ll)?|your|we\s+(?:have|found|kept)\s+(?:your|it)|it['’]s\s+(?:there|here|waiting|safe|at)|hope\s+(?:you|your)|get\s+well|rest\s+easy|thank\s+you\s+for|te\s+(?:extrañamos|esperamos)|tu\s+(?:nous|es)|vous\s+nous)(?![\p{L}])/iu;
/** "Thank you to our night crew on 4 West — Danielle, ...", "Merci à toute l'équipe, surtout Camille": the team thanked, by name. */
const TEAM_THANKS_BEFORE = /(?:thank|thanks|thx|merci|gracias|shout\s?-?outs?|kudos|props)[^.!?\n]{0,50}?(?:team|crew|squad|staff|[ée]quipe|equipo|(?:night|day)\s+shift|colleagues|coll[èe]gues|compa[ñn]er[oa]s)(?:\s+(?:on|in|at|from|de|du|del)\s+[^.!?\n,—–:]{1,20}?)?\s*(?:[:—–-]|,\s*(?:surtout|especially|esp\.?|particularly|notamment|en\s+particulier|sobre\s+todo|especialmente|including))\s*$/iu;
/** A reply to someone's own message: "Jonas Mbuyi, merci pour votre message", "Ana, thanks for your question". */
const REPLY_THANKS_AFTER = /^,\s+(?:thanks|thank\s+you|thx|merci|gracias)\s+(?:so\s+much\s+|beaucoup\s+|mil\s+)?(?:for|pour|por)\s+(?:your|the|votre|ton|vos|tu|su|sus)\s+(?:message|question|comment|dm|note|commentaire|mensaje|pregunta|comentario|consulta)s?(?![\p{L}])/iu;
/** A colleague spoken to: "Tamsin, you're the best charge nurse", "Jo, thanks for covering my shift". */
const STAFF_PRAISE = /(?<![\p{L}])(?:nurses?|preceptor|charge|team|crew|colleagues?|co-?workers?|shifts?|manager|covering|cover|resident|attending|unit|rn|np|md|doc)(?![\p{L}])/iu;
/** Words people are addressed by that are not names: "Ma'am, you're a legend", "Sincerely, your tired coder". */
const ADDRESS_WORD = /^(?:\p{L}+ly|ma['’]?am|madam|sir|folks|guys|everyone|everybody|friends|team|ladies|gentlemen|y['’]all|mate|bro|sis|honey|hun|babe|love|dear|regards|cheers|thanks|señora|señor|madame|monsieur|chicos|chicas|amigos|gente)$/iu;
/** A name opening a clause: the start, after end punctuation, a dash or a colon. */
const CLAUSE_OPEN_BEFORE = /(?:^|[.!?:;—–]\s*|\n\s*|\s-\s)$/u;
/**
 * What a person does as the subject of a care story: "Walter kept asking for Edna", "Kowalczyk finally went home",
 * "Chepe volvió con el pie infectado", "Gaétan voulait retourner au chalet". A drug, a device or a place does not
 * ask, refuse or pull out its cannula, so a name opening its clause before one of these is someone's.
 */
const SUBJECT_VERB_AFTER = /^\s+(?:(?:finally|just|still|also|then|always|never|honestly|actually|even|already|ya|todav[íi]a|otra\s+vez|siempre|encore|toujours|enfin|d[ée]j[àa])\s+)?(?:kept\s+(?:asking|calling|pulling|trying|getting\s+up|climbing)|keeps\s+(?:asking|calling|pulling|trying|coming\s+back)|asked\s+for\s+(?:her|his|a\s+priest|the\s+chaplain)|went\s+home|goes\s+home|came\s+(?:in|back)\s+(?:with|again|for)|comes\s+in\s+(?:with|again|every)|is\s+back\s+(?:in|on)|pulled\s+(?:out\s+)?(?:his|her|the)\s+(?:iv|cannula|line|tube|ng|foley|drain|picc)|pulled\s+(?:his|her)\s+\p{L}+\s+out|refused|refuses|tried\s+to\s+(?:get\s+up|leave|refill|climb|escape|walk\s+out)|insisted|swears|swore|coded|rallied|died|passed\s+away|fell\s+(?:again|out|off|down)|latched|eloped|escaped|wandered\s+off|signed\s+out\s+AMA|left\s+AMA|volvi[óo]\s+(?:con|a\s+la|otra|al)|lleg[óo]\s+con|muri[óo]|falleci[óo]|se\s+(?:escap[óo]|cay[óo]|nos\s+fue)|estuvo\s+toda\s+la\s+noche|est\s+(?:revenue?|tomb[ée]e?|d[ée]c[ée]d[ée]e?|rentr[ée]e?|sortie?)|revient|a\s+(?:encore\s+)?(?:fugu[ée]|refus[ée]))(?![\p{L}])/iu;
/** Everyday nouns compromise's small lexicon lacks, by their ending: "Supplier says", "Dispatcher called", "Housekeeping came". */
const AGENT_NOUN_SHAPE = /(?:ier|[^r]er|or|ist|ant|ent|ure|age|ship|hood|ful|less|able|ible|ise|ize|ed|ly|al|ics)$/;
/** A clause opens here, and not just after a title's full stop ("M. Julien Lefebvre est sorti"). */
const subjectOpen = (before: string) => CLAUSE_OPEN_BEFORE.test(before) && !/(?:^|[^\p{L}])(?:M|Mr|Mrs|Ms|Mx|Dr|Dra|Mme|Mlle|St|Sr|Sra|Srta|Pr|Prof)\.\s*$/u.test(before);
/** A post about care, more widely than PATIENT_CONTEXT: shifts, rounds, home visits, the pharmacy counter, a chair-side visit. */
const CARE_POST = /(?<![\p{L}])(?:night\s+shift|(?:my|our|the)\s+(?:shift|ward|unit|floor)|cannula|home\s+visit|handoff|hand-?off|bedside|guardia|planta|garde|tourn[ée]e|officine|ehpad)(?![\p{L}])/iu;
/** Someone in a bed or room: "dave in bed 7", "faith in room 22", "Mr Ortiz en la cama 4". */
const ROOM_AFTER = /^\s+(?:on\s+(?:ward\s+\w{1,4}\s+)?(?:bed|bay)\s*#?\s*\d|(?:from|de)\s+(?:(?:la|el|the)\s+)?(?:bed|room|rm|bay|cama|habitaci[óo]n|cuarto|chambre|lit)\s*#?\s*\d|(?:in|en|dans)\s+(?:(?:(?:la|el|the)\s+)?(?:bed|room|rm|bay|chair|cama|habitaci[óo]n|cuarto|chambre|lit|box)\s*#?\s*\d|\d{1,3}[A-Za-z]?(?![\p{N}:.,/]|\s*(?:%|days?|hours?|hrs?|h|mins?|minutes?|weeks?|wks?|months?|years?|yrs?|seconds?|secs?|am|pm|percent|patients?|pts|of|west|east|north|south|tower|wing|floor)(?![\p{L}]))))/iu;
/** Someone's name said as such: "real name Sung-min", "a man named Xavier", "se llama Lucía", "s'appelle Inès". */
/** "pêcheur de Soumbédioune, 97 ans": after "de"/"from" the word before an age is where the person is from. */
const FROM_PLACE_BEFORE = /(?:^|[^\p{L}])(?:de|del|du|from|of|in|en|à)\s+$/iu;
/** "Happy 90th birthday to St. Brigid Medical Center": an organisation's anniversary. */
const INSTITUTION_AHEAD = /^[^!?.\n]{0,40}(?:center|centre|hospital|clinic|health|medical|university|foundation|society|church|school|college)(?![\p{L}])/iu;
const BIRTHDAY_90_BEFORE = /(?<![\p{L}\p{N}])(?:9\d|1[01]\d)(?:st|nd|rd|th|º|e)\s+(?:birthday|bday|b-day|cumpleaños|anniversaire)\s+(?:to|for|a|de|à)\s+(?:(?:our|my|the|nuestr[ao]|notre|la|el)\s+)?(?:(?:dear|lovely|beloved|wonderful|amazing|sweet|querid[ao]|ch[èe]re?)\s+)?$/iu;
const NAMED_BEFORE = /(?:^|[^\p{L}])(?:real\s+name(?:\s+is)?|(?:his|her|their)\s+name\s+(?:is|was)(?:\s+(?:literally|actually|really|just))?|(?:man|woman|lady|guy|boy|girl|kid|baby|patient|pt|gentleman|gent|fella|bloke|chap|lad|lass|child|teen|toddler|client|resident|\d{1,3}\s?(?:yo|y\/o|year[- ]old))\s+named|(?:man|woman|lady|guy|boy|girl|kid|gentleman|gent|fella|bloke|chap|lad|lass)\s+called|(?:an?|this|one)\s+(?:[\p{L}'’-]+\s+){0,2}(?!(?:town|city|village|place|street|road|drug|med|medication|pill|song|movie|film|book|show|band|company|app|storm|hurricane|program|programme|study|trial|boat|car|truck|bar|restaurant|shop|store|hospital|clinic)\s)[\p{L}'’-]+\s+named|goes\s+by|se\s+llama(?:ba)?|s['’]appel(?:le|ait|er|lera|leront)|se\s+llamar[áa]|(?:will\s+be|is\s+being)\s+called|(?:they['’]re|we['’]re)\s+calling\s+(?:him|her)|(?:dice|dijo|dec[íi]a)\s+llamarse|says?\s+(?:his|her)\s+name\s+is|(?:says|said)\s+(?:he['’]s|she['’]s|he\s+is|she\s+is)\s+called|(?:calls?|called|named|naming)\s+(?:him|her|them|the\s+baby)|known\s+as|knows?\s+(?:him|her|them)\s+as|nicknamed|(?:le|la)\s+(?:dicen|llaman|decimos|llamamos)|on\s+l['’]appelle|surnomm[ée]e?)\s+["'‘“]?$/iu;
/** An animal before the naming words: "une chienne qui s'appelle Praline", "a goat named Beyoncé", "su perro se llama Toby". */
/** The English naming words, after which a lower-case word no lexicon knows is taken as a name (Spanish and French words are unknown to it). */
const EN_NAMED_BEFORE = /(?:^|[^\p{L}])(?:named|name\s+(?:is|was)|called|calls)\s+(?:him|her|them|the\s+baby\s+)?\s*$/iu;
const EN_RELATIVE = /^(?:brother|sister|son|daughter|grandson|granddaughter|husband|wife|hubby|mom|mum|dad|uncle|aunt|auntie|cousin|nephew|niece|boyfriend|girlfriend|partner|bf|gf|fiance|fiancee|grandma|grandpa|nana|granny)$/;
const PET_NAMED_BEFORE = /(?:^|[^\p{L}])(?:dogs?|cats?|pupp(?:y|ies)|pups?|kittens?|horses?|pon(?:y|ies)|goats?|parrots?|budgies?|hamsters?|chien(?:ne)?s?|chat(?:te)?s?|chiots?|chevaux|cheval|ch[èe]vres?|perroquets?|perr[oa]s?|perrit[oa]s?|gat[oa]s?|gatit[oa]s?|caballos?|cabras?|loros?)\s+(?:(?:qui|que|who|which|that)\s+)?(?:\p{L}+\s+)?(?:named|called|s['’]appel\w*|se\s+llama\w*|llamad[oa])\s+$/iu;
/** "bed 6 gary", "rm 12 Mrs Lee", "cama 4 doña Rosa": a bed or room number right before the name. */
const ROOM_BEFORE = /(?:^|[^\p{L}])(?:bed|rm|room|bay|cama|chambre|lit)\s*#?\s*\d{1,4}[a-z]?\s*[:,-]?\s+$/iu;
/** "Dorothy was 97 and still ...", "Léo, 6, ...": an age right after the name. */
const AGE_AFTER = /^,?\s+(?:(?:who\s+)?(?:was|is|is\s+now|turned|turns|just\s+turned)\s+(?:\d{1,3}|ninety[\p{L}-]*|a\s+hundred)(?=\s+(?:and|but|years|yrs|today|now|this)|\s*[,.!])|(?:cumple|cumpli[óo]|tiene|ten[íi]a|f[êe]te|a\s+f[êe]t[ée]|vient\s+d['’]avoir|avait)\s+(?:hoy\s+|ses\s+|sus\s+)?\d{1,3}\s+(?:años|ans)(?![\p{L}]))/iu;
/** "Yolanda, la de la 12", "Mme Roy, celle de la chambre 8": the one in that bed. */
const ONE_IN_BED_AFTER = /^,?\s+(?:(?:la|el)\s+de\s+la\s+(?:cama\s+|habitaci[óo]n\s+)?|(?:celle|celui)\s+de\s+la\s+(?:chambre\s+)?)\d{1,4}(?![\p{N}])/iu;
/** "Maribel (la hija)", "Dave (her husband)": a relation in brackets after the name. */
const RELATION_BRACKET_AFTER = /^\s*\((?:(?:la|el|the|his|her|their|su|sa|son)\s+)?(?:hija|hijo|esposa|esposo|mamá|papá|madre|padre|hermana|hermano|daughter|son|wife|husband|mom|mum|dad|sister|brother|fille|fils|femme|mari|mère|père|sœur|frère)\)/iu;
/** Indian and West African English: a respectful word after a name ("Venkatesh sir", "Kamala amma", "Ramesh ji"). */
const RESPECT_AFTER = /^\s+(?:sir|ji|garu|amma|aunty|auntie|uncle|bhai|didi|madam|saheb|sahib)(?![\p{L}])/u;
/** A relative of the person the post is about: "Her son declan", "his mam says", "sa maman". */
const FAMILY_IN_POST = new RegExp(String.raw`(?<![\p{L}])${SOMEONES_RELATIVE}(?![\p{L}])`, 'iu');
/** "her mam (Nora Keaveney, from Tuam)", "his wife (Maria)": someone's relative, named in brackets. */
const RELATIVE_BRACKET_BEFORE = new RegExp(String.raw`(?<![\p{L}])${SOMEONES_RELATIVE}\s*\(\s*$`, 'iu');
/** The opening of a reply, before the name it calls: nothing, a greeting, a courtesy word ("Bonjour Si Abdelkrim Tazi,"). */
const VOCATIVE_OPENING = /^\s*(?:(?:hi|hey|hello|dear|hola|buenas|bonjour|coucou|kia\s+ora|good\s+(?:morning|afternoon|evening))[\s,!]+)?(?:(?:si|mr|mrs|ms|sr|sra|srta|mme|m)\.?\s+)?$/iu;
/** Names that open a set phrase: "Grâce à l'équipe" (thanks to), "Favor de enviar" (please), not someone called Grâce or Favor. */
const PHRASE_OPENER: ReadonlyMap<string, RegExp> = new Map([
  ['grâce', /^\s+(?:à|au|aux)(?![\p{L}])/u],
  ['favor', /^\s+de\s+\p{Ll}+(?:ar|er|ir)(?![\p{L}])/u],
]);
/** "Darnell Pruitt is back in bed 12", "Mrs Obi was in room 4": a person, then the bed they are in. */
const IN_BED_AFTER = /^\s+(?:is|was|['’]s)\s+(?:back\s+|still\s+|now\s+)?in\s+(?:bed|room|rm|bay|cubicle)\s*#?\s*\d/iu;
/** Before "X de Town", a word that introduces a person: "a Yeison de Manrique", "du jeune Kévin de Papaïchton". */
const PERSON_BEFORE_DE = /(?:^|[^\p{L}])(?:a|al|joven|jeune|petit|petite|pelao|pelada|niño|niña|nene|nena|chico|chica|gamin|gamine|don|doña|for|to|with|para|con|pour|avec)\s+$/iu;
/** Someone and their town: "Rhonda from Tyler", "Tajay from the Mona estate", "Jean-Guy de Trois-Rivières", "d'Apatou". */
const FROM_PLACE_AFTER = /^\s+(?:from\s+(?:the\s+)?|de\s+|d['’])\p{Lu}\p{Ll}/u;
/** "Brandon Lacroix, 5584-209-117-KT": a long number or code right after the name. */
const NUMBER_AFTER = /^\s*[,:(]\s*(?:(?:n[°º]|no\.?|num[ée]ro|n[úu]mero|#)\s?)?(?:[A-Z]{0,3}\d[\d .-]{6,}|\d{3}-\d{2}-\d{4})/u;
/** "driver licence for Kirra Dawson", "the wallet of", "card belonging to". */
const DOCUMENT_BEFORE = /(?:^|[^\p{L}])(?:(?:licen[cs]e|card|passport|wallet|id|badge|prescription|script|rx|bottle|paperwork|records?|specimen|sample|tube|monitor|chart|x-?rays?|scans?|ecg|ekg)\s+(?:for|of|belonging\s+to|with\s+the\s+name)|(?:moniteur|dossier|radio|[ée]cho|ordonnance|carte\s+vitale|carte|expediente|historia\s+cl[íi]nica|receta|carn[ée]t?|tarjeta|c[ée]dula|documento|pasaporte|passeport)\s+(?:de|du|del|d['’])|(?:tarjeta\s+sanitaria|carte\s+vitale|health\s+card|medicare\s+card|id\s+card)|au\s+nom\s+d[e']|a\s+nombre\s+de|in\s+the\s+name\s+of|made\s+out\s+to)\s*$/iu;
/** Whose an identifier is: "acct HB-77342291, for Jerome Whitlock", "acc. no. MHG-23-0457 for Pius Kundi". */
const ID_FOR_BEFORE = /(?<![\p{L}])[A-Z]{0,4}[-\s]?\d[\d-]{3,}\d\s*,?\s+(?:for|of|de|pour|para|del|du)\s+$/u;
/** Whom a collection is for: "on ramasse des sous pour", "raising money for", "una colecta para". */
const FUNDRAISER_BEFORE = /(?:^|[^\p{L}])(?:(?:raising|raise|collecting)\s+(?:money|funds|cash)\s+for|(?:gofundme|fundraiser|go\s+fund\s+me|collection|whip-?round|benefit|donations?)\s+for|(?:ramass\w*|collect\w*|r[ée]colt\w*)\s+(?:des\s+sous|de\s+l['’]argent|des\s+fonds|des\s+dons)\s+pour|(?:cagnotte|collecte|leetchi)\s+pour|(?:colecta|rifa|vaki|vaca|recaudaci[óo]n|pollada|polladas|bingo|kermesse)\s+(?:para|por|a\s+beneficio\s+de|pro)|(?:recaudar|recaudamos|juntar|juntamos|reunir|reunimos)\s+(?:fondos|dinero|plata|lana|pisto)\s+para)\s+$/iu;
/** A patient's name as printed on a label: "labelled for Abernathy", "the requisition says Abernethy", "the wristband read Ruiz". */
const LABEL_BEFORE = /(?:^|[^\p{L}])(?:label+ed\s+(?:for|as)|(?:requisition|req|tube|wristband|armband|sticker|label|specimen)\s+(?:says?|said|reads?|read))\s+$/iu;
/** "Thanks to Priyanka for letting us share her lupus journey": the person thanked is the patient. */
const SHARED_STORY_AFTER = /^\s+(?:for\s+(?:letting|allowing)\s+(?:us|me)\s+(?:to\s+)?(?:share|tell|post|hold|be\s+(?:there|with)|care|walk|sit)|(?:et\s+(?:à\s+)?(?:sa|son)\s+\p{L}+\s+)?de\s+m['’]avoir\s+(?:autoris[ée]e?|permis)|(?:y\s+a\s+su\s+\p{L}+\s+)?por\s+dejarme\s+(?:compartir|contar)|(?:for|por|pour)\s+(?:your|the|his|her|their|tu|su|votre|ton|la|son|sa)\s+(?:\d\s*[-‐]?\s*star\s+|lovely\s+|kind\s+)?(?:reviews?|rese[ñn]as?|avis|testimonial|testimonio|t[ée]moignage)|for\s+trusting\s+(?:us|me)|por\s+confiar|pour\s+(?:votre|ta)\s+confiance)/iu;
/** A participle of care right after a name and a comma: "Toño, operado el 7", "Ginette, hospitalisée depuis mardi". */
const CARE_APPOSITION = /^,\s+(?:(?:qui\s+a\s+été|who\s+was|que\s+fue)\s+)?(?:operad[oa]|ingresad[oa]|intubad[oa]|internad[oa]|hospitalizad[oa]|dad[oa]\s+de\s+alta|trasplantad[oa]|op[ée]r[ée]e?|hospitalis[ée]e?|admise?|intub[ée]e?|greff[ée]e?|transplant[ée]e?|amput[ée]e?|r[ée]anim[ée]e?|soign[ée]e?|accouch[ée]e|admitted|discharged|intubated|diagnosed|transferred|transplanted|resuscitated|treated)(?![\p{L}])/iu;
const REVIEW_THANKS_BEFORE = /(?:^|[^\p{L}])(?:thanks?|thank\s+you|gracias|merci)\s+(?:so\s+much\s+|mil\s+|beaucoup\s+)?(?:for|por|pour)\s+(?:your|the|tu|su|la|votre|ton|le|vos)\s+(?:(?:lovely|kind|amazing|wonderful|great|5[- ]star|five[- ]star|linda|hermosa|bonita|gentil|bel|beau|joli)\s+)?(?:review|reseña|rese\u00f1a|reviews|comentario|opini[óo]n|valoraci[óo]n|calificaci[óo]n|avis|commentaire|testimonial|testimonio|t[ée]moignage|feedback|kind\s+words|words|questions?|messages?|comments?|dm|mensajes?|preguntas?)[\s,!¡.]*$/iu;
/** Looking for someone or their people: "does anyone know a", "trying to reach", "buscamos a". */
const SEEKING_BEFORE = /(?:^|[^\p{L}])(?:(?:anyone|anybody|someone|y['’]all)\s+(?:know|knows|recogni[sz]es?)\s+(?:a\s+)?|(?:looking\s+for|trying\s+to\s+(?:find|reach|locate)|searching\s+for)\s+(?:the\s+(?:family|relatives)\s+of\s+)?|(?:buscamos|busco)\s+(?:a\s+)?(?:los\s+familiares\s+de\s+)?|(?:nous\s+)?cherchons\s+(?:la\s+famille\s+de\s+)?)$/iu;
/**
 * "a" before a person rather than an article: Spanish "de alta a Renata", "llamé a Rosa" (verbs and pronouns
 * before it), and "does anyone know a Terrence Whitfield?".
 */
const PERSON_A_BEFORE = /(?:[áéíóú]|alta|ar|er|ir|amos|emos|imos|aron|ieron|le|les|lo|la|tengo\s+\p{L}+[ai]d[oa]s?(?:\s+(?:en|de)\s+[^,.!?\n]{0,30}?)?|know|knows|knew|met|seen|treated)\s+a\s+$/iu;
const BEDSIDE_BEFORE = /(?:^|[^\p{L}])(?:sat|sitting|stayed|prayed|praying|sang|singing|held\s+hands)\s+with\s+$/iu;
const ADDRESS_AFTER = /^\s+(?:at|from|on)\s+\d{1,5}[a-z]?\s+\p{Lu}/u;
const PRAYERS_AFTER = /^(?:\s+(?:of|from|de)\s+\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)?\s+in\s+(?:your|our|my|their)\s+(?:prayers|thoughts)(?![\p{L}])/iu;
/** "St. Brigid's", "San Judas": a saint's name is a church, hospital or place, possessive or not. */
const SAINT_BEFORE = /(?:^|[^\p{L}])(?:st\.?|saint|sainte|san|santa|são)\s+$/iu;
/** The clinician introducing themselves: "I'm Maria, PICU nurse", "my name is Tom", "soy Lucía". */
const SELF_BEFORE = /(?:^|[^\p{L}])(?:i['’]?m|i\s+am|my\s+name\s+is|me\s+llamo|mi\s+nombre\s+es|soy|je\s+m['’]appelle|je\s+suis)\s+$/iu;
/** A person noun in apposition or right before a name: "the same lady, Siobhan O'Neill", "this gentleman Mr. ...". */
const PERSON_NOUNS = new Set(['lady', 'gentleman', 'gent', 'woman', 'man', 'guy', 'girl', 'boy', 'kiddo', 'toddler', 'teen', 'teenager', 'veteran', 'fellow', 'mujer', 'hombre', 'niña', 'niño', 'chica', 'chico', 'femme', 'homme', 'dame']);
/** Words after a name that make it an institution or a disease even after a title: "Mrs. Baird's Bakery" aside, "St. Jude Hospital". */
const INSTITUTION_AFTER = /^\s*(?:['’]s?\s+)?(?:disease|syndrome|palsy|score|scale|sign|test|hospital|clinic|center|centre|foundation|society|institute|university|college|school|church|pharmacy|medical|memorial|general|regional|county|street|st|avenue|ave|road|rd|boulevard|blvd)(?![\p{L}])/iu;
/** A birth, a recovery or a patient feature: names in such a sentence are patients even beside "welcome" or "congrats". */
const PATIENT_STORY_SENTENCE = new RegExp(
  String.raw`(?<![\p{L}])(?:n[ée]e?\s+le|born|welcome\s+back|came\s+back\s+to\s+(?:see|visit|thank)|back\s+to\s+(?:visit|see|thank)|volvi[óo]\s+a\s+(?:visitarnos|vernos)|revenue?\s+nous\s+voir|naci[óo]|newborn|reci[ée]n\s+nacid[oa]|nouveau-n[ée]e?|weighing|pesando|patient\s+(?:spotlight|of\s+the\s+(?:month|week)|story|stories)|grateful\s+patient|after\s+(?:his|her|their)\s+(?:stroke|accident|crash|surgery|transplant|injury|fall|diagnosis|heart\s+attack|cardiac\s+arrest)|despu[ée]s\s+de\s+su\s+(?:accidente|cirug[íi]a|trasplante|infarto|derrame|ca[íi]da)|apr[èe]s\s+(?:son|sa)\s+(?:accident|chirurgie|greffe|avc|infarctus|chute)|` +
    // the end of a treatment or a first step back: "ringing the bell after his last round of chemo", "a remarché"
    String.raw`r(?:ang|inging|ing)\s+the\s+bell|after\s+(?:(?:his|her|their|a)\s+)?(?:knee|hip|shoulder|heart|kidney|liver|lung|valve)\s+(?:replacement|transplant|surgery)|(?:oldest|youngest|first|smallest|tiniest)\s+(?:patient|recipient|baby|preemie|survivor)|` +
    String.raw`(?:last|final)\s+(?:round\s+of\s+)?(?:chemo|radiation)|finish(?:ed|ing)\s+(?:(?:his|her|their)\s+)?(?:chemo|radiation|treatment|rehab)|cancer[- ]free|in\s+remission|toc[óo]\s+la\s+campana|termin(?:[óo]|ar)\s+(?:su\s+)?(?:quimio|tratamiento|rehabilitaci[óo]n)|volvi[óo]\s+a\s+caminar|a\s+remarch[ée]|sonn[ée]\s+la\s+cloche|fin\s+de\s+(?:sa|son)\s+(?:chimio|traitement))(?![\p{L}])`,
  'iu',
);
/** Staff news no patient story outweighs: awards, hires, retirements, "welcome to the team". */
const PLAIN_STAFF_SENTENCE =
  /(?<![\p{L}])(?:award|daisy|joins|joined|joining|hired|promoted|retiring|retirement|retires|colleagues?|coworkers?|co-workers?|to\s+the\s+team|our\s+new(?:est)?|(?:charge|staff|travel|float|new[\s-]+grad)\s+nurses?|nurses?\s+(?:week|day)|grand\s+rounds|speaker|[ée]quipe|equipo)(?![\p{L}])/iu;
/** Words for a patient that come right before a single name: "3rd grader Tayshawn", "26-weeker Nasra", "oom Koos". */
const SINGLE_PERSON_WORDS = new Set(['grader', 'weeker', 'buddy', 'sweetheart', 'sweetie', 'darling', 'preemie', 'warrior', 'kiddo', 'toddler', 'newborn', 'wee', 'bebé', 'bébé', 'nene', 'nena', 'petit', 'petite', 'pacientito', 'pacientita',
  'vieux', 'vieille', 'viejo', 'vieja', 'viejito', 'viejita', 'abuelito', 'abuelita',
  // "auld fella Paddy", "el pana Wilkin", "oupa Koos": everyday words for a man, a mate or an elder
  'fella', 'fellah', 'bloke', 'geezer', 'lad', 'lass', 'chap', 'oupa', 'ouma', 'tannie', 'pana', 'compa', 'compadre', 'comadre', 'pibe', 'piba', 'chaval', 'chavala', 'gamin', 'gamine', 'koro', 'kuia', 'whaea', 'grann', 'granmoun', 'mémé', 'pépé', 'tonton', 'tatie', 'tata']);
/** "everyone calls him Gaz", "que todos llaman el Roxu", "que tout le monde appelle Ti-Jean": a nickname (group 1, with its article). */
const CALLED_BY_EVERYONE = /(?<![\p{L}])(?:every(?:one|body)|(?:they|we)\s+all|todos|toos|todo\s+el\s+mundo|tout\s+le\s+monde|tous)(?:\s+(?:in|en|à|de)\s+\p{Lu}[\p{L}'’-]+)?\s+(?:does\s+|do\s+)?(?:calls?|called|llaman|llamen|llamaban|dicen|appellent|appelle|appelait|nomme)\s+(?:(?:him|her|them|le|la|lo|l['’])\s+)?((?:(?:el|la|il|al|le|ti|lil|big|little|old)[\s-])?\p{Lu}[\p{L}'’-]{1,30})/gu;

/** Words after which a capitalised name is a place or an institution's namesake: "San Judas", "Lake Hope", "CHU Félix Guyon", "la emergencia del Mario Catarino". */
const NOT_PERSON_BEFORE = /(?:^|[^\p{L}])(?:named\s+after|nomm[ée]e?s?\s+d['’]apr[èe]s|hurricane|hurac[áa]n|ouragan|cyclone|cicl[óo]n|typhoon|tropical\s+storm|tormenta(?:\s+tropical)?|temp[êe]te|st\.?|saint|sainte|san|santa|puerto|porto|costa|mount|mt\.?|lake|fort|port|the|that|this|an?|in|near|outside|like|unlike|(?:hospital|hôpital|cl[ií]nica|clinique|clinic|centro|centre|center|colegio|escuela|école)\s+(?:la|el|le|les|los|las|de|del|du)|chu|chr|chru|ch|ehpad|h[ôo]pital|hospital|cl[ií]nica|clinique|colegio|lyc[ée]e|coll[èe]ge|instituto|institut|(?:emergencia|urgencias|guardia|maternidad)\s+del)\s+$/iu;
/** The writer's colleagues by their job, right before a name: "my infusion nurse, Kayla", "fellow RT volunteers Cole", "nos infirmières Danielle". */
const STAFF_ROLE_BEFORE = /(?:^|[^\p{L}])(?:my|our|mis|mi|nuestr[oa]s?|nos|notre|mes|las|los|les|fellow|a|an|una?|une)\s+(?:(?!(?:patient|pt|paciente|patiente|client|cliente)(?:['’]s)?\s)[\p{L}-]+\s+){0,2}?(?:hygienists?|higienistas?|hygi[ée]nistes?|assistants?|asistentes?|aides?|techs?|t[ée]cnic[oa]s?|cnas?|pas|nps|rts?|rns?|lpns?|nurses?|enfermer[oa]s?|infirmi[eè]res?|infirmiers?|coordinator|coordinadora?|coordonnatrice|coordinatrice|promotoras?|receptionists?|recepcionistas?|scribes?|medics?|partners?|socios?|volunteers?|voluntari[oa]s?|b[ée]n[ée]voles?|instructor|instructora|preceptor|preceptora|mentor|mentora|oncologist|cardiologist|surgeon|pharmacists?|farmac[ée]utic[oa]s?|pharmaciens?|therapists?|terapeutas?|doulas?|midwi(?:fe|ves)|matronas?|comadronas?|parteras?|sages-femmes|compa[ñn]er[oa]s?|coll[èe]gues?|colleagues?|co-?workers?)(?:\s+(?:on|in|from)\s+(?:our|the|my)\s+(?:team|unit|ward|floor|crew|equipo)|\s+(?:de|del|of|at|from)\s+(?:la\s+|el\s+|the\s+)?[\p{L}-]+(?:\s+de\s+[\p{L}-]+)?)?\s*[,:]?\s+(?:(?:la\s+|el\s+)?(?:se[ñn]ora|se[ñn]or|do[ñn]a|don|mr|mrs|ms|miss|mme|sra|sr)\.?\s+)?$/iu;
/** "es de Guadalupe Victoria", "vient de Saint-Denis": where someone is from, not who. */
const STAFF_NAMED_BEFORE = /(?:^|[^\p{L}])(?:nurse|doc|doctor|resident|attending|intern|tech|medic|therapist|pharmacist|midwife|colleague|coworker|cna|aide|hygienist|scribe|enfermer[oa]|m[ée]dic[oa]|infirmi[eè]re?)\s+(?:named|called|llamad[oa]|nomm[ée]e?|qui\s+s['’]appelle)\s+$/iu;
const INSTITUTION_RUN_BEFORE = /(?:^|[^\p{L}])(?:Cl[ií]nica|Clinique|Hospital|H[ôo]pital|Centro|Centre|Policl[ií]nic[oa]|Sanatorio|Farmacia|Pharmacie|Colegio|Escuela|[ÉE]cole|Instituto|Institut|Hogar|Residencia|Unidad|EHPAD|CHU|CHR)\s+(?:\p{Lu}[\p{L}-]+\s+){1,2}$/u;
const PLACE_BEFORE = /(?:^|[^\p{L}])(?:es|era|son|viene|vino|vive|viv[íi]a|lleg[óo]|naci[óo]|vient|venait|habite|habitait|vit|vivait|est\s+n[ée]e?|lives|lived|moved|grew\s+up|is\s+from|comes\s+from|came\s+from)\s+(?:de|desde|en|à|a|au|in|from|to|near)\s+$/iu;
const CLOSE_RELATION_AFTER = /^\s+(?:(?:and|y|et|with)\s+(?:his|her|their|su|sus|sa|son|ses)\s+)?(?:husband|wife|son|daughter|mom|mum|mother|dad|father|sister|brother|grandma|grandpa|grandmother|grandfather|grandson|granddaughter|grandkids|aunt|uncle|kids|children|family|caregiver|mamá|papá|madre|padre|hija|hijo|abuela|abuelo|maman|papa|mère|père|fille|fils|mamie|papy)(?![\p{L}])/iu;
const RELATION_AFTER = /^(?:,?\s+(?:and|y|et)\s+(?:his|her|their|su|sus|sa|son|ses)\s+(?:family|wife|husband|kids|children|lad|lass|boy|girl|son|daughter|hubby|familia|esposa|esposo|marido|hijos|famille|femme|mari|enfants)(?![\p{L}])|,\s+(?:sa|son|su|his|her|their)\s+(?:femme|mari|fille|fils|m[èe]re|p[èe]re|s[œo]eur|fr[èe]re|esposa|esposo|marido|hij[oa]|madre|padre|herman[oa]|wife|husband|daughter|son|mother|father|sister|brother)(?![\p{L}])|,\s+(?:le|la|el)\s+(?:fr[èe]re|s[œo]eur|fille|fils|m[èe]re|p[èe]re|femme|mari|herman[oa]|hij[oa]|esposa|esposo|madre|padre)\s+(?:de|d['’])|,\s+(?:hij[oa]|niet[oa]|fille|fils|petite?-(?:fille|fils)|daughter|son|granddaughter|grandson)\s+(?:de|of)\s)|^\s+(?:(?:was|is)\s+(?:his|her|my|their|our)\s+|(?:his|her|their)\s+)?(?:husband|wife|son|daughter|mom|mother|dad|father|sister|brother|family|kids?|grandson|granddaughter|grandkids|grandchildren|nephew|niece|cousin|partner|caregiver)(?![\p{L}])/iu;

/** "Maria, Jose and Ana": a given name next to another given name in a list. */
const NOT_A_PERSON_PHRASE = /^(?:Eid|Ramadan|Ramadhan|Jumm?ah?|Juma)\s+Mubarak$/iu;
const AWARDS = new Set(['oscar', 'óscar', 'emmy', 'grammy', 'tony', 'goya', 'césar']);
const AWARD_AFTER = /^\s+(?:a\s+la\s+mejor|al\s+mejor|for\s+best|du\s+meilleur|de\s+la\s+meilleure|de\s+la\s+mejor|winner|nominee|worthy|moment)(?![\p{L}])/iu;
/** "patient portal", "patient experience": a service for patients, not one patient's name. */
const PATIENT_SERVICE_WORD = /^(?:portal|success|highlights?|education|experience|safety|advocates?|services?|access|parking|registration|satisfaction|lounge|handbook|app|care|transport|navigators?|liaison|relations|voice|voices|council|family|families|flow|spotlights?|stor(?:y|ies)|features?|profiles?|testimonials?|surveys?|forum|week|month)$/;
/** Spanish calls that are also given names: "Dale abuelo, que tengo cuarenta más", "Mira a nuestra paciente". */
const SPANISH_CALL = new Set(['dale', 'mira', 'oye', 'vaya', 'venga', 'anda', 'toma', 'ojo', 'fíjate', 'escucha', 'ándale', 'órale']);
/** ... when what follows is Spanish: an article, a pronoun, a person called on. */
const SPANISH_CALL_AFTER = /^[\s,!]+(?:a|al|que|el|la|los|las|lo|le|esto|eso|eso|abuel[oa]|señor[a]?|mij[oa]|gente|herman[oa]|amig[oa]|pues|no|ya|t[úu]|vos|usted|con|mi|tu|qu[ée]|c[óo]mo|ahí|aqu[íi]|pa|pal|nom[áa]s)(?![\p{L}])/iu;
const CONJUNCTIONS = new Set(['and', 'y', 'e', 'et', 'or', 'o', 'ou']);

/**
 * The neighbour of token `k` in a list of names ("Maria, Jose and Ana"), looking `dir` (-1 or +1):
 * its index, or -1 when the next word over is not separated by a comma or a conjunction.
 */
function listNeighbour(text: string, tokens: Token[], k: number, dir: -1 | 1): number {
  const step = (a: number, b: number) => (dir === 1 ? gap(text, tokens[a]!, tokens[b]!) : gap(text, tokens[b]!, tokens[a]!));
  const n = k + dir;
  if (n < 0 || n >= tokens.length) return -1;
  if (/^(?:,\s{1,2}|\s{0,2}&\s{0,2})$/.test(step(k, n)) && !CONJUNCTIONS.has(tokens[n]!.lower)) return n;
  if (CONJUNCTIONS.has(tokens[n]!.lower) && /^,?\s{1,2}$/.test(step(k, n))) {
    const m = n + dir;
    if (m >= 0 && m < tokens.length && /^\s{1,2}$/.test(step(n, m))) return m;
  }
  return -1;
}

function inNameList(text: string, tokens: Token[], i: number, j: number): boolean {
  const given = (k: number) => k >= 0 && tokens[k]!.cap && GIVEN_NAMES.has(tokens[k]!.lower) && !isWordName(tokens[k]!);
  return given(listNeighbour(text, tokens, i, -1)) || given(listNeighbour(text, tokens, j, 1));
}

/** Where sentences start and end (offsets), ignoring the dots of titles and initials. */
function sentenceBounds(text: string): number[] {
  const cuts = [0];
  SENTENCE_END.lastIndex = 0;
  for (const m of text.matchAll(SENTENCE_END)) cuts.push(m.index + m[0].length);
  cuts.push(text.length);
  return cuts;
}

/** Index of the sentence holding offset `at` (binary search over the cuts). */
function sentenceIndex(cuts: number[], at: number): number {
  let lo = 0;
  let hi = cuts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (cuts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Tests each sentence against a regex once, however many names it holds (long texts stay linear). */
function sentenceTester(text: string, cuts: number[], re: RegExp): (at: number) => boolean {
  const seen = new Map<number, boolean>();
  return (at) => {
    const i = sentenceIndex(cuts, at);
    let hit = seen.get(i);
    if (hit === undefined) {
      hit = re.test(text.slice(cuts[i], cuts[i + 1]));
      seen.set(i, hit);
    }
    return hit;
  };
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (const m of text.matchAll(TOKEN)) {
    // "d'Yvonne", "qu'Antoine": French elision before a name; the word starts after the apostrophe
    const skip = /^(?:d|qu|l|j)['’](?=\p{Lu})/u.exec(m[0])?.[0].length ?? 0;
    const at = m.index + skip;
    const raw = m[0].slice(skip).replace(/-+$/, '');
    const rawEnd = at + raw.length;
    let word = raw.replace(/['’]+$/, '');
    let possessive = false;
    if (/['’]s$/i.test(word)) { word = word.slice(0, -2); possessive = true; }
    else if (/['’]$/.test(m[0]) && /s$/i.test(word)) possessive = true; // Owens'
    const cap = /^\p{Lu}/u.test(word) && !(word.length > 1 && word === word.toUpperCase());
    const lower = word.toLowerCase();
    const folded = /[\u0080-\uFFFF]/.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '') : lower;
    out.push({ start: at, end: at + word.length, rawEnd, lower, folded, cap, possessive });
  }
  return out;
}

/** The gap between two tokens is a plain space (names), or a title's dot, or an apposition comma. */
const gap = (text: string, a: Token, b: Token) => text.slice(a.rawEnd, b.start);

/** A capitalised word no word list knows: not a name, word, place, title or eponym, and not an acronym. */
function unknownWord(text: string, t: Token): boolean {
  const w = t.lower;
  return !GIVEN_NAMES.has(w) && !SURNAMES.has(w) && !(w in lexicon) && !NEVER_NAMES.has(w) && !EPONYMS.has(w) && !TITLES.has(w) && !STAFF_TITLES.has(w) &&
    /^\p{Lu}\p{Ll}/u.test(text.slice(t.start, t.start + 2)) && !COMMON_NOUN_SHAPE.test(w) && !PRODUCT_BRANDS.has(w);
}

/** Device makers and drug brands that read like surnames ("Medtronic Azure", "Eliquis Starter"). */
const PRODUCT_BRANDS = new Set(`medtronic biotronik dexcom omnipod insulet resmed littmann stryker ozempic wegovy mounjaro zepbound eliquis xarelto
  lyrica allegra jardiance farxiga trulicity humira keytruda entresto dupixent rinvoq skyrizi paxlovid narcan tylenol advil motrin`.split(/\s+/));

/**
 * Endings of everyday nouns and adjectives that compromise's small lexicon does not list ("Cancer Society",
 * "Emergency Department", "Federación Española"): such a pair is an organisation or a heading, not a person.
 */
const COMMON_NOUN_SHAPE = /(?:ment|tion|sion|ety|ity|ness|ance|ence|ency|ogy|ical|atic|etic|itic|otic|ive|ous|ary|ery|ory|ism|ics|ing|cer|col|ción|sión|dad|ñol|ñola|aise|ais|ique|eur|euse|ías|ias|ía|anos|ales|[^aeiou]ies|renal|herbal|dental|vascular|natal)$|^(?:cancer|reset|protocol|society|federal|national|regional|general|central|royal|global|annual)$/u;

/** Could this capitalised word be the second or third part of a name? */
function surnameLike(t: Token): boolean {
  if (!t.cap || NEVER_NAMES.has(t.lower) || EPONYMS.has(t.lower) || TITLES.has(t.lower) || STAFF_TITLES.has(t.lower)) return false;
  // "Harold Pennington": a town's name is a surname too when it follows a given name
  return SURNAMES.has(t.lower) || GIVEN_NAMES.has(t.lower) || !commonWord(t.lower) || properOnly(t.lower);
}

/** Car makes, which read as surnames after a particle ("del Seat León", "de la Renault"). */
const CAR_MAKE_WORDS = new Set<string>(CAR_MAKES.map((m) => m.toLowerCase()));

/** Last words of a place's name: "Harlow Valley", "Church Street", "Boyle Heights". */
/** Words that end a place's name and never a person's: "Cedar Ridge", "Maple Grove", "Pine Meadows". */
const LANDFORM = /^(?:ridge|creek|valley|springs|heights|grove|meadows?|pines|oaks|acres|hollow|bluffs?|summit|landing|shores?|harbou?r|glen|vale|estates|crossing|junction|falls|hills)$/;
const PLACE_END = /^(?:valley|avenue|street|road|boulevard|plaza|heights|ridge|creek|springs|gardens|village|county|parish|mall|square|terrace|crescent|parkway|highway|township|estates|junction|falls|town|city|hills)$/;

/** Grows a name from token i over following surname-like tokens (at most three words). */
function extend(text: string, tokens: Token[], i: number, slotted = false): number {
  let j = i;
  const fits = (t: Token) => surnameLike(t) || prefixedSurname(text, t) ||
    // after "pt", "Mrs." or "her son", a capitalised everyday word is the surname: "pt Maria Hall", "Mrs. Rose Baker"
    (slotted && t.cap && !NEVER_NAMES.has(t.lower) && !EPONYMS.has(t.lower) && !TITLES.has(t.lower) && !STAFF_TITLES.has(t.lower) && /^\p{Lu}\p{Ll}/u.test(text.slice(t.start, t.start + 2)));
  const spaced = (a: number) => /^ $/.test(gap(text, tokens[a]!, tokens[a + 1]!));
  while (j + 1 < tokens.length && j - i < 4 && !tokens[j]!.possessive && spaced(j)) {
    // "Brandon T. Wilcox": a middle initial and its dot, then the surname
    const initial = tokens[j + 1]!;
    if (j + 2 < tokens.length && /^\p{Lu}$/u.test(text.slice(initial.start, initial.end)) && gap(text, initial, tokens[j + 2]!) === '. ' &&
      tokens[j + 2]!.cap && surnameLike(tokens[j + 2]!) && !commonWord(tokens[j + 2]!.lower)) { j += 2; continue; }
    if (fits(tokens[j + 1]!)) { j++; continue; }
    // "Pérez de la Fuente", "Ahmed bin Khalid", "Mr. van der Berg": lower-case particles inside a name
    let k = j + 1;
    while (k < tokens.length && k - j <= 2 && (isParticle(text, tokens[k]!) || capParticle(text, tokens[k]!)) && k + 1 < tokens.length && spaced(k)) k++;
    // "de", "da", "du" after a lone given name is where someone is from ("Jean-Marc de Sherbrooke"); after a surname it is part of the name
    // ... and so is "Don Chuy de Boyle Heights": what follows the particle is a place by its last word
    const fromWord = /^(?:de|del|della|di|da|das|dos|du)$/.test(tokens[j + 1]!.lower) && j === i && !isParticle(text, tokens[i]!) &&
      // "Doña Chepita de Monimbó", "Mme Gagnon de Saint-Jérôme": one "de" after a lone name is where they are from
      // ("Sra. Pérez de la Fuente" keeps its compound surname)
      (isGiven(tokens[i]!) || !slotted || k === j + 2 || tokens.slice(k, k + 3).some((w) => PLACE_END.test(w.lower)));
    if (k > j + 1 && k < tokens.length && fits(tokens[k]!) && !fromWord) { j = k; continue; }
    break;
  }
  return j;
}

/** Particles inside surnames, written in lower case: van der, de la, bin, ibn, al, da, dos, du, le. */
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'das', 'dos', 'du', 'la', 'le', 'bin', 'ibn', 'bint', 'ben', 'al', 'el', 'ter', 'ten', 'zu', 'ould', 'ag']);
const isParticle = (text: string, t: Token) => PARTICLES.has(t.lower) && /^\p{Ll}/u.test(text.slice(t.start, t.start + 1));
/** ... and those written capitalised, as Breton, Belgian, Maghrebi and Iberian surnames often are: "Mme Le Goff", "Youssef El Amrani". */
const CAP_PARTICLES = new Set(['le', 'la', 'de', 'da', 'di', 'del', 'della', 'van', 'von', 'el', 'ben', 'du', 'al', 'dos', 'das', 'ould']);
const capParticle = (text: string, t: Token) => CAP_PARTICLES.has(t.lower) && /^\p{Lu}\p{Ll}*$/u.test(text.slice(t.start, t.end));
/** "al-Hassan", "el-Sayed", "d'Angelo", "bin-Laden": a surname behind a lower-case prefix. */
const prefixedSurname = (text: string, t: Token) => /^(?:al|el|ul|bin|ibn|abu|abd|de|di|da|van|von)-\p{Lu}\p{Ll}|^d['’]\p{Lu}\p{Ll}/u.test(text.slice(t.start, t.end));

function slotBefore(text: string, tokens: Token[], i: number): Slot {
  const prev = tokens[i - 1];
  if (!prev) return 'none';
  const g = gap(text, prev, tokens[i]!);
  // "MR conditional", "MS flare": upper-case MR and MS are magnetic resonance and multiple sclerosis
  if (TITLES.has(prev.lower) && /^\.?\s{1,2}$/.test(g) && !/^M[RS]$/.test(text.slice(prev.start, prev.end))) return 'title';
  // "pt. Reyes" takes a dot; "my patients. Los oncólogos..." is a sentence end, not a slot.
  if (PATIENT_WORDS.has(prev.lower) && !prev.possessive && (prev.lower === 'pt' ? /^[.:,]?\s{1,2}$/ : /^[:,]?\s{1,2}$/).test(g)) return 'patient';
  // "her son Devon" but not French "renouveler son Lévothyrox" (son = his): English "son" takes an English word before it
  const frenchSon = prev.lower === 'son' && text[prev.start] === 's' && !/(?:^|[^\p{L}])(?:her|his|my|their|our|your|a|the|whose|youngest|oldest|eldest|only|baby|little|grown|adult|twin|\p{L}+['’]s)\s+$/iu.test(text.slice(Math.max(0, prev.start - 20), prev.start)) &&
    // "family meeting at 10, son Kiprono on 0722 481 906": a listed relative, then English or his number
    !(/[,;]\s+$/.test(text.slice(Math.max(0, prev.start - 3), prev.start)) && /^\s+(?:is|was|says|said|called|calls|will|has|who|wants|on\s+\+?\d)(?![\p{L}])/u.test(text.slice(tokens[i]!.rawEnd, tokens[i]!.rawEnd + 12)));
  // "Son mari Abdelkader": a relation word after another is the relative, not a name
  if (RELATIONS.has(prev.lower) && !prev.possessive && /^,?\s{1,2}$/.test(g) && !frenchSon && !RELATIONS.has(tokens[i]!.lower) && !/^\p{Lu}{2,}/u.test(text.slice(tokens[i]!.start, tokens[i]!.end))) return 'relation';
  // "la mamá de Valentina", "la famille de Mme Roux", "the family of Ahmed": a relative named through the person
  const rel = tokens[i - 2];
  if ((prev.lower === 'de' || prev.lower === 'of') && rel && RELATIVE_OF.has(rel.lower) && /^\s{1,2}$/.test(g) && /^\s{1,2}$/.test(gap(text, rel, prev))) return 'relation';
  // "the same lady, Siobhan O'Neill": a person noun glossed by a full name (the name must have two words)
  if (PERSON_NOUNS.has(prev.lower) && !prev.possessive && /^,?\s{1,2}$/.test(g) && tokens[i]!.cap && followedBySurname(text, tokens, i)) return 'person';
  // "Happy 101st birthday to Ada Pemberton-Hughes": someone of 90 or more being celebrated is a patient or resident
  if (tokens[i]!.cap && BIRTHDAY_90_BEFORE.test(text.slice(Math.max(0, tokens[i]!.start - 50), tokens[i]!.start)) &&
    !/^(?:st|ste|saint|sainte|san|santa)$/.test(tokens[i]!.lower) && !INSTITUTION_AHEAD.test(text.slice(tokens[i]!.start, tokens[i]!.start + 60))) return 'named';
  // "a man named Royal", "88yo named Royal": whatever word follows is what the person is called
  const lead = text.slice(Math.max(0, tokens[i]!.start - 40), tokens[i]!.start);
  // ... unless an animal is named: "une chienne qui s'appelle Praline", "a goat named Beyoncé"
  // ... and in lower case only a word no lexicon knows ("mom named her maisie", not "his name is like")
  const lower = tokens[i]!.lower;
  if ((tokens[i]!.cap || (lower.length > 2 && /^\p{Ll}+$/u.test(lower) && !lower.endsWith('ly') && (lexicon[lower] === undefined || GIVEN_NAMES.has(lower)) && EN_NAMED_BEFORE.test(lead))) && NAMED_BEFORE.test(lead)) return PET_NAMED_BEFORE.test(lead) ? 'pet' : 'named';
  // "3rd grader Tayshawn", "our 26-weeker Nasra", "my lil guy Cash", "oom Koos": a person word right before one name
  if (tokens[i]!.cap && !/^i(?:['’]|$)/.test(tokens[i]!.lower) && /^\s{1,2}$/.test(g) && !prev.possessive && (SINGLE_PERSON_WORDS.has(prev.lower) ||
    (PERSON_NOUNS.has(prev.lower) && /(?:^|[^\p{L}])(?:my|our|this|that|little|lil|wee|sweet|baby|newborn|la|el|le|una|un|une|esta|este|cette|ce|mi|nuestr[oa]|mon|ma|notre)\s+(?:\p{L}+\s+)?$/iu.test(text.slice(Math.max(0, prev.start - 20), prev.start))))) return 'person';
  return 'none';
}

const SLOT_SCORE: Record<Exclude<Slot, 'none' | 'pet'>, number> = { title: 0.85, patient: 0.8, relation: 0.8, person: 0.7, named: 0.75 };

/** The next token is a capitalised surname-like word right after a space: "Maya Hart", "Nguyen Thi". */
function followedBySurname(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  return !t.possessive && next !== undefined && gap(text, t, next) === ' ' && surnameLike(next);
}

interface Draft {
  /** first and last token index */
  first: number;
  last: number;
  start: number;
  end: number;
  score: number;
  pattern: string;
  strong: boolean;
  /** the word that made it a name, for the finding's explanation */
  cue?: string;
  words: string[];
}

export const name: Recognizer = {
  id: 'name',
  categories: ['NAME'],
  recognize({ doc }) {
    const text = doc.text;
    const tokens = tokenize(text);
    const cuts = sentenceBounds(text);
    const postHasPatient = PATIENT_CONTEXT.test(text);
    const carePost = postHasPatient || CARE_POST.test(text);
    let named: Set<string> | undefined;
    const diseases = () => (named ??= diseasesNamed(text));
    // "Her son declan says she's planning the next batch": a post about someone's family
    const familyInPost = FAMILY_IN_POST.test(text);
    const patientSentence = sentenceTester(text, cuts, PATIENT_CONTEXT);
    const staffSentence = sentenceTester(text, cuts, STAFF_SENTENCE);
    const storySentence = sentenceTester(text, cuts, PATIENT_STORY_SENTENCE);
    const plainStaffSentence = sentenceTester(text, cuts, PLAIN_STAFF_SENTENCE);
    const staffPraiseSentence = sentenceTester(text, cuts, STAFF_PRAISE);
    const staff = new Set<string>();
    const drafts: Draft[] = [];
    /** last token of each name found in a slot (pt, Mrs., her son): the next name in its list shares the slot */
    const slottedEnds = new Set<number>();
    /** words of names found in a slot, so a later bare mention of the same person is not taken for staff */
    const slottedWords = new Set<string>();
    const birthInPost = BIRTH_IN_POST.test(text);
    /** last token of each new parent congratulated on a birth, so the next name in the list is one too */
    const newParents = new Set<number>();

    /** courtesy words the post puts before a name ("Lola Caridad"): computed once, not per token */
    const usedAsTitle = new Set(tokens.filter((u, k) => TITLES.has(u.lower) && tokens[k + 1]?.cap === true && /^\.?\s{1,2}$/.test(gap(text, u, tokens[k + 1]!))).map((u) => u.lower));
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (/^i(?:['’](?:ve|m|d|ll))?$/.test(t.lower) && text[t.start] === 'I') continue; // the pronoun
      if (t.cap && /-(?:san|sama|chan|kun)$/.test(t.lower)) continue; // "Haruki-san": the honorific pass below takes it
      if (/^\p{Lu}{2,}s$/u.test(text.slice(t.start, t.end))) continue; // "patient IPs", "MRNs": an abbreviation's plural
      const before = text.slice(Math.max(0, t.start - 40), t.start);
      // "Mon Oct 21 and Thu Oct 24": a weekday's short form before a date, not someone called Thu
      if (/^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)$/.test(t.lower) && /^\.?,?\s(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?\s?\d)/iu.test(text.slice(t.rawEnd, t.rawEnd + 12))) continue;
      // Handles, e-mail addresses and links are other recognizers' business.
      if (/[@/.#_]$/.test(before) && !/\.\s*$/.test(before.slice(-2)) ) continue;
      if (/^[@.]\p{L}/u.test(text.slice(t.rawEnd, t.rawEnd + 2))) continue;
      const prev = tokens[i - 1];
      // "Dr. Grace Huang", "Nurse Tina", "Sister Aoife Brennan" (a ward sister, not "her sister Aoife"): staff, and every other mention of them too.
      const wardSister = prev?.lower === 'sister' && prev.cap && !/(?:^|[^\p{L}])(?:my|her|his|their|your|our|big|little|older|younger|twin|whose)\s+$/iu.test(text.slice(Math.max(0, prev.start - 10), prev.start));
      // "our volunteer OT Ms. Grace Atuhaire", "physio Mrs Okoro": a job before the courtesy title makes it a colleague's
      const jobTitled = (!!prev && COURTESY.has(prev.lower) && JOB_BEFORE_COURTESY.test(text.slice(Math.max(0, prev.start - 20), prev.start))) ||
        // "Special thanks to DON Faith Morales": the Director of Nursing, in capitals, not Spanish "Don"
        (!!prev && text.slice(prev.start, prev.end) === 'DON' && t.cap && !/^\p{Lu}+$/u.test(text.slice(t.start, t.end))) ||
        // "PA Jorge Medina", "NP Sarah Cole": a clinician's credential in capitals before the name
        (!!prev && /^(?:PA|NP|RN|CNA|LPN|APRN|CRNA|PA-C)$/.test(text.slice(prev.start, prev.end)) && t.cap && !/^\p{Lu}+$/u.test(text.slice(t.start, t.end))) ||
        // "a charge nurse named Hope", "our new doc named Priya": a colleague introduced by name
        (!!prev && /^(?:named|called|llamad[oa]|nomm[ée]e?|appelle)$/.test(prev.lower) && STAFF_NAMED_BEFORE.test(before));
      if (prev && (STAFF_TITLES.has(prev.lower) || wardSister || jobTitled || (prev.cap && PUBLIC_TITLES.has(prev.lower))) && /^\.?\s{1,2}$/.test(gap(text, prev, t)) && t.cap) {
        const j = extend(text, tokens, i);
        for (let k = i; k <= j; k++) staff.add(tokens[k]!.lower);
        i = j;
        continue;
      }
      // "my hygienists Lorraine Begay and Chris", "a tech on our team, Sione,", "las higienistas Rosanna y Kelvin", "mi coordinadora, Miledys Peña":
      // a colleague named after their job, and the names listed with them
      if (t.cap && STAFF_ROLE_BEFORE.test(before)) {
        const j = extend(text, tokens, i);
        for (let k = i; k <= j; k++) staff.add(tokens[k]!.lower);
        i = j;
        continue;
      }
      const slot = slotBefore(text, tokens, i);
      if (slot === 'pet') continue;
      let pattern: string = slot;
      let lowerFull = false;
      // "Don Ernesto", "Aunt May": the courtesy word is the slot for the name after it, not a name.
      if ((slot === 'none' || slot === 'patient') && TITLES.has(t.lower) && tokens[i + 1] !== undefined && /^\.?\s{1,2}$/.test(gap(text, t, tokens[i + 1]!))) continue;
      // "Mam Gráinne had them on the 28th": a relation word opening the name is its slot too, unless it is itself a name ("Nan Jones",
      // "Da Costa") or a religious title ("Sœur Anne-Marie", "Father Mike")
      if (slot === 'none' && t.cap && RELATIONS.has(t.lower) && !RELIGIOUS_TITLES.has(t.lower) && !GIVEN_NAMES.has(t.lower) && !SURNAMES.has(t.lower) && !CAP_PARTICLES.has(t.lower) && tokens[i + 1]?.cap === true && gap(text, t, tokens[i + 1]!) === ' ') continue;
      // "si Lola Caridad … Lola, I'm on duty po!": a courtesy word the post uses as a title still addresses that person when alone
      if (slot === 'none' && usedAsTitle.has(t.lower)) continue;
      if (slot === 'none') {
        const next = tokens[i + 1];
        // "saw maria gonzalez today": a lower-case given name and surname, neither an everyday word
        lowerFull = !t.cap && isGiven(t) && !isWordName(t) && next !== undefined && !next.cap && SURNAMES.has(next.lower) &&
          !commonWord(next.lower) && gap(text, t, next) === ' ';
        // "lol dave in bed 7", "sat with walter tonight": a lower-case given name where only a person fits
        const lowerPlaced = !t.cap && !lowerFull && isGiven(t) && !commonWord(t.lower) && !NEVER_NAMES.has(t.lower) &&
          // "rezar el rosario", "la esperanza": after an article, a noun
          !/(?:^|[^\p{L}])(?:el|la|los|las|le|les|the|a|an|un|una|une)\s+$/iu.test(before) &&
          (ROOM_AFTER.test(text.slice(t.rawEnd, t.rawEnd + 30)) || ((BEDSIDE_BEFORE.test(before) || ROOM_BEFORE.test(before) || AFFECTION_BEFORE.test(before)) && !isWordName(t)) ||
            (t.possessive && CLOSE_RELATION_AFTER.test(text.slice(t.rawEnd, t.rawEnd + 12))));
        // A name missing from the lexicons still shows by its company: "Xochitl's mom", "Nkechi (4)".
        const unknownWithCue = t.cap && t.end - t.start > 1 && !isGiven(t) && !commonWord(t.lower) && !NEVER_NAMES.has(t.lower) && !EPONYMS.has(t.lower) &&
          ((t.possessive && (CLOSE_RELATION_AFTER.test(text.slice(t.rawEnd, t.rawEnd + 16)) || (postHasPatient && /^\s+(?:place|house|home|flat|farm|bedside)(?![\p{L}])/iu.test(text.slice(t.rawEnd, t.rawEnd + 12))))) || (!t.possessive && AGE_AFTER.test(text.slice(t.rawEnd, t.rawEnd + 30))) || (!t.possessive && /^\s+(?:and|y|et|with)\s/iu.test(text.slice(t.rawEnd, t.rawEnd + 6)) && CLOSE_RELATION_AFTER.test(text.slice(t.rawEnd, t.rawEnd + 30))) || (ageApposed(text.slice(t.rawEnd, t.rawEnd + 60)) && !FROM_PLACE_BEFORE.test(before)) || (!t.possessive && ROOM_AFTER.test(text.slice(t.rawEnd, t.rawEnd + 30))) ||
            // "Pappu ji", "Kamla Devi": a respectful word after a name no lexicon knows
            (!t.possessive && RESPECT_AFTER.test(text.slice(t.rawEnd, t.rawEnd + 10)) && !/^\s+(?:sir|madam)/u.test(text.slice(t.rawEnd, t.rawEnd + 10))) ||
            (next !== undefined && next.lower === 'devi' && gap(text, t, next) === ' ') ||
            // "a girl of 17, Yessenia, from a village near ...", "a 56-year-old with an LVAD, Kimo,": a person, then their name set off
            (!t.possessive && PERSON_THEN_NAME_BEFORE.test(before) && /^\s*[,(—–]/.test(text.slice(t.rawEnd, t.rawEnd + 3))) ||
            // "Senga, CHI 120534 1242, your letters ...": a record's identifier right after the name
            // (opening its clause: "Magnus Rendall, Stronsay, CHI ..." is a town on a record's line)
            (!t.possessive && ID_LABEL_AFTER.test(text.slice(t.rawEnd, t.rawEnd + 16)) && /(?:^|[.!?:;—–\n\p{Extended_Pictographic}]\s*)$/u.test(before)) ||
            ((PATIENT_APPOSITION.test(text.slice(t.rawEnd, t.rawEnd + 60)) || PERSON_GLOSS.test(text.slice(t.rawEnd, t.rawEnd + 60))) && !ADDRESS_WORD.test(text.slice(t.start, t.rawEnd))) ||
          ((UNKNOWN_GREETING_BEFORE.test(before) || AFFECTION_BEFORE.test(before) || NAMED_BEFORE.test(before) || BEDSIDE_BEFORE.test(before) || LABEL_BEFORE.test(before) || (DOCUMENT_BEFORE.test(before) && next !== undefined && next.cap && gap(text, t, next) === ' ')) && !isHeading(text, t)) ||
            // "Tajay from the Mona estate was in resus": someone and where they are from, in a post about care
            // ("a special get-well to Erlend from Rousay", "Ayudemos a Yeison de Manrique", "du jeune Kévin de Papaïchton")
            (!t.possessive && (postHasPatient || familyInPost) && FROM_PLACE_AFTER.test(text.slice(t.rawEnd, t.rawEnd + 20)) && /(?:^|[.!?]\s+|(?:^|\s)\p{Ll}[\p{L}-]*,?\s+)$/u.test(before) &&
              (/^\s+from/u.test(text.slice(t.rawEnd, t.rawEnd + 6)) || PERSON_BEFORE_DE.test(before))) ||
            (!t.possessive && postHasPatient && !ADDRESS_WORD.test(text.slice(t.start, t.rawEnd)) && CLAUSE_OPEN_BEFORE.test(before) &&
              ADDRESSED_AFTER.test(text.slice(t.rawEnd, t.rawEnd + 40)) && !staffPraiseSentence(t.start)) ||
            // "Kowalczyk finally went home today", "Pettigrew pulled his cannula out": an unknown word as the subject of a care story
            (!t.possessive && carePost && ((unknownWord(text, t) && !AGENT_NOUN_SHAPE.test(t.lower) && !/['’]/u.test(t.lower) && !SINGLE_PERSON_WORDS.has(t.lower) && !PERSON_NOUNS.has(t.lower)) || (SURNAMES.has(t.lower) && !commonWord(t.lower))) && subjectOpen(before) &&
              SUBJECT_VERB_AFTER.test(text.slice(t.rawEnd, t.rawEnd + 40)) && /^\s+\p{Ll}/u.test(text.slice(t.rawEnd, t.rawEnd + 3)) && !staffPraiseSentence(t.start)));
        // "Wei-Ling Zhang", "Facundo Bianchi": two capitalised words no list or dictionary knows, side by side,
        // are a full name more often than anything else; weak alone, a patient sentence lifts it
        const unknownFull = !unknownWithCue && t.cap && t.end - t.start > 2 && !isGiven(t) && unknownWord(text, t) && !isHeading(text, t) &&
          next !== undefined && gap(text, t, next) === ' ' && next.cap && next.end - next.start > 2 && (unknownWord(text, next) || SURNAMES.has(next.lower)) && !t.possessive &&
          // "Cedar Ridge Health", "Maple Grove Urology": a place's name, and the organisation named after it
          !LANDFORM.test(t.lower) && !LANDFORM.test(next.lower) &&
          // "Salud Responde: 600 360 7777", "Telefono Amico : 02 2327 2327": a line's or programme's label before its number or site
          !/^\s?:\s*(?:\+?\d|[\p{L}\d-]+\.[\p{L}.]{2,}|https?:)/u.test(text.slice(next.rawEnd, next.rawEnd + 24));
        // "Harold and June": a month's name listed after a given name is a name
        const listedAfter = MONTH_NAMES.has(t.lower) && t.cap ? tokens[listNeighbour(text, tokens, i, -1)] : undefined;
        const listedMonth = !!listedAfter && GIVEN_NAMES.has(listedAfter.lower) && !MONTH_NAMES.has(listedAfter.lower);
        // "Hope I'm that much of a pain", "Will I ever learn": a verb before the pronoun, not someone called Hope
        if (isWordName(t) && /^\s+I(?:['’](?:m|ll|d|ve))?(?![\p{L}])/u.test(text.slice(t.rawEnd, t.rawEnd + 6))) continue;
        if (PHRASE_OPENER.get(t.lower)?.test(text.slice(t.rawEnd, t.rawEnd + 20))) continue;
        if (!lowerFull && !lowerPlaced && !unknownWithCue && !unknownFull && (!t.cap || !isGiven(t) || NEVER_NAMES.has(t.lower) || (MONTH_NAMES.has(t.lower) && !listedMonth && !AFFECTION_BEFORE.test(before)))) continue;
        pattern = lowerFull ? 'lowercase-full-name' : lowerPlaced ? 'lowercase-given-name' : unknownWithCue ? 'unknown-name-with-cue' : unknownFull ? 'unknown-full-name' : isWordName(t) ? 'word-name' : 'given-name';
      } else if (slot === 'title' && isParticle(text, t) && /^(?:de|del|du|des)$/.test(t.lower) && ARTICLE_BEFORE_TITLE.test(text.slice(Math.max(0, tokens[i - 1]!.start - 8), tokens[i - 1]!.start))) {
        // "un señor de Iztapalapa", "le monsieur de Saint-Henri": a man from somewhere, not "Mme de la Salle"
        continue;
      } else if (slot === 'title' && (isParticle(text, t) || capParticle(text, t)) && extend(text, tokens, i, true) > i) {
        // "Mr. van der Berg", "Mme de la Salle": the name starts with its particle
      } else if (!t.cap) {
        // Lower-case names only right after a patient word, and only known names ("pt ramirez").
        // "pt ramirez", "mr pruitt's orders" (any surname after a courtesy title), "her son devon"
        const known = GIVEN_NAMES.has(t.lower) || SURNAMES.has(t.lower);
        // ... in English any word no lexicon knows ("miss boudreaux"); in Spanish and French only a listed name ("la señora lópez"),
        // since the English lexicon does not know "qui" or "embarazada"
        const spoken = SPOKEN_COURTESY.has(tokens[i - 1]!.lower) && !WORD_NAMES.has(t.lower) && (tokens[i - 1]!.lower === 'miss' || tokens[i - 1]!.lower === 'missus' || known) &&
          !/(?:^|[^\p{L}])(?:i|we|you|they|he|she|[''’]ll|will|would|gonna|really|so|still|always|do|don['’]t|never)\s+$/iu.test(text.slice(Math.max(0, tokens[i - 1]!.start - 12), tokens[i - 1]!.start));
        const titled = slot === 'title' && (COURTESY.has(tokens[i - 1]!.lower) || spoken) && !commonWord(t.lower) && t.lower.length > 1;
        // "pt zylstra's daughter", "pt okereke, 58,": a word no list knows, marked as a person by what follows
        const marked = !commonWord(t.lower) && t.lower.length > 2 && /^\p{Ll}/u.test(text[t.start]!) && !tokens[i - 1]!.possessive && (t.possessive || /^\s*[,(]\s*\d/.test(text.slice(t.rawEnd, t.rawEnd + 5)));
        // "his sister gloria", "her daughter grace,": a word-name after a relative is the name when it is no everyday word
        // to compromise or punctuation closes it ("her son will be fine" keeps its verb)
        const relationName = isGiven(t) && !commonWord(t.lower) && !TITLES.has(t.lower) && !/^(?:m[íi][oa]|tuy[oa]|suy[oa])$/.test(t.lower) && (!isWordName(t) || lexiconName(t.lower) || /^\s*(?:[,.!?;:)]|$)/.test(text.slice(t.rawEnd, t.rawEnd + 3)));
        // "call my brother deno, he's got the tickets": after a relative, a word no lexicon knows, closed by punctuation or a clause
        const unknownRelative = slot === 'relation' && EN_RELATIVE.test(tokens[i - 1]!.lower) && /^[a-z]+$/.test(t.lower) && lexicon[t.lower] === undefined && t.lower.length > 2 && !/(?:ly|ing|ed|s)$/.test(t.lower) && !RELATIONS.has(t.lower) &&
          /^\s*(?:[,.!?;:)]|$)|^\s+(?:who|and|is|was|has|had|came|said)(?![\p{L}])/u.test(text.slice(t.rawEnd, t.rawEnd + 8));
        // "mom named her maisie": after the naming words any word no lexicon knows
        const namedUnknown = slot === 'named' && lexicon[t.lower] === undefined && t.lower.length > 2 && !t.lower.endsWith('ly');
        if (slot === 'relation' ? !(relationName || unknownRelative) : slot === 'patient' ? !(known || marked) : !(known || titled || namedUnknown)) continue;
        // "ms faith", "mr will": after a courtesy title a given name that is also a word is the name
        const titledWordName = slot === 'title' && COURTESY.has(tokens[i - 1]!.lower) && WORD_NAMES.has(t.lower);
        if (slot === 'title' && commonWord(t.lower) && !titledWordName) continue;
        if (isWordName(t) && !titledWordName && slot !== 'relation' && !/^\s*[(,—–-]/.test(text.slice(t.rawEnd, t.rawEnd + 3))) continue;
      } else if (NEVER_NAMES.has(t.lower) || (slot !== 'named' && !(slot === 'patient' && t.cap && !t.possessive && /^\s*(?:[,(]|who\s|(?:y|et|and)\s\p{Lu}|qui\s|que\s)/u.test(text.slice(t.rawEnd, t.rawEnd + 6)) && !PATIENT_SERVICE_WORD.test(t.lower)) && !(slot === 'relation' && /^\p{Lu}\p{Ll}/u.test(text.slice(t.start, t.start + 2)) && t.start > 0 && !/[.!?]\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start))) && commonWord(t.lower) && !GIVEN_NAMES.has(t.lower) && !SURNAMES.has(t.lower) && !(slot === 'title' && (properOnly(t.lower) || surnameWord(text, tokens, i))) && !followedBySurname(text, tokens, i))) {
        continue;
      }
      // "Mrs Bell" is a person; "Bell's palsy" is not
      if (EPONYMS.has(t.lower) && !titledEponym(tokens, i, slot, diseases)) continue;
      // "Patient Spotlight", "Patient Portal": a feature or a service for patients, not one patient's name
      if (slot === 'patient' && PATIENT_SERVICE_WORD.test(t.lower)) continue;
      // "Bill the insurance", "Chase the lab": a word-name before a determiner is a verb.
      if (slot === 'none' && isWordName(t) && /^\s+(?:the|a|an|his|her|their|my|your|our|it|them|this|that)(?![\p{L}])/iu.test(text.slice(t.rawEnd, t.rawEnd + 8))) continue;
      if (slot === 'none' && NICKNAME_BEFORE.test(before)) continue;
      // "Registered Charity No. 20012457": a word-name that labels a number
      if (slot === 'none' && isWordName(t) && /^\s+(?:No\.?|Number|N[º°]|#)\s*\d/u.test(text.slice(t.rawEnd, t.rawEnd + 12))) continue;
      // 'the word "Hope"': a word quoted or named as a word is not a person
      if (slot === 'none' && (/["“'‘]$/.test(before) && /^["”'’]/.test(text.slice(t.rawEnd, t.rawEnd + 1)) || /(?:^|[^\p{L}])(?:the\s+)?(?:word|term|name)\s+["“'‘]?$/iu.test(before)) && isWordName(t)) continue;
      // "the pt's Mercedes", "mom's Harley": a thing someone owns
      if (slot === 'none' && prev?.possessive && /^\s$/.test(gap(text, prev, t)) && isWordName(t)) continue;
      const j = lowerFull ? i + 1 : pattern === 'unknown-name-with-cue' ? (!t.possessive && (DOCUMENT_BEFORE.test(before) || NAMED_BEFORE.test(before)) ? extend(text, tokens, i) : tokens[i + 1]?.lower === 'devi' ? i + 1 : i) : t.cap || (slot === 'title' && isParticle(text, t)) ? extend(text, tokens, i, slot !== 'none') : i;
      const last = tokens[j]!;
      const start = t.start;
      const end = last.end;
      const after = text.slice(last.rawEnd, last.rawEnd + 60);
      const words = tokens.slice(i, j + 1).map((w) => w.lower);
      i = j;

      // "the King's speech", "Valentine's baby girl": a title or a holiday, not a person
      // "the Tim's on Dundas", "the Wendy's near the ER": a business named after someone
      if (slot === 'none' && last.possessive && /(?:^|[^\p{L}])the\s+$/iu.test(before) && /^['’]s\s+(?:on|in|at|near|by|across|off|down)(?![\p{L}])/iu.test(text.slice(last.end, last.end + 10))) continue;
      // ... but "Keisha's baby girl" is Keisha's: a given name that is no word keeps its baby
      const holidayThing = (isGiven(t) && !isWordName(t) && !/^(?:valentine|patrick|paddy|noel|noël|christmas|easter)$/.test(t.lower) ? /^['’]s\s+(?:day|dinner|weekend|card|gift|date|night)(?![\p{L}])/iu : /^['’]s\s+(?:day|baby|babies|dinner|weekend|card|gift|date|night)(?![\p{L}])/iu).test(text.slice(last.end, last.end + 12));
      if (slot === 'none' && last.possessive && (/(?:^|[^\p{L}])the\s+$/iu.test(before) && commonWord(t.lower) || holidayThing)) continue;
      // "A Carmencita le dimos el alta": a sentence opening on Spanish's personal "a"
      const personA = PERSON_A_BEFORE.test(before) || (/(?:^|[.!?¡¿\n]\s*)A\s+$/u.test(before) && /^\s+(?:le|lo|la|les|los|las|se)\s/u.test(after));
      // "Eastside Campus", "Riverside Building": the name ends in a word for a place or an organisation
      if (words.length > 1 && /^(?:campus|building|sciences|center|centre|centers|centres|hospitals?|clinics?|institute|university|college|school|foundation|society|department|program|programme|unit|wing|tower|pharmacy|pharmacies|associates|pavilion|stores?|shop|eldercare|homecare|healthcare|care|staffing|bitters|tea|capsules|syrup|group|trust|ltd|limited|inc|llc|plc)$/.test(words.at(-1)!)) continue;
      // "Farmacias Ñandeyara S.A.", "Harcourt Ltd.": a company, not a person
      if (/^\.?\s?(?:S\.\s?A\.|S\.A\.S|S\.R\.L|S\.L\.|SARL|SAS|Ltd|Inc|LLC|PLC|GmbH|Pvt)(?![\p{L}])/u.test(text.slice(last.end, last.end + 8))) continue;
      // "12 Herbert Macaulay Way", "4 Nelson Mandela Drive": a street named after someone, at a house number
      if (slot === 'none' && /\d[\p{L}]?,?\s+(?:[NSEW]\.?\s+)?$/u.test(before) && /^\s+(?:jr\.?\s+|sr\.?\s+)?(?:way|street|st|road|rd|avenue|ave|drive|dr|close|crescent|lane|ln|boulevard|blvd|place|court|terrace)(?![\p{L}])/iu.test(after)) continue;
      // "Harlow Valley", "45 Church Street", "Magnolia Avenue": without a title, a place (after "Mrs." Hill and Park stay surnames)
      if (slot === 'none' && words.length > 1 && PLACE_END.test(words.at(-1)!)) continue;
      // "Parkinson's disease", "Memorial Hospital" ... but after "pt" or "Mrs." a surname that is also a word stays a name ("pt Maria Hall")
      const notPersonAfter = NOT_PERSON_AFTER.test(text.slice(last.end, last.end + 40)) &&
        (slot === 'none' || INSTITUTION_AFTER.test(text.slice(last.end, last.end + 40)));
      if (notPersonAfter || ((NOT_PERSON_BEFORE.test(before) && !personA) || PLACE_BEFORE.test(before)) && slot === 'none' && !last.possessive) continue;
      if (slot === 'none' && SAINT_BEFORE.test(before)) continue;
      // "Clínica Dental Sant Gervasi", "Hospital Provincial Manuel Ascunce Domenech": the rest of an institution's name
      if (slot === 'none' && INSTITUTION_RUN_BEFORE.test(before)) continue;
      if (words.some((w) => EPONYMS.has(w)) && !(words.length === 1 && titledEponym(tokens, j, slot, diseases))) continue;
      // "brady at 42", "tachy to the 150s": bradycardia and tachycardia, not Mr. Brady
      if (words.length === 1 && /^(?:brady|tachy)$/.test(words[0]!) && /^\s*(?:at|to|into|in|down\s+to|of|with|,)?\s*(?:the\s+)?\d/iu.test(after)) continue;
      // "Seat León matrícula ...", "a white Toyota Camry": a car model after its make
      if (i - words.length >= 0 && CAR_MAKE_WORDS.has(tokens[i - words.length]!.lower)) continue;
      // "el señor del Seat León gris": a car, not a surname after a particle
      if (isParticle(text, t) && words.length > 1 && CAR_MAKE_WORDS.has(words.find((w) => !PARTICLES.has(w)) ?? '')) continue;
      if (/^,?\s*et\s+al/i.test(after) || words.at(-1) === 'doe') continue;
      // study authors: "Nguyen, Park & O'Brien (NEJM 2024)", "Okafor and Lee (2023)"
      if (/^(?:,?\s*(?:&|and|y|et)?\s*\p{Lu}[\p{L}'’-]+){0,4},?\s*\((?:[\p{L}. ]{0,30}\s)?(?:19|20)\d{2}\)/u.test(after)) continue;
      // "... completely GONE!" — Charmaine Whitlock: a quoted testimonial's author is a patient, not the clinician signing off
      const testimonial = /["”»]\s*[—–-]{1,2}\s*$/u.test(before);
      // "Our Chief Nursing Officer, Mrs. Funmilayo Adeyemi": a role, then a courtesy title and the name
      const titleToken = slot === 'title' ? tokens[j - words.length] : undefined;
      const roleBeforeTitle = !!titleToken && STAFF_BEFORE.test(text.slice(Math.max(0, titleToken.start - 40), titleToken.start).replace(/,\s*$/, ''));
      const isStaff = STAFF_BEFORE.test(before) || roleBeforeTitle || (slot === 'none' && !last.possessive && SELF_BEFORE.test(before)) || STAFF_AFTER.test(after) || STAFF_IN_IT.test(after) || (!last.possessive && CREDENTIALS_AFTER.test(text.slice(last.rawEnd, last.rawEnd + 12))) ||
        (SIGN_OFF_BEFORE.test(before) && slot === 'none' && !testimonial && !ADDRESSED_AFTER.test(after)) ||
        (slot === 'none' && TEAM_THANKS_BEFORE.test(text.slice(Math.max(0, start - 90), start)));
      // "our nurses Jessica, Amanda and Brian": a list that starts with staff is staff.
      const prior = listNeighbour(text, tokens, j - words.length + 1, -1);
      const following = listNeighbour(text, tokens, j, 1);
      // "Kris, Tanya, Dr. Lindqvist", "Sr. Akinyi and Dr. Otieno": a list that holds a clinician is a list of staff
      // ... but not a name glossed by an age: "with Dr. Amir Haddad, Loretta Combs, 91, of Prestonsburg"
      const listedAfterStaff = !ageApposed(after) && !words.every((w) => slottedWords.has(w)) && ((prior >= 0 && staff.has(tokens[prior]!.lower)) || (following >= 0 && STAFF_TITLES.has(tokens[following]!.lower) && /^\.?\s/.test(gap(text, tokens[following]!, tokens[following + 1] ?? tokens[following]!))));
      const glossedAsPatient = PATIENT_APPOSITION.test(after);
      // "Merci à Léa (@lea.smile) pour son avis": a handle in brackets between the name and the review
      const sharedStory = SHARED_STORY_AFTER.test(after.replace(/^\s*\([^()\n]{1,40}\)/, ''));
      // "Bienvenue à la petite Inès, née le ...", "Meet Tomasz, 58, ... after his stroke": a welcome or a
      // celebration of a patient, not of a colleague
      const patientStory = slot === 'none' && !isStaff && !listedAfterStaff && (storySentence(start) || ageApposed(after)) && !plainStaffSentence(start);
      // "a colleague left a prescription for Kagiso Molefe": whoever a document names is not the staff member the sentence mentions
      // ... also after a courtesy title: "le dossier de M. Lucien Marchand"
      const documentOwner = DOCUMENT_BEFORE.test(before.replace(/(?<![\p{L}])(?:M|Mme|Mlle|Mr|Mrs|Ms|Sr|Sra)\.?\s+$/u, '')) || ID_FOR_BEFORE.test(before);
      // "Félicitations à Fatou Diop et Mamadou Ndiaye" under a birth announcement: the new parents, not colleagues
      const newParent = slot === 'none' && !isStaff && birthInPost && (CONGRATS_BEFORE.test(before) || (prior >= 0 && newParents.has(prior)));
      if (newParent) newParents.add(j);
      if (!glossedAsPatient && !patientStory && !newParent && (isStaff || listedAfterStaff || (slot === 'none' && staffSentence(start) && !documentOwner))) {
        words.forEach((w) => staff.add(w));
        continue;
      }

      // "My husband Ray noticed before I did", "Gracias a mi esposo Juan Carlos, a mis hijas Dulce y Fernanda": the writer's own
      // spouse and children, outside a quote and a sentence about someone's care, are no patient's relatives
      if (slot === 'relation' && WRITER_FAMILY_BEFORE.test(before) && !insideQuote(text, start) && !patientSentence(start) && !CARE_IN_SENTENCE.test(doc.sentenceAt(start)?.text ?? '')) {
        words.forEach((w) => staff.add(w));
        continue;
      }
      let score: number;
      if (slot !== 'none') score = SLOT_SCORE[slot];
      // "¡Gracias por tu reseña, Valentina Restrepo!", "Thanks for the 5-star review, Dolores": a practice answering a patient's review
      else if (REVIEW_THANKS_BEFORE.test(before)) score = 0.7;
      // "shoutout to Shazza's cochlear implant", "thanks to Marisol's husband": what is thanked is the patient's
      else if (THANKS_BEFORE.test(before) && !glossedAsPatient && !sharedStory && !ROOM_AFTER.test(after) && !storySentence(start) &&
        !(last.possessive && (CARE_AFTER_POSSESSIVE.test(after) || CLOSE_RELATION_AFTER.test(after)))) score = 0.2; // a patient only if named so elsewhere
      else {
        score = pattern === 'word-name' && words.length === 1 ? 0.2 : 0.35;
        if (RELATION_AFTER.test(text.slice(last.rawEnd, last.rawEnd + 30)) && !last.possessive) score += 0.3;
        if (last.possessive) score += RELATION_AFTER.test(text.slice(last.rawEnd, last.rawEnd + 20)) ? 0.3 : words.length > 1 ? 0.1 : 0.2;
        if (AFFECTION_BEFORE.test(before)) score += 0.25;
        if (GREETING_BEFORE.test(before)) score += 0.15;
        if (MEMORIAL_BEFORE.test(before) || DEATH_AFTER.test(after)) score += 0.3;
        if (BROUGHT_BEFORE.test(before) && /^\s+in(?![\p{L}])/iu.test(after)) score += 0.3;
        if (glossedAsPatient || sharedStory) score += 0.45;
        // "Toño, operado el viernes", "Mme Roy, hospitalisée depuis": a person glossed by their care
        if (!last.possessive && CARE_APPOSITION.test(after)) score += 0.3;
        if (inNameList(text, tokens, i, j)) score += 0.15;
        // "his great-grandbabies Tavion and Kiara", "pts Ruiz and Okafor": the next name in a list after a slotted one shares its slot
        if (prior >= 0 && slottedEnds.has(prior)) score = Math.max(score, 0.7);
        if (ageApposed(text.slice(last.rawEnd, last.rawEnd + 60))) score += 0.3;
        if (!last.possessive && PERSON_GLOSS.test(after)) score += 0.3;
        // "a guy, Lonnie, screamed": a person, then their name set off by commas
        if (!last.possessive && PERSON_THEN_NAME_BEFORE.test(before) && /^\s*[,(—–]/.test(after)) score += 0.3;
        // "Dolores Reyes, MBI 3KQ7-...", "Jane Roe (DOB 4/11/57)": a record's identifier follows the name.
        if (ID_AFTER.test(text.slice(last.rawEnd, last.rawEnd + 16))) score += 0.45;
        // "keep Earl Whitaker in your prayers"
        if (PRAYERS_AFTER.test(text.slice(last.rawEnd, last.rawEnd + 30))) score += 0.3;
        // "Sat with Walter this afternoon", "prayed with Rosa": time at someone's bedside
        if (BEDSIDE_BEFORE.test(before)) score += 0.25;
        // "real name Sung-min", "a man named Xavier", "se llama Lucía"
        if (NAMED_BEFORE.test(before)) score += 0.3;
        // "¡Antes y después de Lupita!", "Smile makeover for the gorgeous Jess": a patient's results shown off
        if (RESULTS_OF_BEFORE.test(before)) score += 0.3;
        // "bed 6 gary", "Rm 4 Mr ..." : someone in a bed
        if (ROOM_BEFORE.test(before)) score += 0.4;
        // "Dorothy was 97 and", "Léo, 6,": a person with an age
        if (!last.possessive && AGE_AFTER.test(after)) score += 0.3;
        // "Venkatesh sir", "Lakshmi amma", "Ramesh ji": a respectful word after the name of an older patient
        if (!last.possessive && RESPECT_AFTER.test(after)) score += 0.3;
        if (!last.possessive && (ONE_IN_BED_AFTER.test(after) || RELATION_BRACKET_AFTER.test(after))) score += 0.35;
        // "la Fernanda llegó con hernia", "el Pato me preparó once": Chilean and Argentine speech puts an article before a first name
        // (a capital "La" or "El" mid-sentence starts a place's name: "La Rochelle", "El Paso"; so does a capitalised word before: "Santa Cruz de la Sierra")
        if (words.length === 1 && pattern === 'given-name' && /(?:(?:^|[^\p{L}])(?:la|el)|(?:^|[.!?¡¿\n\p{Extended_Pictographic}]\s*)(?:La|El))\s$/u.test(before) && !ARTICLE_PLACE_NAMES.has(t.lower) && !/\p{Lu}[\p{L}'’-]*\s+(?:de\s+|del\s+)?(?:la|el)\s$/u.test(before)) score += 0.3;
        // "A Matías lo operamos": Spanish's personal "a" opening the sentence marks a person
        if (personA && /(?:^|[.!?¡¿\n]\s*)A\s+$/u.test(before)) score += 0.15;
        // "la historia de Lupita Ibarra", "a card from Maria Lopez": a listed given name and surname after a preposition
        // (the place recognizer leaves such a pair to this one)
        if (words.length === 2 && isGiven(t) && !isWordName(t) && SURNAMES.has(words[1]!) && !commonWord(words[1]!) &&
          /(?:^|[^\p{L}])(?:de|from|of|à|a|para|for|con|with|avec|pour)\s+$/iu.test(before)) score += 0.2;
        // "trasladó a Derlis Benítez", "atendimos a Yamila Ruiz": a full name that a verb acts on through Spanish's personal "a"
        else if (personA && words.length > 1 && PERSON_A_BEFORE.test(before)) score += 0.25;
        // "a Yunior lo trajeron", "a Carmen la operamos ayer": the personal "a" and a pronoun doubling it, then the verb
        else if (/(?:^|[^\p{L}])a\s+$/iu.test(before) && /^\s+(?:le|lo|la|les|los|las)\s+\p{Ll}+(?:aron|eron|amos|imos|ó|é|aba|ían)(?![\p{L}])/u.test(after)) score += 0.3;
        // "Rhonda from Tyler", "Jean-Guy de Trois-Rivières": someone and their town
        if (!last.possessive && FROM_PLACE_AFTER.test(after)) score += 0.25;
        // "Brandon Lacroix, 5584-209-117-KT", "Walter Pruitt, 301448762": an identifier follows
        if (!last.possessive && NUMBER_AFTER.test(after)) score += 0.3;
        // "a driver licence for Kirra Dawson", "the wallet of ..."
        if (DOCUMENT_BEFORE.test(before) || LABEL_BEFORE.test(before) || ID_FOR_BEFORE.test(before)) score += 0.45;
        // "on ramasse des sous pour Théo Guidry", "raising money for Kayden": the one a collection is for
        if (FUNDRAISER_BEFORE.test(before) || newParent) score += 0.3;
        // "Does anyone know a Terrence Whitfield?", "trying to reach the family of ..."
        if (SEEKING_BEFORE.test(before)) score += 0.3;
        if (last.possessive && CARE_AFTER_POSSESSIVE.test(text.slice(last.rawEnd, last.rawEnd + 30))) score += 0.25;
        if (!last.possessive && (VOCATIVE_AFTER.test(after) || REPLY_THANKS_AFTER.test(after))) score += 0.3;
        // "— Beatrix, you made the whole department smile", "Kirra, it's there waiting for you": a patient addressed by name
        else if (!last.possessive && postHasPatient && ADDRESSED_AFTER.test(after) && CLAUSE_OPEN_BEFORE.test(before) && !staffPraiseSentence(start)) score += 0.15;
        if (!last.possessive && (ROOM_AFTER.test(after) || IN_BED_AFTER.test(after))) score += 0.4;
        if (RELATIVE_BRACKET_BEFORE.test(before)) score += 0.3;
        // "Brenda Takahashi, we're sorry you feel that way, but our records show you arrived ...", "Yuliana, ya revisé: tu número
        // de afiliación ...", "Gordie Van Loon your mum's blister packs are ready": a reply that opens by calling someone about their care
        if (!last.possessive && start < 60 && VOCATIVE_OPENING.test(text.slice(0, start)) && !ADDRESS_WORD.test(text.slice(t.start, t.rawEnd)) && /^\s*(?:[,:!]|\s(?:your|tu|votre|vos)\s)/iu.test(after)) {
          const rest = text.slice(last.rawEnd, last.rawEnd + 200);
          if (ADDRESSED.test(rest) && CARE_EVENT.test(rest)) score += 0.3;
        }
        // "Bert at 27 Fitzmaurice St needs his dressing done": a person at a home address
        if (ADDRESS_AFTER.test(text.slice(last.rawEnd, last.rawEnd + 20))) score += 0.3;
        // "Hope is a powerful thing", "Will you join us?": the word, not the name
        const abstractUse = pattern === 'word-name' && words.length === 1 && WORD_USE_AFTER.test(text.slice(last.rawEnd, last.rawEnd + 24));
        if (pattern === 'word-name' && !abstractUse && VERB_AFTER.test(text.slice(last.rawEnd, last.rawEnd + 14))) score += 0.25;
        // "Walter kept asking for Edna all night": a name opening its clause as the subject of a care story
        if (!last.possessive && !abstractUse && carePost && subjectOpen(before) && SUBJECT_VERB_AFTER.test(after) && !staffPraiseSentence(start)) score += postHasPatient ? 0.2 : 0.3;
        if (patientSentence(start) || storySentence(start) || testimonial) score += abstractUse ? 0.1 : 0.3;
        else if (postHasPatient) score += 0.1;
      }
      const cue = slot !== 'none' ? tokens[j - words.length]?.lower : undefined;
      drafts.push({ first: j - words.length + 1, last: j, start, end, score: Math.min(1, score), pattern, strong: slot !== 'none', words, ...(cue ? { cue } : {}) });
      if (slot !== 'none') {
        slottedEnds.add(j);
        words.forEach((w) => slottedWords.add(w));
      }
    }

    // "Ashley, Brittany and Kayla on the night crew": staff spreads along a list of names,
    // but not to someone the post has already named as a patient or relative ("Grandpa Gus ... Sione and Gus sang")
    for (let changed = true; changed;) {
      changed = false;
      for (const d of drafts) {
        if (d.strong || d.words.every((w) => staff.has(w) || slottedWords.has(w)) || ageApposed(text.slice(tokens[d.last]!.rawEnd, tokens[d.last]!.rawEnd + 60))) continue;
        const before = listNeighbour(text, tokens, d.first, -1);
        const after = listNeighbour(text, tokens, d.last, 1);
        if ((before >= 0 && staff.has(tokens[before]!.lower)) || (after >= 0 && staff.has(tokens[after]!.lower))) {
          d.words.forEach((w) => staff.add(w));
          changed = true;
        }
      }
    }
    // "Arnie and Ingrid Halvorson from Hibbing": a given name joined to a full name found with good evidence is the couple's other half
    const fullNameAt = new Map(drafts.filter((e) => e.words.length > 1 && e.score >= 0.5).map((e) => [e.first, e]));
    for (const d of drafts) {
      if (d.words.length !== 1 || d.score >= 0.5 || staff.has(d.words[0]!)) continue;
      const next = listNeighbour(text, tokens, d.last, 1);
      if (next >= 0 && fullNameAt.has(next) && /^\s*(?:and|&|et|y)\s*$/iu.test(text.slice(tokens[d.last]!.rawEnd, tokens[next]!.start))) d.score = Math.max(d.score, 0.6);
    }
    // A name found with good evidence makes its other mentions names too ("Thank you Mark").
    const known = new Set(drafts.filter((d) => d.score >= 0.5).flatMap((d) => d.words));
    const out: Candidate[] = [];
    for (const d of drafts) {
      if (!d.strong && d.words.some((w) => staff.has(w))) continue;
      if (!d.strong && d.words.length === 1 && SPANISH_CALL.has(d.words[0]!) && SPANISH_CALL_AFTER.test(text.slice(d.end, d.end + 12))) continue;
      // "Eid Mubarak", "no dan Óscar a la mejor actriz": a greeting or an award, not a person
      if (!d.strong && (NOT_A_PERSON_PHRASE.test(text.slice(d.start, d.end)) || (AWARDS.has(d.words[0]!) && AWARD_AFTER.test(text.slice(d.end, d.end + 24))))) continue;
      const score = !d.strong && d.words.some((w) => known.has(w)) ? Math.max(d.score, 0.6) : d.score;
      out.push({ start: d.start, end: d.end, category: 'NAME', score, recognizer: 'name', pattern: d.pattern, ...(d.cue ? { context: d.cue } : {}) });
    }

    // Every other mention of a lower-case name found with good evidence: "bed 6 gary ... gary. buddy."
    const lowerKnown = new Set(drafts.filter((d) => d.score >= 0.5 && (d.pattern === 'lowercase-given-name' || (d.pattern === 'title' && !/\p{Lu}/u.test(text.slice(d.start, d.end))))).flatMap((d) => d.words));
    if (lowerKnown.size) {
      for (const t of tokens) {
        if (t.cap || !lowerKnown.has(t.lower) || out.some((c) => c.start <= t.start && t.start < c.end)) continue;
        out.push({ start: t.start, end: t.end, category: 'NAME', score: 0.6, recognizer: 'name', pattern: 'lowercase-given-name' });
      }
    }
    // A name the lexicon lacks, found in a slot ("la abuela Chola"), is that person's name wherever else it stands ("¡Te queremos, Chola!").
    const slottedKnown = new Set(drafts.filter((d) => d.strong && d.score >= 0.5).flatMap((d) => d.words).filter((w) => w.length > 2 && !TITLES.has(w) && !RELATIONS.has(w) && !STAFF_TITLES.has(w)));
    if (slottedKnown.size) {
      for (const t of tokens) {
        if (!t.cap || !slottedKnown.has(t.lower) || staff.has(t.lower) || out.some((c) => c.start <= t.start && t.start < c.end)) continue;
        out.push({ start: t.start, end: t.end, category: 'NAME', score: 0.6, recognizer: 'name', pattern: 'repeated-name' });
      }
    }
    // Initials after a patient word or title: "pt J.R.", "Mr. J."
    for (const m of text.matchAll(INITIALS)) {
      const start = m.index + m[0].length - m[1]!.length;
      out.push({ start, end: start + m[1]!.length, category: 'NAME', score: 0.8, recognizer: 'name', pattern: 'initials' });
    }
    // Japanese honorifics: "Haruki-san", "Tanaka-sama", "Yuki-chan"
    for (const m of text.matchAll(HONORIFIC_SUFFIX)) {
      if (out.some((c) => c.start <= m.index && m.index < c.end) || staff.has(m[1]!.toLowerCase())) continue;
      out.push({ start: m.index, end: m.index + m[1]!.length, category: 'NAME', score: 0.7, recognizer: 'name', pattern: 'honorific-suffix' });
    }
    // Initials named as such: "the patient's initials (JMC)", "las iniciales del paciente (JMC)"
    for (const m of text.matchAll(LABELLED_INITIALS)) {
      const start = m.index + m[0].length - m[1]!.length - (m[0].endsWith(')') ? 1 : 0);
      if (out.some((c) => c.start <= start && start < c.end)) continue;
      out.push({ start, end: start + m[1]!.length, category: 'NAME', score: 0.8, recognizer: 'name', pattern: 'initials' });
    }
    // Initials in a case report: "J.R., a 45-year-old roofer", "T.M. admitted 2025-11-03"
    for (const m of text.matchAll(CASE_INITIALS)) {
      if (out.some((c) => c.start <= m.index && m.index < c.end)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, category: 'NAME', score: 0.7, recognizer: 'name', pattern: 'initials' });
    }
    // Initials on a record: "J.R., DOB 04-11-1957", "A.B. (MRN ...)"
    for (const m of text.matchAll(RECORD_INITIALS)) {
      if (out.some((c) => c.start <= m.index && m.index < c.end)) continue;
      if (!ID_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
      out.push({ start: m.index, end: m.index + m[0].length, category: 'NAME', score: 0.8, recognizer: 'name', pattern: 'initials' });
    }
    // "a fella everybody does call Tallboy", "un paisanu que toos llamen el Roxu", "le gars que tout le monde appelle Ti-Jean":
    // the name everyone knows someone by identifies them as well as their own
    for (const m of text.matchAll(CALLED_BY_EVERYONE)) {
      const start = m.index + m[0].length - m[1]!.length;
      if (NEVER_NAMES.has(m[1]!.toLowerCase()) || staffSentence(m.index)) continue;
      out.push({ start, end: start + m[1]!.length, category: 'NAME', score: 0.7, recognizer: 'name', pattern: 'known-as' });
    }
    // 'Paddy "the Bull" Cronin', 'José "Pepe" Ruiz': a given name, a quoted nickname, a surname
    for (const m of text.matchAll(QUOTED_NICKNAME)) {
      const [first, last] = [m[1]!.toLowerCase(), m[3]!.toLowerCase()];
      // the first word may be a noun too ("Paddy"); the surname must not be an everyday word ('Operation "X" Begins')
      if (FUNCTION_WORD.test(first) || (commonWord(last) && !SURNAMES.has(last)) || staff.has(last) || staffSentence(m.index)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, category: 'NAME', score: 0.75, recognizer: 'name', pattern: 'quoted-nickname' });
    }
    // "the Nguyen family", "la familia Pérez"
    for (const m of text.matchAll(FAMILY)) {
      const surname = (m[1] ?? m[3] ?? m[4] ?? m[5])!;
      const lower = surname.toLowerCase();
      if (commonWord(lower) && !SURNAMES.has(lower)) continue;
      const start = m.index + m[0].indexOf(surname);
      if (staff.has(lower) || EPONYMS.has(lower) || NEVER_NAMES.has(lower) || (staffSentence(start) && !birthInPost) || DONOR_NEAR.test(text.slice(start, start + 80))) continue;
      // Twins and triplets are born to a family; "the Jonas kids" is still only a family name.
      // ... and a family named under a birth, or its home ("the Kessler place"), is one household
      const births = /^(?:twins|triplets|quads|quadruplets|babies|place|farm|ranch|residence|homestead)$/.test(m[2] ?? '') || m[4] !== undefined || m[5] !== undefined || birthInPost;
      const score = (births ? 0.5 : 0.4) + (patientSentence(start) ? 0.3 : postHasPatient ? 0.1 : 0);
      out.push({ start, end: start + surname.length, category: 'NAME', score, recognizer: 'name', pattern: 'family-name' });
    }
    // A record's own format: "WHITCOMB, JANET", "HALVORSEN, ERIK J" on a wristband, label or fax header.
    for (const m of text.matchAll(RECORD_NAME)) {
      const surname = m[1]!.toLowerCase();
      const given = m[2]!.toLowerCase();
      if (!GIVEN_NAMES.has(given) || EPONYMS.has(surname) || NEVER_NAMES.has(surname) || (commonWord(surname) && !SURNAMES.has(surname))) continue;
      out.push({ start: m.index, end: m.index + m[0].length, category: 'NAME', score: 0.75, recognizer: 'name', pattern: 'record-name' });
    }
    // A list's entry: "Tucker, R. #284471", "Mbeki, T. 0045512": a surname, an initial, then the person's number
    for (const m of text.matchAll(LIST_ENTRY_NAME)) {
      const surname = m[1]!.toLowerCase();
      if (EPONYMS.has(surname) || NEVER_NAMES.has(surname) || (commonWord(surname) && !SURNAMES.has(surname)) || staff.has(surname)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, category: 'NAME', score: 0.6, recognizer: 'name', pattern: 'list-entry' });
    }
    // An initial and a surname: "M. Okafor"
    for (const m of text.matchAll(INITIAL_SURNAME)) {
      const surname = m[2]!.toLowerCase();
      if (commonWord(surname) || EPONYMS.has(surname) || staff.has(surname)) continue;
      if (/^,?\s*(?:et\s+al|\(\d{4}\))/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10))) continue;
      if (/(?:dr|dra|prof)\.?\s*$/i.test(text.slice(Math.max(0, m.index - 5), m.index))) continue;
      if (/[°\d]$/u.test(text.slice(Math.max(0, m.index - 1), m.index))) continue; // "107°F. Sin teléfono": a unit, then a new sentence
      // "Building C. Walk-ins welcome", "Vitamin D. Take": a letter that names a thing, then a new sentence
      if (/(?:building|room|suite|wing|level|floor|unit|bay|pod|area|zone|gate|door|block|plan|vitamin|hep|hepatitis|type|grade|stage|class|option|section|part|lot|tower)\s$/i.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
      // "1412 W. Lake St.": a compass point and a street, not an initial and a surname
      if (/^\s+(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Dr|Drive|Ln|Lane|Way|Pkwy|Ct)\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 9))) continue;
      // "Michael J. Fox": a middle initial belongs to the given name before it, judged there.
      const given = /(\p{Lu}\p{Ll}+)\s$/u.exec(text.slice(Math.max(0, m.index - 20), m.index))?.[1];
      if (given && GIVEN_NAMES.has(given.toLowerCase())) continue;
      // French "M. Diallo" is Monsieur Diallo; still a public figure ("M. Macron a annoncé") without patient wording.
      const monsieur = m[1] === 'M' && !/\p{Lu}\.\s?$/u.test(text.slice(Math.max(0, m.index - 3), m.index));
      const relative = /(?:^|[^\p{L}])(\p{L}+)\s+(?:de|of)\s+$/u.exec(text.slice(Math.max(0, m.index - 20), m.index));
      // "chez M. Le Goff", "chez Mme Roux": at someone's home
      const home = monsieur && /(?:^|[^\p{L}])chez\s+$/iu.test(text.slice(Math.max(0, m.index - 6), m.index));
      // "le dossier de M. Marchand", "the chart of M. Okafor": whoever a record belongs to
      const owner = DOCUMENT_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index));
      const score = 0.45 + (patientSentence(m.index) || home || owner ? 0.3 : postHasPatient ? 0.1 : 0) + (relative && RELATIVE_OF.has(relative[1]!.toLowerCase()) ? 0.3 : 0);
      // "M. Julien Darrigade": after Monsieur a given name is followed by the surname, which belongs to the span
      const fullName = monsieur && GIVEN_NAMES.has(surname) ? /^\s(\p{Lu}[\p{Ll}][\p{L}'’-]*)(?![\p{L}])/u.exec(text.slice(m.index + m[0].length)) : null;
      const end = m.index + m[0].length + (fullName && !commonWord(fullName[1]!.toLowerCase()) ? fullName[0].length : 0);
      out.push({ start: m.index, end, category: 'NAME', score, recognizer: 'name', pattern: monsieur ? 'monsieur-surname' : 'initial-surname' });
    }
    // "Réjeanne, ton mal de tête ...", "Pepa, a tu marido ...", "Xuan, lo que tienes ...": a post that opens by calling
    // someone and goes on about their own body or family is about that person
    // "Donna, I'm so sorry you're going through this", "Maite, bonita, te contesto por aquí", "Respondiendo a Encarni, que ...":
    // a public reply to one person about their own situation
    const readers = [...text.matchAll(READING_THIS)];
    for (const m of [REPLY_OPENING.exec(text), ...text.matchAll(REPLYING_TO), ...readers]) {
      if (!m) continue;
      const reader = readers.includes(m);
      // a colleague thanked the same way ("Karen, if you're reading this, thank you!") is not a patient: it needs a post about care
      if (reader && (!(postHasPatient || familyInPost) || staffPraiseSentence(m.index + m[0].indexOf(m[1]!)))) continue;
      const who = m[1]!;
      const words = who.toLowerCase().split(/\s/);
      const start = m.index + m[0].indexOf(who);
      // "Dusty, if you're reading this": only a person reads, so there a name that is also a describing word counts too
      const readerWord = reader && words.length === 1 && /^(?:Adjective|Comparative)$/.test(String(lexicon[words[0]!])) && !READER_NOT_NAME.test(words[0]!);
      const nameLike = (w: string) => GIVEN_NAMES.has(w) || SURNAMES.has(w) || readerWord || (lexicon[w] === undefined && !/(?:ly|mente|ment)$/.test(w));
      if (!nameLike(words[0]!) || words.some((w) => NEVER_NAMES.has(w) || TITLES.has(w) || STAFF_TITLES.has(w) || RELATIONS.has(w) || EPONYMS.has(w) || staff.has(w) || ADDRESS_WORD.test(w))) continue;
      if (/^['’]s/u.test(text.slice(start + who.length))) continue;
      addOrRaise(out, { start, end: start + who.length, category: 'NAME', score: 0.65, recognizer: 'name', pattern: 'public-reply', context: 'a reply to them' });
    }
    // "#MateoStrong", "#HappyBirthdayLupe", "#LupeGonzalez100", "#PeioForever": a name run into a hashtag
    for (const m of text.matchAll(HASHTAG)) {
      const found = hashtagName(m[1]!, postHasPatient || familyInPost);
      if (!found) continue;
      const start = m.index + 1 + found.offset;
      if (staff.has(camelWords(found.name)[0]!.toLowerCase())) continue;
      addOrRaise(out, { start, end: start + found.name.length, category: 'NAME', score: found.score, recognizer: 'name', pattern: 'hashtag-name', context: 'a name in a hashtag' });
    }
    const called = OPENS_ON_SOMEONE.exec(text);
    if (called) {
      const word = called[1]!.split(/\s/).at(-1)!.toLowerCase();
      const start = called.index + called[0].indexOf(called[1]!);
      // a given name, or a word no lexicon knows ("Honestly," and "Parents," are no one's name)
      const nameLike = GIVEN_NAMES.has(word) || (lexicon[word] === undefined && !/(?:ly|mente|ment|s)$/.test(word));
      if (nameLike && !NEVER_NAMES.has(word) && !TITLES.has(word) && !STAFF_TITLES.has(word) && !EPONYMS.has(word)) {
        addOrRaise(out, { start, end: start + called[1]!.length, category: 'NAME', score: 0.6, recognizer: 'name', pattern: 'called-about-their-health', context: 'called about their health' });
      }
    }
    return out;
  },
};

/**
 * A name found by how the post speaks to someone: a new finding, or a higher score (and its reason) for the same
 * name already found from its own cues.
 */
function addOrRaise(out: Candidate[], found: Candidate): void {
  const at = out.findIndex((c) => c.start === found.start);
  if (at < 0) out.push(found);
  else if (out[at]!.score < found.score) out[at] = { ...out[at]!, score: found.score, context: found.context };
}

/** A post opening on someone's name and a reply to their own trouble: "Donna, I'm so sorry", "Shernel I saw your post", "Maite, bonita, te contesto". */
const REPLY_OPENING = /^\s*@?(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+)?)(?:\s*,\s*(?:(?:bonita|guapa|hon|love|dear|querid[oa]|ma\s+belle|cari[ñn]o|mij[oa]|ch[èe]re?|oh\s+hon)\s*,\s*)?|\s+(?=I\s+saw\s+your|oh\s+hon))(?:te\s+(?:contesto|respondo|cuento|escribo)|je\s+(?:te|vous)\s+r[ée]ponds|I['’]m\s+(?:so\s+|really\s+|very\s+)?sorry|I\s+am\s+(?:so\s+)?sorry|I\s+saw\s+your|oh\s+hon|so\s+sorry|sorry\s+(?:for|about)\s+your|lo\s+siento|siento\s+mucho|je\s+suis\s+(?:vraiment\s+|tellement\s+)?d[ée]sol[ée]e?)(?![\p{L}])/u;
/** "Respondiendo a Encarni, que me preguntaba ...", "Replying to Marcus about his mum's inhaler". */
const REPLYING_TO = /(?<![\p{L}])(?:[Rr]espondiendo|[Cc]ontestando|[Rr]eplying|[Rr]esponding|[Ee]n\s+r[ée]ponse|[Jj]e\s+r[ée]ponds)\s+(?:a|to|à)\s+(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+)?)(?=\s*[,:(]|\s+(?:que|qui|who|about|sobre|sur|re)(?![\p{L}]))/gu;

const HASHTAG = /(?<![\p{L}\p{N}_&])#([\p{L}][\p{L}\p{N}_]{2,60})/gu;
/** Words a hashtag wraps around someone's name: "#PrayForX", "#XStrong", "#HappyBirthdayX", "#FuerzaX", "#XForever". */
const TAG_BEFORE = /^(?:PrayFor|PrayersFor|PrayingFor|JusticeFor|Team|HappyBirthday|HappyBday|FelizCumple(?:años)?|JoyeuxAnniversaire|BonAnniversaire|RIP|RestInPeace|DescansaEnPaz|GetWell(?:Soon)?|Fuerza|Ánimo|Animo|Courage|OracionesPor|TodosCon|TousAvec|TodosPor|WelcomeHome|Bienvenid[oa]|Bienvenue|InMemoryOf|EnMemoriaDe|LoveYou|Go)(?=\p{Lu})/u;
const TAG_AFTER = /(?<=\p{Ll})(?:Strong|Fuerte|Forever|Siempre|Toujours|Warrior|Guerrer[oa]|Guerri[eè]re?|Journey|Fight|Lucha|Story|Army|Tribe|Nation)(?:\d*)$/u;

/**
 * A given name inside a hashtag: after a wish or a call to pray ("#HappyBirthdayLupe", "#PrayForKayden"), before a
 * word of support ("#MateoStrong", "#PeioForever"), or a given name and a surname run together ("#LupeGonzalez100").
 */
function hashtagName(tag: string, aboutCare: boolean): { name: string; offset: number; score: number } | undefined {
  const parts = camelWords(tag);
  // "#BostonStrong", "#OrlandoStrong": a city's, not a person's
  const notName = (w: string) => RELATIONS.has(w) || NEVER_NAMES.has(w) || EPONYMS.has(w) || commonWord(w) || WORD_NAMES.has(w) ||
    [lexicon[w] ?? []].flat().some((t) => t === 'City' || t === 'Place' || t === 'Region' || t === 'Country');
  const given = (w: string | undefined) => !!w && /^\p{Lu}\p{Ll}+$/u.test(w) && GIVEN_NAMES.has(w.toLowerCase()) && !notName(w.toLowerCase());
  // "#PeioForever" in a post about someone's care: a name no lexicon knows, before a word of support
  const unknown = (w: string | undefined) => aboutCare && !!w && /^\p{Lu}\p{Ll}{2,}$/u.test(w) && !(w.toLowerCase() in lexicon) && !notName(w.toLowerCase());
  const wish = TAG_BEFORE.exec(tag);
  if (wish) {
    const rest = camelWords(tag.slice(wish[0].length));
    if (given(rest[0]) && rest.length <= 2) return { name: rest.join(''), offset: wish[0].length, score: 0.7 };
    return undefined;
  }
  const support = TAG_AFTER.exec(tag);
  if (support && parts.length <= 3 && (given(parts[0]) || (parts.length === 2 && /^(?:Forever|Siempre|Toujours)$/u.test(support[0]) && unknown(parts[0])))) return { name: tag.slice(0, support.index), offset: 0, score: 0.7 };
  if (parts.length === 2 && given(parts[0]) && SURNAMES.has(parts[1]!.toLowerCase()) && !commonWord(parts[1]!.toLowerCase())) return { name: parts.join(''), offset: 0, score: 0.6 };
  return undefined;
}

/** "Dusty, if you're reading this", "Marisol, si lees esto", "Gisèle, si tu lis ceci": someone called by name as a reader. */
const READING_THIS = /(?:^|[.!?\n]\s*|—\s*|\p{Extended_Pictographic}\uFE0F?\s*)(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+)?)\s*,?\s+(if\s+you['’]?re\s+(?:reading|seeing)\s+this|if\s+you\s+(?:are\s+reading|read|see)\s+this|si\s+(?:lees|ves)\s+esto|si\s+tu\s+(?:lis|vois)\s+(?:ceci|ça|ce\s+post|ce\s+message)|si\s+vous\s+lisez\s+(?:ceci|ce\s+post|ce\s+message))(?![\p{L}])/gu;
const READER_NOT_NAME = /^(?:sorry|okay|ok|well|yes|no|please|so|anyway|honest|real|seriously|sure|fine|true|right|last|next|first|final|also|again|now|ugh|hey|listen|look)$/;

/** Relatives named through the person: "la mamá de ...", "la famille de ...", "the family of ...". */
const RELATIVE_OF = new Set(['maman', 'mamá', 'mama', 'papá', 'papa', 'madre', 'padre', 'hijo', 'hija', 'hijos', 'esposa', 'esposo', 'hermana', 'hermano', 'familia', 'familiares', 'abuela', 'abuelo', 'mère', 'père', 'fille', 'fils', 'famille', 'femme', 'mari', 'sœur', 'frère', 'family', 'mother', 'father', 'wife', 'husband', 'daughter', 'son', 'parents', 'padres']);

/** Abbreviated titles always precede a surname, so any word after them is one ("mr pruitt"); "un señor llegó" is a noun. */
const COURTESY = new Set(['mr', 'mrs', 'ms', 'mx']);
/** "Mr Tan", "Mrs Long", "Ms Young": after Mr/Mrs/Ms an everyday noun or adjective is a surname, but not an idiom ("Mr Right"). */
const TITLE_IDIOMS = new Set(['right', 'nice', 'clean', 'fix', 'big', 'potato', 'universe', 'world', 'bean', 'president', 'speaker', 'chairman', 'chair', 'secretary', 'mom', 'dad', 'know', 'perfect', 'wonderful', 'grumpy', 'sunshine', 'hyde', 't']);
const WORD_SURNAME_TAGS = new Set(['Noun', 'Singular', 'Uncountable', 'Adjective', 'Comparative', 'Actor', 'Infinitive', 'Plural']);
/** "Mrs Bell", "Mr Graves": an eponym after Mr/Mrs/Ms is a person, unless the post names the disease too ("Parkinson's ... Mr Parkinson"). */
function titledEponym(tokens: Token[], i: number, slot: Slot, diseases: () => Set<string>): boolean {
  const t = tokens[i]!;
  return slot === 'title' && COURTESY.has(tokens[i - 1]!.lower) && !t.possessive && !diseases().has(t.lower);
}
/** The words a post names as diseases ("Parkinson's", "Graves disease"), found in one pass over the text. */
const DISEASE_NAMED = /(\p{L}+)(?:['’]s|\s+(?:disease|syndrome|palsy|sign))(?![\p{L}])/giu;
function diseasesNamed(text: string): Set<string> {
  return new Set(Array.from(text.matchAll(DISEASE_NAMED), (m) => m[1]!.toLowerCase()).filter((w) => EPONYMS.has(w)));
}
function surnameWord(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const tag = lexicon[t.lower];
  return (COURTESY.has(tokens[i - 1]!.lower) || tokens[i - 1]!.lower === 'mister') && t.lower.length > 2 && !TITLE_IDIOMS.has(t.lower) && /^\p{Lu}\p{Ll}+$/u.test(text.slice(t.start, t.end)) &&
    tag !== undefined && (Array.isArray(tag) ? tag : [tag]).every((x) => WORD_SURNAME_TAGS.has(x)) && !JOB_BEFORE_COURTESY.test(text.slice(Math.max(0, tokens[i - 1]!.start - 14), tokens[i - 1]!.start));
}
const JOB_BEFORE_COURTESY = /(?<![\p{L}])(?:OT|PT|SLT|SLP|RN|NP|PA|HCA|CNA|LPN|[Nn]urse|[Pp]hysio|[Tt]herapist|[Vv]olunteer|[Mm]idwife|[Pp]harmacist|[Cc]oordinator|[Mm]anager|[Ss]peechie|[Dd]ietitian|[Cc]ounsell?or|[Tt]eacher|[Pp]rincipal|[Dd]irector|[Mm]atron|[Cc]hair(?:person|woman|man)?)\s+$/u;
/** Spoken courtesy words before a lower-case surname ("miss boudreaux", "madame aurore leblanc", "la señora lópez"); "I miss grace" is the verb. */
const SPOKEN_COURTESY = new Set(['miss', 'missus', 'madame', 'mme', 'mlle', 'señora', 'sra', 'doña', 'monsieur']);
/** A greeting or a vocative before a word no lexicon knows: "hey Adwoa", "we love you Tomasz". */
const UNKNOWN_GREETING_BEFORE = /(?:^|[^\p{L}])(?:hey|hi|hello|dear|love\s+you|miss\s+you|(?:it['’]?s|it\s+is|it\s+was)\s+you|proud\s+of\s+you|hola|querid[oa]|bonjour|cher|chère|happy\s+birthday|feliz\s+cumpleaños|joyeux\s+anniversaire)[\s,!]*$/iu;
/** A capitalised word at the start of a line is a heading or a sentence word as often as a name. */
const isHeading = (text: string, t: Token) => t.start === 0 || text[t.start - 1] === '\n';

const RECORD_INITIALS = /(?<![\p{L}.])\p{Lu}\.\s?\p{Lu}\.(?:\s?\p{Lu}\.)?(?![\p{L}])/gu;
const INITIALS = /(?<![\p{L}])(?:[Pp]t|[Pp]atient|[Pp]aciente|[Pp]atiente|Mr|Mrs|Ms|Miss|Sr|Sra|Srta|[Dd]on|[Dd]oña|Mme|Mlle|M)\.?\s{1,2}(\p{Lu}\.(?:\s?\p{Lu}\.){0,2}|(?<=(?:Mr|Mrs|Ms|Miss)\.?\s{1,2})[A-HJ-Z](?=\s+\p{Ll}|[,!?]))(?![\p{L}])(?!\s\p{Lu}\p{Ll})/gu;
const FAMILY = /(?<![\p{L}])(?:[Tt]he\s(\p{Lu}[\p{Ll}'’-]{1,30}(?:-\p{Lu}[\p{Ll}'’]{1,30})?)\s(family|twins|triplets|quads|quadruplets|kids|babies|household|place|farm|ranch|residence|homestead)|(?:la\s)?famil(?:ia|le)\s(\p{Lu}[\p{Ll}'’-]{1,30})|(?:les\s)?jumeaux\s(\p{Lu}[\p{Ll}'’-]{1,30})|(?:los\s)?gemel[oa]s\s(\p{Lu}[\p{Ll}'’-]{1,30}))(?![\p{L}])/gu;
const FUNCTION_WORD = /^(?:the|a|an|our|my|his|her|their|your|this|that|these|those|and|or|but|so|if|when|we|i|you|he|she|they|it|el|la|los|las|le|les|un|una|une)$/;
const QUOTED_NICKNAME = /(?<![\p{L}])(\p{Lu}\p{Ll}+)\s+["“'‘]([^"”'’\n]{2,20})["”'’]\s+(\p{Lu}[\p{Ll}'’-]+)(?![\p{L}])/gu;
/** A list's entry: a surname, an initial, then the person's number ("Tucker, R. #284471"). */
const LIST_ENTRY_NAME = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?),\s\p{Lu}\.(?=\s{1,2}(?:#\s?\d{4,}|\d{5,}))/gu;
/** SURNAME, GIVEN in capitals (optionally a middle initial), as records print a patient's name. */
const RECORD_NAME = /(?<![\p{L}\p{N}])(\p{Lu}{2,}(?:[-'’]\p{Lu}{2,})?),\s?(\p{Lu}{2,})(?:\s\p{Lu}\.?)?(?![\p{L}\p{N}])/gu;
const HONORIFIC_SUFFIX = /(?<![\p{L}])(\p{Lu}\p{Ll}{1,20})-(?:san|sama|chan|kun)(?![\p{L}])/gu;
const LABELLED_INITIALS = /(?<![\p{L}])(?:initials|iniciales|initiales)(?:\s+(?:of\s+the\s+|del\s+|de\s+la\s+|du\s+|de\s+l['’])?(?:pt|patient|paciente|patiente))?\s*[:(]?\s*((?:\p{Lu}\.?){2,3})\)?(?![\p{L}])/gu;
const CASE_INITIALS = /(?<![\p{L}.])\p{Lu}\.\s?\p{Lu}\.(?:\s?\p{Lu}\.)?(?=,?\s+(?:an?\s+\d{1,3}[- ](?:year|yr|y\/o|yo)|\d{1,3}\s?(?:yo|y\/o|[MF](?![\p{L}]))|was\s+admitted|admitted|presented|came\s+in|was\s+discharged|discharged|(?:is\s+)?back\s+(?:on|in|at)|returned|un\s+homme\s+de|une\s+femme\s+de|un[ao]?\s+(?:paciente|señora|señor)\s+de))/gu;
const DONOR_NEAR = /(?<![\p{L}])(?:donat\w*|gift|sponsor\w*|fund\w*|scholarship|endow\w*|foundation|generosity|generous)(?![\p{L}])/iu;
const INITIAL_SURNAME = /(?<![\p{L}.])(\p{Lu})\.\s(?:(?:Le|La|De|Du|Van|Da|Di|El|Ben)\s(?=\p{Lu}))?(\p{Lu}[\p{Ll}][\p{L}'-]*)/gu;
