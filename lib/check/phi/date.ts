/**
 * DATE: a date more precise than a year, tied to a patient: "3/14/25", "2025-03-14", "March 14th",
 * "14 Mar", "Jan. 9", "on the 14th", "DOB 04-11-1957", "born 11 April '57", "el 2 de mayo",
 * "14/03/2025", "le 14 mars", "né le 3 avril", a holiday ("on New Year's Eve"). A bare date scores
 * below the threshold and needs patient wording nearby (admitted, DOB, pt, her surgery); years alone,
 * ratios (1/2, 7/10), blood pressures (120/80), doses and versions never match.
 */
import type { Candidate, Recognizer } from './recognizer';
import { ADDRESSED, CARE_EVENT, EVENT_WORDS, isOrgPost, ORG_SCHEDULE, SOMEONE_IN_ROOM } from './nearby';

const EN_MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
const EN_ABBR = String.raw`jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec`;
const ES_MONTHS = 'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre';
/** first ... thirty-first, in words */
const ORDINAL_WORDS = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty-first';
/** uno ... treinta y uno, in words */
const ES_DAY_WORDS = 'uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciséis|dieciseis|diecisiete|dieciocho|diecinueve|veinte|veinti(?:uno|dós|dos|trés|tres|cuatro|cinco|séis|seis|siete|ocho|nueve)|treinta(?:\\sy\\suno)?';
const FR_MONTHS = 'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre';
/** A patient's numbered bed or room: the day told beside it is that stay's. */
const BED_IN_SENTENCE = /(?<![\p{L}])(?:bed|room|bay|rm|cama|habitaci[óo]n|chambre|lit|box)\s?#?\d{1,4}[a-z]?(?![\p{L}\p{N}])/iu;
/** A date then a comma: what follows names that same day ("el 8 de septiembre, día de la Caridad del Cobre"). */
const AFTER_A_DATE = new RegExp(`(?:\\d|${EN_MONTHS}|${ES_MONTHS}|${FR_MONTHS})(?:\\s\\d{4})?\\s?[,—–-]\\s*$`, 'iu');
/** "March", "Mar", "Mar." (English month; abbreviations may take a dot) */
const MONTH = String.raw`(?:(?:${EN_MONTHS})|(?:${EN_ABBR})\.?)`;
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:,?\s(?:'\d{2}|\d{4}))`;
const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;
const NB = String.raw`(?<![\p{L}\p{N}./:-])`;
const NE = String.raw`(?![\p{L}\p{N}]|[./:-]\p{N})`;
const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche';
/** Full weekday names only: "Sun" and "Sat" alone are words. */
const WEEKDAYS_FULL = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche';
/** A day of the month after a weekday, with an optional month after: "Tuesday the 14th", "viernes 12", "mardi 8 avril". */
const WEEKDAY_DAY = String.raw`${B}(?:${WEEKDAYS})\.?,?\s(?:the\s|le\s|el\s)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|er)?${E}(?![/.:-]\p{N}|\s?(?:am|pm|a\.m|p\.m|h|hrs?|hours?|horas?|heures?|patients|pts|people|admissions|shifts|beds|a\s\d(?!\d?\s+años)|à\s\d(?!\d?\s+ans)|to\s\d)(?![\p{L}]))(?:\s(?:de\s)?(?:${EN_MONTHS}|${ES_MONTHS}|${FR_MONTHS})${E})?`;
/** Being admitted, arriving or dying on a weekday: "with us since Sunday", "llegó el lunes", "admise mardi". */
const EVENT_BEFORE_WEEKDAY = new RegExp(String.raw`(?:turned\s+(?:\d{1,3}|(?:ninety|eighty|seventy|sixty|a\s+hundred|one\s+hundred)[\p{L}-]*)|cumpli[óo]\s+(?:\d{1,3}|[\p{L}-]+)(?:\s+años)?|a\s+(?:eu|f[êe]t[ée]\s+ses)\s+(?:\d{1,3}|[\p{L}-]+)\s+ans|admitted|admit|visit|found|fell|collapsed|came\s+in|comes\s+in|came\s+back|rushed\s+in|in\s+triage|walked\s+out|left\s+AMA|AMA|eloped|snapped|broke|overdosed|seized|crashed|renvoy[ée]s?\s+des\s+urgences|(?:had|saw|nursed|treated|looked\s+after|cared\s+for)\s+(?:your|his|her|their)\s+\p{L}+|renvoy[ée]e?|chute|tomb[ée]e?|(?:sa|son|ta|ton|votre|su|tu)\s+(?:s[ée]ance|consultation|rendez-vous|rdv|consulta|cita|sesi[óo]n)\s+(?:de|du|del)|brought\s+in|arrived|rolled\s+in|showed\s+up|presented|with\s+us|been\s+here|been\s+in|hospitali[sz]ed|intubated|extubated|coded|passed|died|delivered|born|discharged|went\s+home|ingres[óo]|ingresad[oa]|internad[oa]|lleg[óo]|falleci[óo]|naci[óo]|admise?|arriv[ée]e?|hospitalis[ée]e?|d[ée]c[ée]d[ée]e?|née?|sortie?|rentr[ée]e?|op[ée]r[ée]e?|entr[óo]|sali[óo]|operad[oa]|operaron|funeral|homegoing|wake|memorial|velorio|sepelio|entierro|misa|fun[ée]railles|obs[èe]ques|enterrement)(?![\p{L}])(?:[^.!?\n]{0,30}\s(?:on|since|last|this\s+past|el|desde\s+el|le|depuis|dès))?\s$`, 'iu');
/** "Sunday night she coded", "el lunes llegó": the event after the weekday. */
const EVENT_AFTER_WEEKDAY = /^[^.!?\n]{0,30}?(?<![\p{L}])(?:admitted|coded|passed\s+away|died|came\s+in|walked\s+in|showed\s+up|rolled\s+in|collapsed|crashed|delivered|was\s+born|arrived|brought\s+in|intubated|ingres[óo]|lleg[óo]|falleci[óo]|naci[óo]|arriv[ée]e?|d[ée]c[ée]d[ée]e?|n[ée]e)(?![\p{L}])/iu;

/** A weekday with no event word: below any boost but a named person's in its sentence (see liftAroundNamedPerson). */
const WEEKDAY_ALONE_SCORE = 0.25;
/**
 * A reply to one person about their own care ("Hi Marisol, ... Your Tuesday 10:40 slot got bumped", "@bigmike see you
 * Thursday for the stitches out", "la prise de sang de jeudi est bonne", "te atendí yo el domingo"): the days in it are theirs.
 */
const REPLY_OPENING = /^\s*(?:@[\p{L}\p{N}_.]+|(?:hi|hey|hello|dear|hola|buenas|bonjour|coucou|kia\s+ora)(?![\p{L}])|\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{Ll}'’-]+)?\s*,)|(?<![\p{L}])(?:replying\s+to|respondiendo\s+a|en\s+r[ée]ponse\s+à)(?!\s+(?:everyone|everybody|all|those|you\s+all|y['’]all|todos|todas|tous|toutes)(?![\p{L}]))|(?<![\p{L}])(?:puisque\s+vous|porque\s+me\s+lo\s+preguntaste)(?![\p{L}])/iu;
/** A sentence of such a reply that speaks to the person about a care event, not a timetable or a walk-in notice. */
const replyCareSentence = (sentence: string) =>
  (ADDRESSED.test(sentence) || REPLY_OPENING.test(sentence)) && CARE_EVENT.test(sentence) && !EVENT_NEAR.test(sentence) && !WALK_IN.test(sentence);
const HABIT_BEFORE_WEEKDAY = /(?<![\p{L}])(?:every|each|first|second|third|fourth|last|1st|2nd|3rd|4th|primer|segundo|tercer|cuarto|[úu]ltimo|premier|deuxi[èe]me|troisi[èe]me|dernier|a|happy|feliz|bon|bonne|todos\s+los|cada|los|tous\s+les|chaque|les|du|de|des)\s+$/iu;
/** A range of days, joined: "Monday to Friday", "lunes a viernes", "lundi au vendredi". */
const RANGE_JOIN = String.raw`\s*(?:to|through|thru|till|until|[–-]|a|al|au|à)\s*`;
/** "Monday to Friday 7am": the end of a range of opening days. */
const WEEKDAY_RANGE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${WEEKDAYS})\\.?${RANGE_JOIN}$`, 'iu');
const HABIT_AFTER_WEEKDAY = new RegExp(String.raw`^(?:${RANGE_JOIN}(?:${WEEKDAYS})|['’]?s?\s+(?:crew|team|staff|roast|lunch|dinner|brunch|market|mass|service|school|class|game|match|bingo|club|special|vibes|mood|feeling|of\s+(?:every|each|the)\s+month|de\s+cada\s+mes|de\s+chaque\s+mois|du\s+mois))(?![\p{L}])`, 'iu');

interface DatePattern {
  name: string;
  regex: RegExp;
  score: number;
}

/** Local events that name a day: "the night of the fair", "el día del chupinazo", "le jour du carnaval". */
const EVENT_NOUNS = String.raw`(?:county\s|state\s|town\s|village\s)?(?:fair|show|festival|parade|carnival|rodeo|regatta|marathon|homecoming(?:\sgame)?|big\sgame|derby|gala|powwow|hurling\sfinal|feria|fiesta|fiestas|chupinazo|encierro|carnaval|procesi[óo]n|romer[íi]a|verbena|corrida|f[êe]te|foire|kermesse|ducasse|braderie|festival|pardon|course|marathon)`;

const PATTERNS: readonly DatePattern[] = [
  // 3/14/2025, 3/14/25, 14/03/2025, 04-11-1957, 14.03.2025
  { name: 'numeric-dmy-mdy', score: 0.5, regex: new RegExp(`${NB}(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})${NE}`, 'gu') },
  // 2025-03-14
  { name: 'iso', score: 0.5, regex: new RegExp(`${NB}(?:19|20)\\d{2}-(?:0?[1-9]|1[0-2])-(?:[12]\\d|3[01]|0?[1-9])${NE}`, 'gu') },
  // 9/12, 3/14 (no year: weak, ratios and scores look the same)
  { name: 'numeric-short', score: 0.35, regex: new RegExp(`${NB}(?:(?:1[0-2]|0?[1-9])/(?:[12]\\d|3[01]|0?[1-9])|(?:1[3-9]|2\\d|3[01])/(?:0?[1-9]|1[0-2]))${NE}`, 'gu') },
  // March 14th, Jan. 9, March 14, 2025
  { name: 'month-day', score: 0.4, regex: new RegExp(`${B}${MONTH}\\s${DAY}${E}${YEAR}?`, 'giu') },
  // 14 Mar, 11 April '57, 14th of March
  { name: 'day-month', score: 0.4, regex: new RegExp(`${B}${DAY}(?:\\sof)?\\s${MONTH}(?![\\p{L}])${YEAR}?`, 'giu') },
  // 3-Jan, Jan-3 (as spreadsheets and notes write them)
  { name: 'dashed-month', score: 0.4, regex: new RegExp(`${B}(?:(?:[12]\\d|3[01]|0?[1-9])-(?:${EN_ABBR}|may)|(?:${EN_ABBR}|may)-(?:[12]\\d|3[01]|0?[1-9]))${E}(?!-\\d)`, 'giu') },
  // el 2 de mayo (de 2025), 14 de marzo
  { name: 'es-day-month', score: 0.4, regex: new RegExp(`${B}(?:[12]\\d|3[01]|0?[1-9]|1ro|1[º°]|primero)\\sde\\s(?:${ES_MONTHS})${E}(?:\\s(?:de|del)\\s\\d{4})?`, 'giu') },
  // le 14 mars (2025), 3 avril 1957, 1er mai
  { name: 'fr-day-month', score: 0.4, regex: new RegExp(`${B}(?:[12]\\d|3[01]|0?[1-9]|1er)\\s(?:${FR_MONTHS})${E}(?:\\s\\d{4})?`, 'giu') },
  // the 14th, on the 3rd
  { name: 'ordinal-day', score: 0.3, regex: new RegExp(`${B}the\\s(?:[12]\\d|3[01]|[1-9])(?:st|nd|rd|th)${E}(?!\\s(?:of\\s(?!${EN_MONTHS})|time|century|percentile|floor|grade|birthday|bday|annual|anniversary|day\\b|week|hour|dose|cycle|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\\b))`, 'giu') },
  // "el día 5", "el pasado 12", "le 14": a bare day of the month after an article (weak: needs a patient's event near)
  { name: 'article-day', score: 0.3, regex: new RegExp(`(?<![\\p{L}])(?:el\\s(?:d[íi]a\\s|pasado\\s)?|le\\s)(?:[12]\\d|3[01]|0?[1-9]|1er)(?![\\p{L}\\p{N}]|[:.,/-]\\d|\\s?(?:%|h(?![\\p{L}])|hrs?|horas?|heures?|ans|años|mg|ml|minutos?|minutes?|fois|veces|por\\s+ciento|pour\\s+cent|de\\s+(?:cada|los|las|ellos|nous|vous)|sur\\s\\d|de\\s\\d|à\\s\\d|y\\s\\d|et\\s\\d|o\\s\\d|ou\\s\\d|(?:de\\s)?(?:${ES_MONTHS}|${FR_MONTHS}|${EN_ABBR})(?![\\p{L}])))`, 'giu') },
  // "la nuit du 21", "la noche del 24", "the night of the 3rd": a day of the month after a part of the day
  { name: 'night-of-day', score: 0.5, regex: new RegExp(`(?<![\\p{L}])(?:(?:nuit|soir|soir[ée]e|matin|matin[ée]e|journ[ée]e|apr[èe]s-midi|aube)\\s+du|(?:noche|madrugada|tarde|mañana|ma[ñn]ana)\\s+del|(?:night|morning|evening|afternoon|early\\s+hours)\\s+of\\s+the)\\s(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th|er)?(?![\\p{L}\\p{N}]|[:.,/-]\\d)`, 'giu') },
  // A day named by a local event: "the night of the County Show", "the Friday of the marathon", "el día del chupinazo",
  // "la noche de la feria de San Miguel", "le week-end de la Transju". Weak alone, like a holiday: patient wording lifts it.
  { name: 'event-day', score: 0.2, regex: new RegExp(String.raw`(?<![\p{L}])(?:(?:the\s)?(?:night|day|morning|evening|afternoon|weekend|eve|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\sof\sthe\s(?:(?:\p{Lu}[\p{L}'’-]+\s){0,3}\p{Lu}[\p{L}'’-]+|${EVENT_NOUNS})|(?:el|la)\s(?:d[íi]a|noche|tarde|mañana|madrugada|fin\sde\semana|v[íi]spera)\s(?:del|de\sla|de\slos|de\slas)\s(?:\p{Lu}[\p{L}'’-]+|${EVENT_NOUNS})(?:\s(?:(?:de|del)\s(?:la\s|los\s)?)?\p{Lu}[\p{L}'’-]+){0,3}|(?:le|la)\s(?:jour|soir|soir[ée]e|nuit|matin|week-end|weekend|veille|lendemain)\s(?:du|de\sla|de\sl['’]|des)\s?(?:\p{Lu}[\p{L}'’-]+|${EVENT_NOUNS})(?:\s(?:(?:de|du)\s(?:la\s)?)?\p{Lu}[\p{L}'’-]+){0,3})(?![\p{L}])`, 'gu') },
  // New Year's Eve, Christmas Day, Thanksgiving, July 4th is month-day
  // Typed in any case ("on christmas day"); Commonwealth, Irish and Indian days too ("Boxing Day", "Paddy's Day", "Diwali").
  { name: 'holiday', score: 0.25, regex: /(?<![\p{L}])(?:(?:the\s)?(?:day|night|morning|eve|weekend)\s(?:before|after)\s|(?:two|three|four|[2-9])\sdays\s(?:before|after)\s|(?:le\s|au\s)?(?:sur)?lendemain\s(?:de\s|d['’])(?:l['’]|la\s|le\s)?|(?:la\s)?veille\s(?:de\s|d['’])(?:l['’]|la\s|le\s)?|(?:la\s)?v[íi]spera\sde\s|(?:el\s)?d[íi]a\s(?:antes|despu[ée]s)\sde\s)?(?:New Year['’]?s(?: Eve| Day)?|Christmas(?: Eve| Day| morning| night| afternoon)?|Xmas(?: Eve| Day)?|Thanksgiving(?: Day)?|Easter(?: Sunday| Monday)?|Halloween|Valentine['’]?s Day|Mother['’]?s Day|Father['’]?s Day|Memorial Day|Labou?r Day|Independence Day|Fourth of July|Boxing Day|St\.? (?:Stephen|David|Andrew|George|Piran|Brigid)['’]?s Day|Tabaski|Korit[ée]|A[ïi]d el-(?:Kebir|Fitr|Adha)|Waitangi Day|Heritage Day|Freedom Day|Youth Day|Lunar New Year|Chinese New Year|Holi|Pongal|Onam|Matariki|Fiestas Patrias|D[íi]a de la Independencia|(?:St\.? )?(?:Patrick|Paddy)['’]?s Day|Australia Day|Anzac Day|Canada Day|Victoria Day|Remembrance Day|Bonfire Night|Guy Fawkes(?: Night)?|Hogmanay|Diwali|Deepavali|Eid(?:[- ](?:al|ul|el)-(?:Fitr|Adha|Azha))?|CNY|Santa Marija|Noche de Reyes|Nochebuena|Navidad|Año Nuevo|Nochevieja|D[íi]a de (?:Reyes|(?:los )?Muertos|la Madre|(?:Acci[óo]n de )?Gracias|San Valent[íi]n)|Viernes Santo|Jueves Santo|Semana Santa|Noël|Nouvel An|Réveillon|jour de l['’]An|Saint-Sylvestre|Saint-Jean(?:-Baptiste)?|F[êe]te nationale|P[âa]ques|F[êe]te des (?:M[èe]res|P[èe]res)|Toussaint|Veterans Day|MLK Day|Juneteenth|Sallah(?: day)?|Salah day|Aïd|(?<=l['’])Aid|Tamkharit|Tabaski|Ugadi|Gudi Padwa|Bihu|Lohri|Makar Sankranti|Ganesh Chaturthi|Janmashtami|Karva Chauth|Chand Raat|Nowruz|Norouz|Losar|Timkat|Meskel|Chuseok|Mid-Autumn Festival|Farmers['’]? Day|Melbourne Cup(?: day)?|Jour des Rois|[ÉE]piphanie|D[íi]a de (?:la )?Candelaria|D[íi]a de la Altagracia|Noche de San Juan|Hari Raya(?: Puasa| Haji)?|Thaipusam|Vesak|Kwanzaa|Hanukk?ah|Chanukah|Rosh Hashanah|Yom Kippur|Passover|Good Friday|Holy Saturday|Ash Wednesday|Mardi Gras|Pentecost|Durga Puja|Navratri|Dussehra|Raksha Bandhan|Vaisakhi|Baisakhi|Songkran|Tết|Jamhuri Day|Madaraka Day|Mashujaa Day|Republic Day|Emancipation Day|Cinco de Mayo|D[íi]a del Padre|D[íi]a de San (?:Juan|Patricio|Jos[ée])|Pentec[ôo]te|Assomption|F[êe]te de la musique|Mawlid|Maouloud|Ramadan (?:night|eve))(?:\s(?:eve|night))?(?![\p{L}])(?!\s(?:gifts?|presents?|part(?:y|ies)|cards?|tree|dinner|lunch|market|songs?|music|jumper|sweater|movie|film|spirit|cheer|decorations?|lights|break|holidays?|vacation|bonus|rota|schedule|shifts?|potluck|menu|special)(?![\p{L}]))/giu },
  // A day a people keeps that no list holds: "Kamehameha Day", "Kadooment Day", "el día de la Santina", "día del Bando de la Huerta".
  // Awareness, staff and event days ("World Kidney Day", "Nurses Day", "Sports Day") are not a patient's date; a day the holiday
  // list holds ("Boxing Day") is found by both and reported once.
  {
    name: 'named-day',
    score: 0.25,
    regex: /(?<![\p{L}])(?:(?!(?:The|This|That|Every|Each|One|Some|Any|Next|Last|Same|Big|Good|Long|Hard|Bad|Great|Happy|Best|Worst|First|Second|Third|Final|Whole|Full|Half|Sick|Rest|Off|Study|Training|Open|Sports?|Field|Match|Game|Launch|Spirit|Pajama|Pyjama|Career|Fun|Family|Wellness|Staff|Team|Clinic|Screening|Vaccination|Awareness|Education|Research|Heart|Kidney|Health|Mental|World|International|National|Global|Universal|Nurses|Doctors|Pharmacists|Appreciation|Recognition|Election|Graduation|Wedding|Moving|Pay|Snow|Hair|Work|School|Shift|Surgery|Theatre|Admission|Discharge|Post-op|Op|Visiting|Market|Race|Derby|Sabbath|Lord|Judgement|Judgment)\s)(?:(?:King|Prince|Queen|Saint|St\.?)\s)?\p{Lu}\p{Ll}{2,}\sDay|[Dd][íi]a\s(?:de\s(?:la\s|los\s|las\s)?|del\s)(?!(?:Madre|Padre|Reyes|Muertos|Gracias|Acci[óo]n|San\s(?:Valent|Juan|Patricio|Jos)|Candelaria|Altagracia|Independencia|Paciente|Enfermer[oa]|M[ée]dico|Trabajo|Semana)(?![\p{L}]))\p{Lu}\p{Ll}+(?:\s(?:(?:de|del)\s(?:la\s|los\s)?)?\p{Lu}\p{Ll}+){0,3})(?![\p{L}])/gu,
  },
  // "TOD 02:47", "heure du décès : 3h10", "hora de la muerte 04:15": the minute someone died or was born
  { name: 'time-of-death', score: 0.85, regex: /(?<=(?<![\p{L}])(?:TOD|TOB|time\s+of\s+(?:death|birth)|heure\s+(?:du\s+d[ée]c[èe]s|de\s+(?:la\s+)?naissance)|hora\s+(?:de\s+(?:la\s+)?muerte|del\s+(?:fallecimiento|deceso|nacimiento)))\s?(?:was|:|=|-)?\s?)\d{1,2}[:h]\d{2}(?:\s?(?:am|pm))?(?![\p{L}\p{N}])/giu },
  // "your Tuesday 10:40 slot", "mardi à 14h": a weekday and a clock time, a schedule unless whose care it is is said
  { name: 'weekday-time', score: 0.3, regex: new RegExp(`${B}(?:${WEEKDAYS_FULL})\\s(?:at\\s|à\\s|a\\s+las\\s)?\\d{1,2}(?::\\d{2}|h\\d{0,2}|\\s?(?:am|pm))${E}`, 'giu') },
  // Tuesday the 14th, viernes 12, mardi 8 avril
  { name: 'weekday-day', score: 0.35, regex: new RegExp(WEEKDAY_DAY, 'giu') },
  // "he's been with us since Sunday", "llegó el viernes": a weekday alone, tied to a patient event
  { name: 'weekday-event', score: 0.55, regex: new RegExp(`${B}(?:${WEEKDAYS_FULL}|tues|thurs|weds)${E}(?![.,]?\\s(?:the\\s)?\\d)(?!\\s(?:(?:morning|night|evening|afternoon)\\s)?(?:shift|clinic|rounds|huddle|meeting|hours))`, 'giu') },
  // "on the twenty-first", "on the second after a fall": a day of the month in words (weak, like "the 21st")
  { name: 'ordinal-word-day', score: 0.3, regex: new RegExp(`(?<=${B}on\\s)the\\s(?:${ORDINAL_WORDS})(?=\\s*[,.;!]|\\s(?:after|with|at|when|before|in|of\\s(?:${EN_MONTHS})))`, 'giu') },
  // "the twenty-first of December": a day of a named month in words, as strong as "21 December"
  { name: 'ordinal-word-month', score: 0.4, regex: new RegExp(`${B}(?:the\\s)?(?:${ORDINAL_WORDS})\\sof\\s(?:${EN_MONTHS})${E}`, 'giu') },
  // "el veinticinco de mayo", "desde el primero de abril": a Spanish day in words
  { name: 'es-words-day-month', score: 0.4, regex: new RegExp(`${B}(?:${ES_DAY_WORDS})\\sde\\s(?:${ES_MONTHS})${E}`, 'giu') },
  // marzo 15, abril 8 (Latin American order)
  { name: 'es-month-day', score: 0.4, regex: new RegExp(`${B}(?:${ES_MONTHS})\\s(?:[12]\\d|3[01]|0?[1-9])${E}`, 'giu') },
  // in Jan, since March (a month alone: only with strong patient wording); not "in Mayo University Hospital"
  { name: 'month-alone', score: 0.2, regex: new RegExp(`(?<=\\b(?:in|since|from|until|last|en|desde|depuis|en)\\s)(?:${EN_MONTHS}|${EN_ABBR}|${ES_MONTHS}|${FR_MONTHS})${E}(?!\\s+(?:University|Clinic|Hospital|General|Medical|Health|County|Street|Road|Avenue)(?![\\p{L}]))`, 'giu') },
  // "on 11-20", "el 3-12": a dashed day and month only after "on"/"el"/"le" (ranges and doses share the shape)
  { name: 'numeric-short-dashed', score: 0.35, regex: new RegExp(`(?<=\\b(?:on|el|le)\\s)(?:(?:1[0-2]|0?[1-9])-(?:[12]\\d|3[01]|0?[1-9])|(?:1[3-9]|2\\d|3[01])-(?:0?[1-9]|1[0-2]))${NE}`, 'gu') },
];

/** Wording that ties a date to a patient; a context word within the window raises the score. */
export const DATE_CONTEXT = [
  'patient', 'pt', 'pt\'s', 'pts', 'admitted', 'admit', 'admission', 'discharged', 'discharge', 'dc\'d', 'dob', 'd.o.b', 'born',
  'birth', 'died', 'passed', 'death', 'surgery', 'procedure', 'visit', 'follow-up', 'followup', 'seen', 'transferred', 'delivered',
  'diagnosed', 'dx', 'appointment', 'appt', 'he', 'she', 'his', 'her', 'him', 'he\'ll', 'she\'ll', 'swears',
  'visits', 'renewed', 'paid', 'balance', 'acct', 'account', 'bill', 'claim',
  // Service words (chemo, labor, room, baby) name units and events as often as patients: verbs and people only.
  'implanted', 'intubated', 'extubated', 'coded', 'operated', 'came in', 'brought in', 'rang the bell',
  'twins', 'triplets', 'newborn', 'pushed', 'mr', 'mrs', 'ms', 'turns', 'turned', 'él', 'ella',
  'internado', 'internada', 'hospitalizado', 'hospitalizada', 'operado', 'operada', 'señor', 'señora', 'doña',
  'arrivé', 'arrivée', 'arrivait', 'monsieur', 'madame', 'mme', 'admis', 'admise', 'accouché', 'extubé', 'extubée', 'intubé', 'intubée',
  'extubado', 'extubada', 'intubado', 'intubada', 'ingresado', 'ingresada', 'collapsed',
  'rentre', 'rentré', 'rentrée', 'sorti', 'volvió', 'son', 'daughter', 'husband', 'wife', 'grandson', 'granddaughter',
  'quirófano', 'entró', 'operaron', 'abuela', 'abuelo', 'mamá', 'papá', 'mamie', 'papi', 'maman', 'grandma', 'grandpa', 'mum', 'mom', 'dad',
  'père', 'mère', 'entré', 'entrée', 'prayers', 'oraciones', 'prières', 'nan', 'nana', 'lola', 'lolo',
  'paciente', 'nació', 'nacimiento', 'ingresó', 'ingreso', 'alta', 'falleció', 'cirugía', 'llegó', 'cita', 'su',
  'patiente', 'né', 'née', 'naissance', 'hospitalisé', 'hospitalisée', 'sortie', 'décédé', 'décédée', 'opéré', 'opérée', 'rendez-vous',
  // deaths and farewells: "nos dejó el 2 de noviembre", "nous a quittés le 12 février", "passed peacefully on the 11th"
  'came home', 'went home', 'sent home', 'cayó', 'se cayó', 'operamos', 'fell', 'chute', 'caída', 'accident', 'accidente', 'crash', 'follow up', 'bedside',
  'dejó', 'murió', 'se fue', 'partió', 'quittés', 'quittées', 'quitté', 'éteint', 'éteinte', 'parti', 'partie', 'peacefully', 'funeral', 'homegoing', 'funérailles', 'obsèques', 'velorio', 'sepelio',
] as const;

/** Events and schedules: "join Dr. Kim for her talk on May 5 at noon". */
const WALK_IN = /(?<![\p{L}])(?:no\s+appointments?\s+(?:needed|necessary|required)|walk-?ins?\s+welcome|sin\s+cita(?:\s+previa)?|sans\s+rendez-vous)(?![\p{L}])/iu;
const EVENT_NEAR = /(?<![\p{L}])(?:join|rsvp|inaugur\w*|ribbon[\s-]cutting|communiqu[ée]|press\s+release|congress|congreso|congr[èe]s|symposium|simposio|sans\s+rendez-vous|sin\s+cita|vaccin(?:ent|ation|e|es)|vacunaci[óo]n|vacunamos|published|publi[ée]e?|publicad[oa]|register|webinar|grand\s+rounds|class|workshop|seminar|talk|lecture|present(?:s|ing)?|event|fair|drive|closed|celebrat\w*|party|potluck|luncheon|conference|summit|deadline|enrollment|open\s+house|opens|opening|tours?|shower|in\s+stock|clocks|retir\w+|journ[ée]e|portes\s+ouvertes|atelier|conf[ée]rence|inscri\w*|jornada|feria|taller|charla|conferencia|entr[ée]e\s+libre|entrada\s+libre|gratuit\w*|gratis|gratuitamente|free\s+(?:entry|admission)|d[ée]pistage|screening|campa[ñg]n[ae]|campaign|noon|gala|tournament|tournoi|torneo|radiothon|telethon|t[ée]l[ée]thon|walkathon)(?![\p{L}])/iu;
/** A clock time: an event's start in a schedule, or the moment of an incident in a story. */
const TIME_NEAR = /(?<![\p{L}\d])(?:\d{1,2}(?::\d{2})?\s?(?:am|pm)|(?:à|a\s+las)\s+\d{1,2}\s?(?:h(?:\s?\d{2})?|am|pm))(?![\p{L}])/iu;
/** Something that happened to someone at that moment: "3am on 6/12 and a guy walks in", "appelé le 25 décembre à 23h". */
const CLOCK_BEFORE = /(?<![\p{L}\d])(?:\d{1,2}(?::\d{2})?\s?(?:am|pm|h)|[01]\d[0-5]\d|2[0-3][0-5]\d),?\s+(?:on\s+(?:the\s+)?|del\s+|el\s+|le\s+)?$/iu;
const CLOCK_AFTER = /^,?\s+(?:at|à|a\s+las)\s+\d{1,2}(?::\d{2})?\s?(?:h|am|pm)(?![\p{L}])/iu;
/** Someone other than the writer in the sentence. */
const SOMEONE_ELSE = /(?<![\p{L}])(?:he|she|his|her|him|guy|man|woman|lady|kid|pt|patient|fella|bloke|lad|boy|girl|gentleman)(?![\p{L}])/iu;
const INCIDENT_NEAR = /(?<![\p{L}])(?:called|calls|dispatched|snapped|broke|walked\s+out|left\s+AMA|AMA|seized|responded|walk(?:s|ed)\s+in|came\s+in|rolled\s+in|brought\s+in|found|fell|collapsed|crash(?:ed)?|arrest(?:ed)?|extraction|caught|coded|intubated|shot|stabbed|overdosed?|appel[ée]e?s?|intervention|tomb[ée]e?|nous\s+a\s+appel[ée]s|nos\s+llamaron|llamaron|lleg[óo]|se\s+cay[óo]|atendimos)(?![\p{L}])/iu;
/** Words that tie a date to a patient whatever else is near. */
const STRONG_PATIENT = /(?<![\p{L}])(?:pt|pt['’]s|patient|\d+\s?(?:yo|y\/o)|year[- ]old|bed|room|rm|bay|admitted|discharged|dob|born|arrived|delivered|died|passed|surgery|procedure|diagnosed|paciente|patiente|né|née|nació|ingres[óo])(?![\p{L}])/iu;
const PATIENT_SERVICE = /patients?\s+(?:portal|education|experience|safety|advocates?|services|access|parking|registration|satisfaction|lounge|handbook|app)(?![\p{L}])/iu;
const WEEKDAY_BEFORE = /(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\.?,?\s+(?:(?:el|le)\s+)?$/i;

const DOB_BEFORE = /(?:dob|d\.o\.b\.?|date\s+of\s+birth|born|fecha\s+de\s+nacimiento|date\s+de\s+naissance|n[ée]e?\s+le)[^.!?\n\d]{0,10}$/i;

const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const validDay = (month: number, day: number) => month >= 1 && month <= 12 && day >= 1 && day <= MONTH_DAYS[month - 1]!;

/** Either month/day or day/month reads as a real calendar date. */
function plausible(a: number, b: number): boolean {
  return validDay(a, b) || validDay(b, a);
}

export const date: Recognizer = {
  id: 'date',
  categories: ['DATE'],
  context: DATE_CONTEXT,
  recognize({ doc }) {
    const text = doc.text;
    const out: Candidate[] = [];
    const orgPost = ORG_SCHEDULE.test(text) && isOrgPost(text);
    const replyPost = REPLY_OPENING.test(text);
    for (const p of PATTERNS) {
      p.regex.lastIndex = 0;
      for (const m of text.matchAll(p.regex)) {
        const value = m[0];
        const start = m.index;
        const end = start + value.length;
        const before = text.slice(Math.max(0, start - 12), start).toLowerCase();
        if (p.name === 'weekday-day' && /^friday,?\s(?:the\s)?13th$/iu.test(value)) continue; // the idiom, not a date
        if (p.name === 'weekday-day' && /^mon\s0[67]$/u.test(value)) continue; // "m'a demandé mon 06": a French mobile number, not Monday the 6th
        if (p.name === 'weekday-event' && !EVENT_BEFORE_WEEKDAY.test(text.slice(Math.max(0, start - 70), start)) &&
          !(/(?:(?:^|[^\p{L}])(?:on|last|this\s+past|el|le)\s|(?:^|[.!?]\s+|\n\s*))$/iu.test(text.slice(Math.max(0, start - 14), start)) && EVENT_AFTER_WEEKDAY.test(text.slice(end, end + 50)))) {
          // With no event beside it, a weekday is that of a person named beside it ("Cumplió 91 el martes",
          // "lost without it since Tuesday") and noise otherwise: only a named person lifts it, not "she" or "his".
          // "every Tuesday", "todos los viernes", "son bingo du jeudi", "Happy Friday", "the Tuesday crew": a habit or a greeting
          // a short form ("tues", "thurs") counts only beside its event
          if (!/^(?:tues|thurs|weds)$/iu.test(value) && !HABIT_BEFORE_WEEKDAY.test(text.slice(Math.max(0, start - 16), start)) && !HABIT_AFTER_WEEKDAY.test(text.slice(end, end + 16))) {
            // ... or of someone in a numbered bed or room of the same sentence ("The lady in bed 3 on Saturday", not "bed 2 call bell broken since Tuesday")
            const sentence = doc.sentenceAt(start)?.text ?? '';
            const bed = BED_IN_SENTENCE.test(sentence) && SOMEONE_IN_ROOM.test(sentence) && !EVENT_NEAR.test(sentence) && !EVENT_WORDS.test(sentence);
            // ... or the night of an incident told in its sentence ("snapped his tib at the pitches Sunday morning")
            const night = !bed && /^\s+(?:morning|night|nite|evening|afternoon)(?![\p{L}])/iu.test(text.slice(end, end + 12)) && INCIDENT_NEAR.test(sentence) && SOMEONE_ELSE.test(sentence) && !EVENT_NEAR.test(sentence) && !EVENT_WORDS.test(sentence);
            // ... or the day of the care of the one a reply addresses ("see you Thursday for the stitches out")
            const reply = !bed && !night && replyPost && replyCareSentence(sentence);
            const lift = bed ? 0.35 : night || reply ? 0.3 : 0;
            out.push({ start, end, category: 'DATE', score: WEEKDAY_ALONE_SCORE + lift, recognizer: 'date', pattern: 'weekday-alone', ...(bed ? { context: 'a bed or room beside it' } : night ? { context: 'an incident that night' } : reply ? { context: 'the care of the person replied to' } : {}), contextApplied: true });
          }
          continue;
        }
        if (p.name === 'numeric-dmy-mdy') {
          // A mistyped birth date ("DOB as 31/02/1934") still points at the patient's real one.
          if (!plausible(Number(m[1]), Number(m[3])) && !DOB_BEFORE.test(text.slice(Math.max(0, start - 24), start))) continue;
          // "1.2.2025" as a version string, "0.5-1-2" ranges: dotted dates need 4-digit years
          if (m[2] === '.' && m[4]!.length !== 4 && !DOB_BEFORE.test(text.slice(Math.max(0, start - 24), start))) continue;
          if (m[2] === '-' && /(?:ndc|lot|cpt|icd|v)\s?$/i.test(before)) continue;
        }
        if (p.name === 'numeric-short' && value === '24/7') continue; // around the clock
        // "Monday to Friday 7am", "lunes a viernes": the end of a range of opening days
        if ((p.name === 'weekday-time' || p.name === 'weekday-day') && WEEKDAY_RANGE_BEFORE.test(text.slice(Math.max(0, start - 16), start))) continue;
        // "the SEP-1 checklist": the sepsis bundle's name, not September 1st
        if (p.name === 'dashed-month' && /^[A-Z]{3}-\d$/u.test(value) && /^\s+(?:checklist|bundle|measure|compliance|core)(?![\p{L}])/iu.test(text.slice(end, end + 12))) continue;
        if (p.name === 'numeric-short') {
          const [a, b] = value.split('/').map(Number) as [number, number];
          if (!plausible(a, b)) continue;
          // ratings and fractions: "3/10", "10/10 pain", "1/2 tab"
          if (b === 10 && !/(?:on|since|el|le|desde|depuis)\s$/.test(before)) continue;
          if (/^\s?(?:pain|tabs?|dose|mg|ml|of|points?|stars?|x\b)/i.test(text.slice(end, end + 8))) continue;
          // a recipe's or a dose's fraction: "1/2 banana", "1/2 taza de zapallo", "3/4 cup" (a date of the 2nd of January comes after "on")
          if (b <= 4 && a < b && /^\s\p{L}/u.test(text.slice(end, end + 2)) && !DOB_BEFORE.test(before) && !/(?:birthday|bday|b-day|cumpleaños|cumple|anniversaire)\s+(?:is|was|es|est|fue|était)\s$/iu.test(before) && !/(?:on|since|by|until|from|el|le|du|desde|depuis|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|\p{L}+day)\.?,?\s$/u.test(before)) continue;
          if (/(?:bp|b\/p|ratio|score|rated|rating|gcs|apgar|vision|acuity|va|eyes?|sight)\s?:?\s?$/i.test(before)) continue; // "vision 6/6"
          // a thread's counter opening or closing a post's part: "2/4 Fella comes in ...", "... 🧵 1/3", "4/4 Anyway."
          if (a <= b && b <= 25 && ((/(?:^|\n)[\s\p{Extended_Pictographic}\uFE0F]*$/u.test(text.slice(Math.max(0, start - 4), start)) && /^[\s.)\]:]/u.test(text.slice(end, end + 1))) ||
            (/(?:🧵|thread|hilo|fil)\s*[:(]?\s*$/iu.test(before) && /^[\s\p{Extended_Pictographic}\uFE0F.)\]]*(?:\n|$)/u.test(text.slice(end, end + 6))))) continue;
        }
        // "composez le 15", "llame al 112": an emergency number to dial, not a day
        if (p.name === 'article-day' && /(?<![\p{L}])(?:compose[zr]?|faites|appele[zr]?|appelle[zr]?|llam[ae]n?|llamar|marca[rn]?|marquen|dial|call|ring)\s+$/iu.test(text.slice(Math.max(0, start - 14), start))) continue;
        // "Visa 4716 ... exp 09/27", "vence 03/26": a card's expiry, not a day of someone's care
        if ((p.name === 'numeric-short' || p.name === 'numeric-dmy-mdy') && /(?<![\p{L}])(?:exp\.?|expiry|expires?|expiration|valid\s+(?:thru|through|until)|vence|vencimiento|vto\.?|caduca|expire|validit[ée])\s*:?\s*$/iu.test(before)) continue;
        // "Oct 1–31", "Mon–Fri 8–4": a range in a schedule
        if (/^\s?[–-]\s?\d/.test(text.slice(end, end + 3)) && (p.name === 'month-day' || p.name === 'weekday-day' || p.name === 'day-month' || p.name === 'weekday-time')) continue;
        // "this Thursday 10am", "every Monday at 9": a timetable
        if (p.name === 'weekday-time' && /(?:this|next|every|each|ce|cada|todos\s+los|tous\s+les)\s$/iu.test(text.slice(Math.max(0, start - 12), start))) continue;
        const sentence = doc.sentenceAt(start)?.text ?? '';
        // "our colleague Gerry passed away on August 3": a member of staff's date, not a patient's
        if (/(?<![\p{L}])(?:our|my)\s+(?:dear\s+|beloved\s+|former\s+)?(?:colleague|co-?worker|compa[ñn]er[oa]|coll[èe]gue)(?![\p{L}])/iu.test(sentence)) continue;
        // "World Stroke Day (Oct 29)", "Journée mondiale du diabète, 14 novembre", the midwives' "vuestro día (5 de mayo)": an awareness day's own date
        if (/(?:day|week|month|d[íi]a|journ[ée]e|semaine|semana|mois|mes)\s*[(,:–—-]?\s*(?:is\s+|es\s+(?:el\s+)?|est\s+(?:le\s+)?)?$/iu.test(text.slice(Math.max(0, start - 16), start)) && /(?:world|national|international|awareness|mundial|mondiale|internacional|nationale|(?:your|our|vuestro|nuestro|su|votre|notre)\s+(?:day|d[íi]a|journ[ée]e))/iu.test(text.slice(Math.max(0, start - 60), start))) continue;
        // "el 8 de septiembre, día de la Caridad del Cobre": a feast named after its date is that date said again
        if ((p.name === 'named-day' || p.name === 'event-day') && AFTER_A_DATE.test(text.slice(Math.max(0, start - 20), start))) continue;
        // "Happy Veterans Day", "Merry Christmas": a greeting, not a date in someone's story
        if ((p.name === 'holiday' || p.name === 'named-day') && /(?:happy|merry|feliz|joyeux|joyeuse|bonne|buen)\s+$/i.test(text.slice(Math.max(0, start - 10), start))) continue;
        // "home by Christmas", "hasta Navidad": a hope or deadline, not a day of the patient's care ("the Tuesday before Thanksgiving" is one)
        if ((p.name === 'holiday' || p.name === 'named-day') && /(?<![\p{L}])(?:by|until|till|for|hasta|pour)\s+(?:the\s+)?$/iu.test(text.slice(Math.max(0, start - 14), start))) continue;
        if (p.name === 'month-day' || p.name === 'day-month') {
          // "may 5" the modal, "march 3 miles": month words that are also verbs need a capital
          if (/^(?:may|march)/i.test(value.replace(/^\d+\w*\s(?:of\s)?/, '')) && !/^(?:\d+\w*\s(?:of\s)?)?(?:May|March|Mar)/.test(value)) continue;
          if (/^\s?(?:mg|mcg|ml|units?|%|am|pm|hours?|hrs?|minutes?|mins?|days?|weeks?|years?|times?)(?![\p{L}])/iu.test(text.slice(end, end + 9))) continue;
        }
        // "Tuesday March 4", "Saturday, October 11": a weekday before a date reads as a schedule.
        // "our patient portal is down on 3/15": the patient word names a service, not a person; cancel its boost.
        const serviceWord = PATIENT_SERVICE.test(text.slice(Math.max(0, start - 60), start)) ? 0.35 : 0;
        const near = text.slice(Math.max(0, start - 60), Math.min(text.length, end + 40));
        // ... and so is a date in the organisation's own timetable ("La clinique sera fermée le 15 août")
        // "You were triaged at 11:52pm on Nov 9", "I've rebooked you for Friday the 21st": the care of the one a reply addresses
        const replyCare = replyPost && replyCareSentence(sentence);
        const incident = INCIDENT_NEAR.test(near) || INCIDENT_NEAR.test(sentence) || replyCare;
        const eventWord = ((EVENT_NEAR.test(near) || (TIME_NEAR.test(near) && !incident)) && !STRONG_PATIENT.test(near)) || (orgPost && !replyCare) ? 0.3 : 0;
        // "at 2am, Nov 28", "0215 on 8/3", "le 1er mai à 7h": the moment of an incident, to the minute
        const clock = incident && !eventWord && (CLOCK_BEFORE.test(text.slice(Math.max(0, start - 16), start)) || CLOCK_AFTER.test(text.slice(end, end + 14))) ? 0.2 : 0;
        // "on Christmas Eve the fella in bay 3 bed 14 ...": a holiday told of someone in a numbered bed
        // ... and so is a bare numeric day ("Uncle in bed 17 on 12/03")
        const bedHoliday = (p.name === 'holiday' || p.name === 'named-day' || p.name === 'numeric-short') && !eventWord && BED_IN_SENTENCE.test(sentence) && SOMEONE_IN_ROOM.test(sentence) ? 0.3 : 0;
        const score = bedHoliday + clock + (replyCare ? 0.2 : 0) - serviceWord - eventWord + (p.name !== 'ordinal-day' && WEEKDAY_BEFORE.test(text.slice(Math.max(0, start - 12), start)) ? p.score - 0.15 : p.score);
        // "no appointment needed", "sin cita", "sans rendez-vous": a walk-in clinic's day, which its appointment word must not lift
        const walkIn = WALK_IN.test(near);
        out.push({ start, end, category: 'DATE', score, recognizer: 'date', pattern: p.name, ...(walkIn ? { contextApplied: true } : {}) });
      }
    }
    return out;
  },
};
