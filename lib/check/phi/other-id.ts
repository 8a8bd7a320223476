/**
 * OTHER_ID: other unique identifying details tied to a patient: a room, bed or bay number ("the pt in
 * bay 6", "rm 12B", "bed 14B on New Year's Day", "habitación 214", "chambre 214 le mardi"), a described
 * tattoo or birthmark, a one-of-a-kind role ("the starting QB for Central High", "the head zookeeper at
 * our city zoo", "le maire du village"), and the Mexican CURP. Each detail but the CURP is weak alone:
 * a room needs patient wording or a named day or time beside it, a tattoo or role needs an encounter;
 * an organisation's room in an event post ("Room 210 of our clinic") is dropped.
 */
import { patternRecognizer, type Candidate, type Recognizer } from './recognizer';
import { curpValid } from './checksums';
import { CONTEXT_BOOST, findContextWord } from './context';
import { clauseAfter, clauseBefore, EVENT_WORDS, EXAMPLE_NEAR, orgContext, PERSONAL_WORDS, SOMEONE_IN_ROOM } from './nearby';

/** Words of an encounter: someone arrived, was treated or is unidentified. */
const ENCOUNTER =
  /(?<![\p{L}])(?:comes?\s+in|came\s+in|brought\s+in|rolled\s+in|admitted|a&e|residents?|residencia|r[ée]sidente?|ehpad|care\s+home|nursing\s+home|hospice|rip|passed(?:\s+away)?|died|funeral|falleci[óo]|d[ée]c[ée]d[ée]e?|lo\s+cuidamos|cuidamos|casualty|resus|triage|(?:is|are|was)\s+back\s+(?:in|on|at)|presented|pt|patient|paciente|patiente|trauma|john\s+doe|jane\s+doe|unidentified|no\s+id|recogni[sz]es?|identify|found\s+(?:unresponsive|down|near|behind|on)|ed|er|ambulance|ems|guardia|urgencias|urgences|ingres[óo]|admis[ea]?|encontrad[oa]|cared\s+for|caring\s+for|took\s+care\s+of|looked\s+after|broke|broken|on\s+our\s+(?:floor|unit|ward)|atend(?:[íi]|imos|ieron|ido)|desmay\w*|s['’]est\s+[ée]vanouie?|sin\s+identificaci[óo]n|sin\s+identificar|desconocid[oa]|sin\s+documentos|non\s+identifi[ée]e?|inconnue?|sans\s+papiers|retrouv[ée]e?|family\s+member|your\s+(?:family|loved\s+one)|sa\s+famille|su\s+familia|icu|ng\s+tube|foley|iv|night\s+shift|bed\s+\d{1,4}[a-z]?|fracture|injur(?:y|ed)|stitch(?:ed|es)?|sutur(?:ed|es)|deliver(?:ed|y)|lac|laceration|treated|intubated|splinted|casted|discharged|operated|bit(?:ten)?|burn(?:ed|t|s)?|fell|lleg[óo]|suturé|operé|arriv[ée]e?|recousu|soign[ée]|(?:lit|cama|chambre|habitaci[óo]n)\s+\d{1,4}|r[ée]a|sortie?\s+de|vino\s+con|(?:dimos|dieron|le\s+dimos)\s+(?:de\s+)?(?:el\s+)?alta|hospitalis[ée]e?|internad[oa]|en\s+consulta|entr[óo]|quemad[oa]|herid[oa]|bless[ée]e?s?|[ée]vasan|medevac(?:ed)?|care\s+for|get\s+well|in\s+my\s+chair|en\s+el\s+sill[óo]n|dans\s+mon\s+fauteuil|walk(?:ed|s)?\s+in|snapped|dimos\s+(?:de\s+)?l['’]?alta|despedimos|nos\s+dej[óo])(?![\p{L}])/iu;

/** Someone was treated: enough on its own to tie a tattoo or a role to a patient ("I stitched up the mayor"). */
const TREATED =
  /(?<![\p{L}])(?:stitch(?:ed)?\s+up|sutured|treated|delivered|intubated|splinted|casted|discharged|operated\s+on|admitted|brought\s+in|rolled\s+in|came\s+in|comes\s+in|suturé|operé|atendí|atendimos|atendieron|ingres[óo]|recousu|soign[ée]|admise?|cared\s+for|sortie?\s+de\s+(?:r[ée]a|l['’]h[ôo]pital|la\s+clinique)|vino\s+con|(?:le\s+)?dimos\s+(?:de\s+)?(?:el\s+)?alta|dad[oa]\s+de\s+alta|dimos\s+l['’]alta|bless[ée]e?|[ée]vasan|medevac(?:ed)?|care\s+for|get\s+well|walk(?:ed|s)?\s+in)(?![\p{L}])/iu;

/** Rooms where patients pass through rather than stay: a resuscitation bay is a place, not the patient's bed. */
const PASS_THROUGH_BEFORE = /(?<![\p{L}])(?:trauma|resus(?:citation)?|ambulance|loading|sick|parking|cath(?:\s+lab)?|delivery|decon|triage|waiting)\s+$/iu;

/** A named day or time in the same clause ties a room to one patient: "bed 14B on New Year's Day". */
const TIME_ANCHOR = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:` +
    String.raw`(?:mon|tues?|wednes|thurs|fri|satur|sun)day|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|` +
    String.raw`new\s+year'?s(?:\s+(?:day|eve))?|christmas(?:\s+(?:day|eve))?|xmas|thanksgiving|easter|halloween|july\s+4(?:th)?|fourth\s+of\s+july|valentine'?s(?:\s+day)?|mother'?s\s+day|father'?s\s+day|` +
    String.raw`navidad|nochebuena|a[ñn]o\s+nuevo|no[ëe]l|nouvel\s+an|saint-sylvestre|r[ée]veillon|` +
    String.raw`tonight|last\s+night|this\s+(?:morning|afternoon|evening)|today|yesterday|overnight|night\s+shift|anoche|hoy|ayer|esta\s+(?:noche|mañana)|ce\s+(?:soir|matin)|cette\s+nuit|aujourd'hui|hier|` +
    String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:er)?\s+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)|` +
    String.raw`\d{1,2}(?::\d{2})?\s?[ap]\.?m\.?` +
    String.raw`)(?![\p{L}])`,
  'iu',
);


/** "Mrs. Greene's room number", "M. Lefebvre, chambre 12": a named person right before the room. */
const NAMED_OWNER = /\p{Lu}[\p{Ll}'-]+['’]s\s*$|(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Mme|Mlle|M|Sr|Sra|Srta|Don|Doña)\.?\s\p{Lu}[\p{L}'’-]+,?\s*(?:(?:in|en|dans\s+la|de\s+la|back\s+in)\s+)?$/u;


/** "the head zookeeper at", "the only vet in", "the starting QB for": a role one person holds. */
const UNIQUE_MARK = String.raw`(?:starting|head|chief|only|lead|sole|town'?s\s+only|city'?s\s+only|longtime|beloved|last(?:\s+(?:full-time|remaining|surviving|working|living))?)`;
/** Words with a person's ending that name a thing or a time: "the last chapter", "the first winter". */
const NOT_PERSON = String.raw`(?!(?:her|over|after|never|ever|under|together|whether|either|neither|rather|further|later|better|power|time|hour|order|winter|summer|water|number|quarter|center|centre|letter|paper|matter|dinner|chapter|border|answer|corner|other|offer|semester|trimester|register|cancer|tumou?r|computer|monitor|ventilator|elevator|floor|door|colou?r|error|major|minor|factor|doctor|doctora|nurse|member|patient|paciente|cliente|gente|parte|manera|carrera|frontera|escalera|bandera|tercera|enfermer[oa]|m[ée]dic[oa]|infirmi[èe]re?|infirmier|quartier|courrier|janvier|f[ée]vrier|premier|dernier|derni[èe]re|entier|m[ée]tier|dossier|moment|instant|enfant|client|resident|residente|cuarto|round|second|quarter)(?![\p{L}]))`;
/** A noun for a person, not a place: "zookeeper", "pharmacist", "singer", "vet" (not "the only hospital in town"). */
const PERSON_NOUN = String.raw`${NOT_PERSON}(?:[\p{Ll}-]{1,17}(?:er|or|ist|ian|man|woman|keeper|ess|ant|ent|smith|wright)|vet|chef|judge|cop|dj|ceo|nun|monk|chief)(?![\p{L}])`;
/**
 * The same in three languages, by the endings of words for people ("coracle maker", "fireman", "tabaquero",
 * "bicitaxista", "déneigeur", "fabricant"), and not the words that end the same way and name a thing or a time.
 */
const PERSON_NOUN_ANY = String.raw`${NOT_PERSON}(?:[\p{Ll}-]{1,17}(?:er|or|ist|ian|man|woman|keeper|ess|smith|wright|maker|ero|era|ista|dor|dora|ante|ario|aria|eur|euse|iste|ier|i[èe]re|ant|ien|ienne)|[\p{Ll}-]{2,12}eron|veteran|veterano|v[ée]t[ée]ran|vet|chef|monk|nun|dj|fakir|midwife|partera|sage-femme|bruja|sorcier|griot|pilot|piloto|[Mm]ountie|mahout|guide|gu[íi]a|diver|buzo|cook|clerk|medic|mechanic|mec[áa]nico|guard|scout|postie|jockey|coach|priest|shaman|cham[áa]n|healer|ma[çc]on)(?![\p{L}])`;
const PUBLIC_ROLES = String.raw`(?:qb|QB|quarterback|pitcher|goalie|captain|valedictorian|mayor|principal|pastor|priest|rabbi|imam|sheriff|fire\s+chief|police\s+chief|coach|anchor|weatherman|weather\s+lady|president|chairman|chairwoman|chieftain|headman|headwoman|queen\s?mother|paramount\s+chief|village\s+chief|councillor|councilor|postmaster|postmistress|harbou?rmaster|stationmaster|coxswain|lighthouse\s+keeper|ferryman|bandmaster|choirmaster)`;
/** Colleagues hold "head nurse of our unit"; a clinician's own role is not a patient's detail. */
const STAFF_ROLE = /(?:nurse|resident|attending|physician|doctor|surgeon|intern|fellow|hospitalist|np|pa|rn|md|tech|therapist|interpreter|translator|provider|responder|paramedic|[a-z]+ologist|volunteer|officer|chaplain|dispatcher|speaker|presenter|author|employee|coordinator|manager|director|educator|instructor|practitioner|caller|farmac[ée]utic[oa]|int[ée]rprete|voluntari[oa]|param[ée]dic[oa]|camiller[oa]|pharmacien(?:ne)?|interpr[èe]te|b[ée]n[ée]vole|ambulanci(?:er|[èe]re)|brancardier|of\s+(?:surgery|medicine|nursing|staff))\b/i;

const patterns = patternRecognizer({
  id: 'other-id',
  category: 'OTHER_ID',
  patterns: [
    {
      name: 'room-bed',
      score: 0.4,
      regex: /(?<![\p{L}\p{N}-])(?:room|rm\.?|bed|bay|bedspace|cubicle|stretcher|(?:dialysis\s+|infusion\s+|chemo\s+)?chair|habitaci[óo]n|hab\.|cama|cuarto|chambre|(?<=(?:au|du|le)\s)lit|(?<=(?:el|del|du|le|au)\s)box)(?:\s{1,2}(?:number|no\.|n[úu]mero|num[ée]ro))?(?:\s{1,2}(?:is|was|es|est))?,?\s{0,2}#?\s{0,2}(?:\d{1,4}(?:-\d{1,3})?-?[A-Za-z]?|[A-Za-z]\d{1,4})(?![\p{L}\p{N}-])/giu,
    },
    {
      name: 'distinctive-mark',
      score: 0.5,
      regex: /(?<![\p{L}])(?:an?|his|her|the|un|una|sa|son)\s+(?:(?!(?:with|and|of|the|an?|in|on|at)\s)[\p{L}-]+\s+){0,3}(?:tattoos?|birthmark|port-wine\s+stain|tatuaje|tatouage)\s+(?:of|that\s+says|reading|with|on|across|covering|de|que\s+dice|en|sur)\s+(?:(?!\s+(?:and|but|y|et)\s+(?:was|is|had|has|came|he|she|they|we|it)\b)[^.!?\n,;]){3,160}/giu,
    },
    // "Tattoo of a rosary with "MAMI LUZ" across his chest", "un tatouage d'un orignal avec «Ti-Jean 1974»",
    // "la golondrina tatuada en la muñeca", "... "MARIA DO CÉU 1968" tattooed across his forearm": the mark and what it shows
    {
      name: 'tattoo-described',
      score: 0.5,
      regex: /(?<![\p{L}])(?:tattoo(?:ed|s)?|tatuaje|tatuad[oa]s?|tatouage|tatou[ée]e?s?)(?:\s+(?:of|that\s+says|reading|with|on|across|covering|de|que\s+dice|en|sur|avec|con)|\s+d['’])\s*(?:(?!\s+(?:and|but|y|et)\s+(?:was|is|had|has|came|he|she|they|we|it)\b|\s+(?:is|was|has|had|came|comes|walked|showed|rolled|keeps|got|est|es|está|vino|llegó)\s)[^.!?\n;]){3,140}/giu,
    },
    {
      name: 'unique-role',
      score: 0.45,
      regex: new RegExp(
        String.raw`(?<![\p{L}])(?:[Tt]he\s+(?:(?:${UNIQUE_MARK}\s+)?(?:[\p{Ll}-]{3,20}\s+)?(?:${PUBLIC_ROLES})|${UNIQUE_MARK}\s+(?:[\p{L}-]{3,20}\s+){0,2}${PERSON_NOUN})|(?<=\p{L},\s)(?:chief|head|lead|sole|only|last)\s+(?:[\p{Ll}-]{3,20}\s+)?${PERSON_NOUN})\s+(?:of|for|at|in|from)\s+(?:(?:the|our|my|this|their|his|her|a)\s+)?(?:\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,4}|(?:[\p{Ll}-]{2,20}\s+){0,2}(?:zoo|school|high|church|team|club|town|village|city|county|library|bakery|restaurant|diner|station|band|orchestra|paper|newspaper|bank|mall|market|farm|parish|temple|mosque|synagogue|department|museum|aquarium|circus|casino|stadium|rink|gym|plant|mine|brewery|regiment|battalion|squadron|band|island|coast|valley|region|parish|county))`,
        'gu',
      ),
    },
    // "the town's only female blacksmith", "the island's last midwife": the place is in the role itself
    {
      name: 'unique-role-of-place',
      score: 0.45,
      regex: new RegExp(String.raw`(?<![\p{L}])(?:[Tt]he\s+(?:town|city|village|county|island|state|province|valley|parish)|\p{Lu}[\p{Ll}-]{2,20})['’]s\s+(?:only|last|first|oldest|longtime|long-time|beloved|legendary|former|retired|first-choice|starting|star|record-breaking)\s+(?:[\p{Ll}-]{3,20}\s+){0,2}?(?!(?:for|of|at|in|or)(?![\p{L}]))${PERSON_NOUN}`, 'gu'),
    },
    {
      name: 'unique-role-es-fr',
      score: 0.45,
      regex: /(?<![\p{L}])(?:(?:el|al|del|la)\s+(?:alcalde(?:sa)?|p[áa]rroco|cura|sacerdote|director[a]?|entrenador[a]?|portero|capit[áa]n|jefe|jefa|(?:[úu]nic[oa]|[úu]ltim[oa])\s+[\p{Ll}]{3,20})\s+(?:de|del)\s+(?:(?:la|el|nuestr[oa])\s+)?[\p{L}'-]{3,30}|(?:(?:le|la)\s+)?doyen(?:ne)?\s+(?:des|du|de\s+la)\s+[\p{L}'-]{3,30}|(?:el|la)\s+(?:rey|reina)\s+del?\s+[\p{Ll}'-]{3,30}|(?:le|la)\s+(?:roi|reine)\s+d(?:u|es|e\s+la)\s+[\p{Ll}'-]{3,30}|(?:le|la)\s+(?:maire|cur[ée]|directeur|directrice|proviseur|entra[îi]neur|capitaine|chef|(?:seule?|derni[èe]re?)\s+[\p{Ll}]{3,20})\s+(?:de|du|des)\s+(?:(?:la|notre)\s+|l')?[\p{L}'-]{3,30})/giu,
    },
    // "the last living fireman off the old Ghan", "el último tabaquero", "le seul déneigeur du village", "la primera mujer guagüera"
    {
      name: 'unique-person',
      score: 0.45,
      regex: new RegExp(
        String.raw`(?<![\p{L}])(?:(?:[Tt]he\s+|(?<=(?:^|[.!?;,:]\s{1,2}))(?=[Oo]nly\s))(?:only|last|first|sole)\s+(?:(?:living|remaining|surviving|working|female|male|woman|professional|licensed|full-time|retired)\s+)?(?:\p{N}+(?:st|nd|rd|th)\s+\p{Lu}[\p{L}-]+\s+(?:\p{Lu}[\p{L}-]+\s+)?)?|(?:[Ee]l|[Aa]l|[Dd]el)\s+(?:[úu]nico|[úu]ltimo|primer)\s+|[Ll]a\s+(?:[úu]nica|[úu]ltima|primera)\s+(?:mujer\s+)?|[Ll]e\s+(?:seul|dernier|premier)\s+|[Ll]a\s+(?:seule|derni[èe]re|premi[èe]re)\s+(?:femme\s+)?)(?:[\p{Ll}-]{3,20}\s+){0,3}?${PERSON_NOUN_ANY}(?:\s+(?:professionnel(?:le)?|profesional))?(?:\s+(?:of|on|in|at|off|for|from|de|du|des|del|en)\s+(?:(?:the|old|la|le|les|el|los|l['’])\s*)?[\p{L}'’-]{2,30}(?:\s+\p{Lu}[\p{L}'’-]+){0,2})?`,
        'gu',
      ),
    },
    // "el único que arreglaba bicis en todo el pueblo", "la seule qui parle encore breton", "the only one who still shoes horses"
    {
      name: 'only-one-who',
      score: 0.45,
      regex: /(?<![\p{L}])(?:(?:[Ee]l|[Ll]a)\s+[úu]nic[oua]|[Ll]e\s+seul|[Ll]a\s+seule|[Tt]he\s+only\s+(?:one|man|woman|guy|person))\s+(?:que|qui|who)\s+(?!(?:me|te|nos|vous|nous|I|you|we)\s)[^.,;:!?\n]{3,60}/gu,
    },
    // "inmate #A-553201", "booking number 24-118833", "n° d'écrou 45872", "badge #4471", "custody no. IAR/2291/24", "Service no. KWS/R/4471":
    // a custody, badge or service number names one person
    {
      name: 'custody-badge-number',
      score: 0.6,
      group: 1,
      regex: /(?<![\p{L}])(?:inmate|prisoner|booking|offender|detainee|custody|remand|(?<!customer\s)service(?=\s{1,2}(?:no\.?|number|#))|badge|shield|tdcj|cdcr|bop|fdoc|idoc|doc\s+(?=#|no|num)|(?:n[°º]|num[ée]ro)\s?d['’]\s?[ée]crou|[ée]crou|matricule|recluso|reclusa|detenid[oa]|n[úu]mero\s+de\s+(?:recluso|reclusa|preso|presa|interno|interna|placa))(?:\s{1,2}(?:id|no\.?|number|num|n[°º]|#))?\s{0,2}[:#]?\s{0,2}([A-Z]{0,4}(?:\/[A-Z]{1,3})?[-/]?\d[\d/-]{2,11}\d)(?![\p{L}\p{N}-])/giud,
    },
    // "#27 on the Warriors", "la camiseta 9 del Sport Boys", "maillot 10 du FC Nantes": a player's number on a named team
    {
      name: 'jersey-number',
      score: 0.45,
      regex: /(?<![\p{L}\p{N}])(?:(?:number|no\.?|#)\s?\d{1,2}\s+(?:jersey|shirt|kit)(?![\p{L}])|(?:#|(?:number|num[ée]ro|n[°º]|camiseta|dorsal|maillot|jersey)\s?#?\s?)\d{1,2}\s+(?:on|for|of|del|de|du|en|with)\s+(?:(?:the|los|el|la|les|le)\s+)?(?:\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}|(?:under-?|U-?|sub-?)\d{1,2}s?(?![\p{L}\p{N}])))/gu,
    },
  ],
  context: [...PERSONAL_WORDS, 'pts', 'yo', 'y/o', 'year-old', 'comes in', 'came in', 'admitted', 'trauma', 'recognizes', 'identified', 'ed', 'er', 'who', 'qui', 'quien',
    'rip', 'passed', 'died', 'funeral', 'resident', 'residencia', 'résident', 'résidente', 'ehpad', 'hospice', 'ward', 'décédé', 'décédée', 'falleció', 'cuidamos'],
  invalidate(value, { doc }, start, end) {
    // A tattoo or a role only identifies someone who is being treated: "the mayor of Columbus thanked
    // our nurses" is a public figure.
    // (without an encounter near, recognize() keeps it only for a person named beside it)
    if (DESCRIBES_SOMEONE.test(value)) return STAFF_ROLE.test(value.slice(0, value.search(/\s(?:of|for|at|in|de|del|du|des)\s/) + 1 || value.length));
    // "a bed 4 hours away", "bay 2 of our clinic": rooms of an organisation's venue, durations, counts.
    if (orgContext(doc.text, start, end) || PASS_THROUGH_BEFORE.test(doc.text.slice(Math.max(0, start - 20), start))) return true;
    return /\s\d{1,4}$/.test(value) && /^\s*(?:hours?|hrs?|days?|minutes?|mins?|weeks?|times|x\b|visits?|people|kids|am|pm|%)/i.test(doc.text.slice(end, end + 8));
  },
});

/** A described mark, role or team number ("a tattoo of ...", "the last blacksmith in ...", "la doyenne des ...", "#9 for the Tigers"), not a room. */
const DESCRIBES_SOMEONE = /^(?:(?:an?|his|her|the|un|una|sa|son|el|al|del|la|le|only|chief|head|sole|starting|lead)\s|tattoo|tatua|tatou|\p{Lu}[\p{L}-]+['’]s\s|#|number|num|n[°º]|camiseta|dorsal|maillot|jersey)/iu;
/**
 * A mark or role with no encounter beside it is kept this weak: only a person named in its sentence makes it
 * theirs ("Fanny Agostini, la doyenne des poissonnières du Vieux-Port, partie dimanche"; see liftAroundNamedPerson).
 */
const UNTREATED_ROLE_SCORE = 0.25;

/** Mexico's CURP: its check digit makes it an identifier on its own; named right before it ("la CURP ..."), a mistyped one still counts. */
const CURP = /(?<![\p{L}\p{N}])[A-Z][AEIOUX][A-Z]{2}\d{6}[HMX][A-Z]{5}[A-Z0-9]\d(?![\p{L}\p{N}])/giu;
function curp(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(CURP)) {
    const checked = curpValid(m[0]);
    if (!checked && EXAMPLE_NEAR.test(text.slice(Math.max(0, m.index - 80), m.index + 100))) continue;
    if (!checked && !/(?<![\p{L}])curp\s{0,2}[:#]?\s{0,2}(?:es\s+|del\s+paciente\s+)?$/iu.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, category: 'OTHER_ID', score: checked ? 0.6 : 0.55, recognizer: 'other-id', pattern: checked ? 'curp' : 'curp-unchecked', ...(checked ? {} : { context: 'curp' }) });
  }
  return out;
}

/**
 * A room is a patient's detail only with someone in it, outside an event post ("journal club in room
 * 210", "use bay 3 until Monday"); a day or time of that stay beside it lifts it.
 */
function roomOfSomeone(text: string, c: Candidate): Candidate | undefined {
  const before = clauseBefore(text, c.start, 80);
  const after = clauseAfter(text, c.end, 80);
  if (EVENT_WORDS.test(before) || EVENT_WORDS.test(after)) return undefined;
  if (!SOMEONE_IN_ROOM.test(before) && !SOMEONE_IN_ROOM.test(after) && !NAMED_OWNER.test(before)) return undefined;
  const anchor = TIME_ANCHOR.exec(after) ?? TIME_ANCHOR.exec(before);
  return anchor ? { ...c, score: c.score + 0.35, context: anchor[0].toLowerCase() } : c;
}

/** "the starting QB for Riverton High": the role is the detail; a named place after it is the place's own finding. */
function trimPlaceTail(text: string, c: Candidate): number {
  if (c.pattern !== 'unique-role' && c.pattern !== 'unique-role-es-fr' && c.pattern !== 'unique-person') return c.end;
  const tail = /\s(?:of|for|at|in|de|del|du|des)\s+\p{Lu}[\s\S]*$/u.exec(text.slice(c.start, c.end));
  return tail ? c.start + tail.index : c.end;
}

export const otherId: Recognizer = {
  ...patterns,
  recognize(ctx) {
    const rooms = patterns.recognize(ctx).flatMap((c) => {
      if (c.pattern === 'room-bed') return roomOfSomeone(ctx.doc.text, c) ?? [];
      const around = ctx.doc.text.slice(Math.max(0, c.start - 120), Math.min(ctx.doc.text.length, c.end + 80));
      if (DESCRIBES_SOMEONE.test(ctx.doc.text.slice(c.start, c.end)) && !ENCOUNTER.test(around)) {
        return { ...c, end: trimPlaceTail(ctx.doc.text, c), score: UNTREATED_ROLE_SCORE, contextApplied: true };
      }
      // "the starting QB for Riverton High": the role is the detail; a named place after it is the place's own finding
      const end = trimPlaceTail(ctx.doc.text, c);
      if (end !== c.end) {
        // context is still read around the whole phrase ("... for Riverton High played his first game")
        const word = findContextWord(ctx.doc, c.start, c.end, patterns.context ?? []);
        c = { ...c, end, ...(word ? { score: c.score + CONTEXT_BOOST, context: word } : {}) };
      }
      const treated = TREATED.exec(around);
      return treated ? { ...c, score: c.score + 0.35, context: treated[0].toLowerCase() } : c;
    });
    return [...rooms, ...curp(ctx.doc.text)];
  },
};
