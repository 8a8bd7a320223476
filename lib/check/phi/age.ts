/**
 * AGE_90_PLUS: Safe Harbor keeps ages up to 89; 90 and over identify. Digits and words in English,
 * Spanish and French: "92yo", "93 y/o", "104-yr-old", "ninety-three year old", "aged 97", "93M",
 * "turned ninety-nine", "Nonna Pia is ninety-six", "Happy 101st birthday", "96 años", "93 ans", "Mr. A, 94, admitted",
 * "in her late 90s", "At ninety, Walter ...". Not "centenarian" or "nonagenarian": writers use them of groups, in
 * hashtags and beside the age itself ("#centenarian", "a nonagenarian aged 94").
 * Never an age of 89 or less, a duration ("90 days", "hace 95 años"), or an institution's
 * anniversary ("Happy 90th birthday to St. Brigid Medical Center").
 */
import type { Candidate, Recognizer } from './recognizer';
import { GIVEN_NAMES, SURNAMES, TITLES, unknownWord } from './name-lexicon';
import { camelWords } from './nearby';

/** 90–119 as digits, never part of a longer number, decimal or ratio. */
const NUM = String.raw`(?<![\p{N}.,/:$#-])(?:9\d|1[01]\d)(?![\p{N}]|[.,]\p{N})`;
const UNITS_EN = String.raw`(?:one|two|three|four|five|six|seven|eight|nine)`;
/** ninety, ninety-three, one hundred (and) one, a hundred and two */
const WORDS_EN = String.raw`(?:ninety(?:[- ]${UNITS_EN})?|(?:one|a)[\s-](?:hundred)(?:[\s-](?:and[\s-])?(?:${UNITS_EN}|ten))?)`;
const WORDS_ES = String.raw`(?:noventa(?:\sy\s(?:uno|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve))?|cien|ciento\s(?:uno|un|dos|tres|cuatro|cinco))`;
/** quatre-vingt-treize; Belgian and Swiss nonante-trois; cent, cent un, cent deux */
const WORDS_FR = String.raw`(?:quatre-vingt-(?:dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf)|nonante(?:-et-un|-(?:deux|trois|quatre|cinq|six|sept|huit|neuf))?|cent(?:\set\sun|-un|[\s-](?:un|deux|trois|quatre|cinq|six|sept|huit|neuf))?)`;
const YEARS_OLD = String.raw`\s?-?\s?(?:yo|y/o|y\.o\.?|yrs?[- ](?:old|young)|years?[- ](?:old|young)|year-old|yr-old)`;
const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;

interface AgePattern {
  name: string;
  regex: RegExp;
  score: number;
  /** capture group holding the age span (default: whole match) */
  group?: number;
}

const PATTERNS: readonly AgePattern[] = [
  // 92yo, 93 y/o, 92-year-old, 104 yr old, 101-year-old
  { name: 'digits-years-old', score: 0.85, regex: new RegExp(`${NUM}${YEARS_OLD}${E}`, 'giu') },
  // ninety-three year old, a hundred and one year old
  { name: 'words-years-old', score: 0.85, regex: new RegExp(`${B}${WORDS_EN}\\s?-?\\s?(?:years?|yrs?)[- ]old${E}`, 'giu') },
  // aged 97, age 93, âgé de 95 ans is below
  { name: 'aged', score: 0.8, group: 1, regex: new RegExp(`${B}(?:aged?|ages|edad|âge)\\s?:?\\s(${NUM}|${WORDS_EN})${E}`, 'giu') },
  // "at 95 she still drives", "À 93 ans elle" is the ans pattern
  { name: 'at-age', score: 0.6, group: 1, regex: new RegExp(`${B}at\\s(${NUM}|${WORDS_EN}),?\\s(?:she|he|they|this\\s+(?:lady|man|woman|gentleman)|my|our|ella|él)${E}`, 'giu') },
  // "Mrs. Klein (92)", "Don Tomás (97)", "Harold (93, 52kg, ...)": an age in brackets after a capitalised name
  { name: 'bracket-after-name', score: 0.55, group: 2, regex: new RegExp(`(?<![\\p{L}\\p{N}])(\\p{Lu}\\p{Ll}[\\p{L}'’-]{0,40})\\s\\((?:(?:yes|yep|s[íi]|oui),?\\s)?(${NUM}|${WORDS_EN}|${WORDS_ES})(?:\\s(?:na|po|yo|y\\/o|yrs?|años|ans)){0,2}(?:[!?.]*\\)|,\\s(?=\\d{2,3}\\s?(?:kg|lbs?)|[MF]\\)|(?:male|female|M|F)[,)]))`, 'giu') },
  // "walked out of rehab at 101 years of age", "died at ninety-two, surrounded by": an age at an event of the person's life
  { name: 'years-of-age', score: 0.85, regex: new RegExp(`${NUM}\\s(?:years?|yrs?)\\sof\\sage${E}`, 'giu') },
  { name: 'at-age-event', score: 0.6, group: 1, regex: new RegExp(`${B}(?:died|passed(?:\\saway|\\son)?|slept|fell\\sasleep|left\\sus|went\\shome|walked\\s(?:out|home)|discharged|delivered|came\\sin|graduated|retired|married|finished|climbed|ran|flew|started)(?![\\p{L}])[^.!?\\n]{0,50}?${B}at\\s(${NUM}|${WORDS_EN})(?=\\s*(?:[,.!;)]|\\p{Extended_Pictographic}|$)|\\s(?:surrounded|after|with|and|in|on|years)${E})`, 'giu') },
  // "Señora de 97 de Lavapiés", "abuela de 102 de Cangas", "el viejito de 99": a person of that age
  { name: 'es-person-of-age', score: 0.7, group: 1, regex: new RegExp(`${B}(?:señora|señor|abuela|abuelo|abuelita|abuelito|viejit[oa]|ancian[oa]|paciente|hombre|mujer|doña|don|vecin[oa]|nena|nene|yaya|yayo|güela|agüela|tata|mam[áa]|pap[áa])\\sde\\s(${NUM}|${WORDS_ES})(?=\\s(?:de|que|con|y|años)${E}|\\s*[,.!])`, 'giu') },
  // "wee retired welder, 93, came in": a lower-case person word, the age, then what they did
  // "a lovely gentleman of 93", "a wee lady of ninety-one": a person described by their age
  { name: 'en-person-of-age', score: 0.7, group: 1, regex: new RegExp(`${B}(?:gentleman|gent|lady|man|woman|fella|fellow|bloke|chap|soul|veteran|resident|patient)\\sof\\s(${NUM}|${WORDS_EN})(?=\\s*(?:$|[,.!;)—–-]|\\s(?:from|who|with|and|in|at|on|still|years)${E}))`, 'giu') },
  { name: 'lowercase-apposition', score: 0.6, group: 1, regex: new RegExp(`${B}\\p{Ll}{3,},\\s(${NUM}),\\s(?:came|comes|was|is|who|admitted|presented|arrived|fell|died|passed|went|walked|lives|living|with|still|told|has|had|an?|retired|former|widow(?:ed|er)?|\\p{Ll}{3,}(?:er|or|ist|man|woman))${E}`, 'gu') },
  // "Josie ... is ninety-three and discharged herself": an age in words after "is" or "was"
  { name: 'is-words', score: 0.6, group: 1, regex: new RegExp(`${B}(?:is|was|turns|turned|be)\\s(${WORDS_EN})(?=\\s+(?:and|but|years)${E}|\\s*[,.!])`, 'giu') },
  // "retired pit deputy from Ashington, 91 — has put on 3kg", "in for her scale and polish — 92, all her own teeth": an age set off by a dash
  { name: 'dash-apposition', score: 0.6, regex: new RegExp(`(?:(?<=\\p{Ll}{3,},\\s)(?<!(?:hr|pulse|sats|spo2|bp|rr|temp|o2|glucose|sugar|score|weight|rate|was|of|at|to|from|and|or),\\s)(${NUM})(?=\\s[—–]\\s)|(?<=[—–]\\s)(${NUM})(?=,\\s(?:all|still|and|sharp|never|her|his|a|an|the|y|et|toujours|siempre)${E}))`, 'giu') },
  // "F, 96, lives alone"
  { name: 'sex-age', score: 0.7, group: 1, regex: new RegExp(`(?:^|[\\s(,;:])[MF],\\s?(${NUM})(?=[,;)]|\\s)`, 'gu') },
  // "our oldest patient, 104, asked", "la abuela, 97, nos"
  { name: 'person-apposition', score: 0.65, group: 1, regex: new RegExp(`${B}(?:patient|pt|resident|man|woman|lady|gentleman|grandma|grandpa|grandmother|grandfather|veteran|paciente|señora|señor|abuela|abuelo|patiente|monsieur|madame|dame|mamie|papy),\\s(${NUM}),\\s`, 'giu') },
  // "Happy 100th to Mr. Lee!"
  { name: 'happy-ordinal', score: 0.7, group: 1, regex: new RegExp(`${B}happy\\s((?:9\\d|1[01]\\d)(?:st|nd|rd|th))${E}(?!\\s(?:birthday|bday|b-day|anniversary))`, 'giu') },
  // 93M, 91F, 93 yo F (age-sex shorthand)
  { name: 'age-sex', score: 0.75, group: 1, regex: new RegExp(`(${NUM})\\s?[MF]${E}`, 'gu') },
  // turned ninety-nine, turns 92, cumplió 95, a eu 93 ans handled by the ans pattern
  { name: 'turned', score: 0.75, group: 1, regex: new RegExp(`${B}(?:turn(?:s|ed|ing)?|reach(?:es|ed)?|cumpli[óo]|cumple|cumplido|cumplir)\\s(?:los\\s)?(${NUM}|${WORDS_EN}|${WORDS_ES})${E}`, 'giu') },
  // "sharp as a tack at ninety-three", "still driving at 95": a person described at that age
  { name: 'described-at-age', score: 0.6, group: 1, regex: new RegExp(`${B}(?:sharp|spry|lucid|independent|driving|dancing|working|walking|fit|alive|active)(?![\\p{L}])[^.!?\\n]{0,24}?${B}at\\s(${NUM}|${WORDS_EN})${E}(?!\\s*(?:%|percent|mg|mmhg|bpm|kg|lbs?|km|mph|degrees|°|min(?:ute)?s?|h(?:ou)?rs?|sec(?:ond)?s?|units|ml|beats|breaths|days|weeks))`, 'giu') },
  // "he passed on the 21st, 91 and still singing": a number with "and still"
  { name: 'and-still', score: 0.6, group: 1, regex: new RegExp(`(?<=[,:]\\s)(${NUM})(?=\\s(?:and|y|et)\\s(?:still|todav[íi]a|toujours|sigue|sigui[óo]))`, 'giu') },
  // "Yesterday was Miss Ivy birthday — 104! 🎉": a birthday and then the age
  { name: 'birthday-dash', score: 0.7, group: 1, regex: new RegExp(`${B}(?:birthday|bday|cumpleaños|cumple|anniversaire)\\s*[—–:-]\\s*(${NUM})(?=\\s*[!.)]|\\s*\\p{Extended_Pictographic}|\\s*$)`, 'giu') },
  // "Feliz cumpleaños noventa y cinco a doña Altagracia", "happy birthday 100 to": a birthday wish with the age
  { name: 'birthday-wish-number', score: 0.7, group: 1, regex: new RegExp(`${B}(?:feliz\\scumpleaños|happy\\sbirthday|happy\\sbday|joyeux\\sanniversaire|bon\\sanniversaire)\\s(?:n[úu]mero\\s|number\\s|#)?(${NUM}|${WORDS_EN}|${WORDS_ES}|${WORDS_FR})${E}(?!\\s(?:years|años|ans)\\s(?:of|de|d['’]))`, 'giu') },
  // Happy 101st birthday, 100th bday (a person's, see invalidate)
  { name: 'ordinal-birthday', score: 0.7, group: 1, regex: new RegExp(`${B}((?:9\\d|1[01]\\d)(?:st|nd|rd|th)|ninetieth|ninety[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|(?:one\\s)?hundredth|(?:one\\s)?hundred(?:\\sand)?[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))\\s(?:birthday|bday|b-day|cumpleaños)${E}`, 'giu') },
  // 96 años, noventa y tres años, 92 abriles, noventa y dos pirulos (Rioplatense)
  { name: 'anos', score: 0.7, regex: new RegExp(`(?:${NUM}|${B}${WORDS_ES})\\s(?:años|añitos|añazos|abriles|primaveras|pirulos|almanaques)${E}`, 'giu') },
  // 93 ans, quatre-vingt-treize ans
  { name: 'ans', score: 0.7, regex: new RegExp(`(?:${NUM}|${B}${WORDS_FR})\\sans${E}`, 'giu') },
  // she's 95, he is 102, who's 91 (not "HR is 95": only after a person pronoun)
  { name: 'is-age', score: 0.6, group: 1, regex: new RegExp(`${B}(?:she['’]s|he['’]s|she\\sis|he\\sis|she\\swas|he\\swas|who['’]s|who\\sis|who\\swas|is\\snow|tiene|ten[íi]a|(?:patient|client|resident|lady|gentleman|gent|man|woman|mum|mom|dad|nan|nana|gran|granny|grandma|grandpa|grandad|neighbou?r|abuela|abuelo|mamie|papy)\\s(?:is|was))\\s(${NUM}|${WORDS_EN})(?=\\s*(?:$|[,.!;)]|\\s(?:and|but|y|et|now|today|years|when|cuando|quand|on|this|next)(?![\\p{L}])))`, 'giu') },
  // "his age (92, checks out)", "your mom (93, the fall on the ice)": an age in brackets after the person or the word "age"
  { name: 'person-bracket', score: 0.65, group: 1, regex: new RegExp(`${B}(?:age|mom|mum|mother|dad|father|grandma|grandpa|nan|nana|granny|wife|husband|abuela|abuelo|mam[áa]|pap[áa]|madre|padre|maman|papa|m[èe]re|p[èe]re|mamie|papy)\\s?\\(\\s?(${NUM})\\s?[,;)]`, 'giu') },
  // "my 90+ lady in 612-B": an age band worn by one person
  { name: 'plus-person', score: 0.6, group: 1, regex: new RegExp(`${B}(?:my|our|this|the|a)\\s(${NUM}\\+)\\s?(?:y\\/?o\\s)?(?:lady|ladies|gent|gentleman|man|woman|patient|pt|guy|fella|sweetheart|resident)${E}`, 'giu') },
  // "my pt mr abe who is 96 gave me": after "who is" or "she's" the number is an age, unless a unit follows
  { name: 'pronoun-is-age', score: 0.6, group: 1, regex: new RegExp(`${B}(?:she['’]s|he['’]s|she\\sis|he\\sis|who['’]s|who\\sis|who\\swas|who\\sturned)\\s(${NUM})(?=\\s+\\p{L})(?!\\s+(?:%|percent|pounds?|lbs?|kg|kilos?|mg|mmhg|bpm|beats|degrees|minutes?|mins?|hours?|hrs|days?|weeks?|months?|miles?|km|cm|inches|over|on|for|in|out|of|at|per|points?|units?|ml|mcg)${E})`, 'giu') },
  // "Nonna Pia is ninety-six", "Walter is 93 and": a person's name, then the age
  { name: 'name-is-age', score: 0.6, group: 2, regex: new RegExp(`(?<![\\p{L}])(\\p{Lu}(?:\\p{Ll}[\\p{L}'’-]{0,40})?)(?:,?\\s(?:is|was|is\\snow)|['’]s)\\s(${NUM}|${WORDS_EN})(?=\\s*(?:$|[,.!;)]|\\s(?:and|but|now|today|years)(?![\\p{L}])))`, 'gu') },
  // "Mr. Abernathy, 94, admitted": an age in apposition after a name
  { name: 'apposition', score: 0.65, group: 1, regex: new RegExp(`(?<![\\p{L}'-])\\p{Lu}[\\p{L}'-]{1,40},\\s(${NUM})(?:\\s?(?:yrs?|years?|ans|años))?,\\s`, 'gu') },
  // "Nora Keaveney, ninety-three, St. Colman's", "kamala aunty, ninety four, sharpest mind": an age in words in apposition, which nothing but an age reads like
  { name: 'words-apposition', score: 0.65, group: 1, regex: new RegExp(`(?<=\\p{L}{2,},\\s)(${WORDS_EN}|${WORDS_ES}|${WORDS_FR})(?=[,;.!)]|\\s(?:years|yrs|años|ans)${E})`, 'giu') },
  // "for her 95th", "su 100º": a birthday ordinal of a person's
  { name: 'possessive-ordinal', score: 0.65, group: 1, regex: new RegExp(`(?:${B}(?:her|his|their|su|son|sa)|(?<=\\p{L}['’]s))\\s((?:9\\d|1[01]\\d)(?:st|nd|rd|th|º|e))${E}(?!\\s(?:percentile|centile|day|visit|admission|time|shift|week|patient|episode|birthday\\s+party\\s+for))`, 'giu') },
  // "91 years and still cussing", "ninety-four years of pure sass", "95 years young"
  { name: 'years-of-life', score: 0.6, group: 1, regex: new RegExp(`${B}(${NUM}|${WORDS_EN})\\s(?:years?|yrs)\\s(?:young|and\\s+still|and\\s+counting|of\\s+(?:pure|sass|wisdom|stories|mischief|love|life|laughter))${E}`, 'giu') },
  // "in her late 90s", "en sus noventa", "dans ses quatre-vingt-dix": a person's decade of 90
  { name: 'decade', score: 0.6, group: 1, regex: new RegExp(`${B}(?<!(?:patients|people|folks|adults|residents|women|men|those|many|pacientes|personas|patients|gens|personnes)\\s)(?:in|en|dans)\\s(?:her|his|their|sus|ses)\\s(?:(?:early|mid|late)[- ])?((?:nineties|90s|90['’]s|noventa|quatre-vingt-dix))${E}`, 'giu') },
  // "At ninety, Walter is ...", "At 95, she": the age opening a sentence about someone
  { name: 'at-age-opening', score: 0.55, group: 1, regex: new RegExp(`(?:^|[.!?]\\s{1,3}|\\n)(?:[Aa]t|[Àà]|[Aa]\\slos)\\s(${NUM}|${WORDS_EN}|${WORDS_ES}|${WORDS_FR})(?:\\sans|\\saños)?,\\s(?:[Ss]he|[Hh]e|[Tt]hey|[Ee]lla|[Éé]l|[Ee]lle|[Ii]l|\\p{Lu}\\p{Ll}+\\s(?:is|was|still|has|had|became|remains|sigue|es|est|a))(?![\\p{L}])`, 'gu') },
  // "#LupeGonzalez100", "#HappyBirthday102", "#102" under a birthday: an age run into a hashtag (see the check below)
  { name: 'hashtag-age', score: 0.6, group: 2, regex: new RegExp(`(?<![\\p{L}\\p{N}_&])#(\\p{L}*)(9\\d|1[01]\\d)(?![\\p{L}\\p{N}_])`, 'gu') },
  // "92 saal ki", "95 sal": Hindi and Urdu "years" in a Hinglish post
  { name: 'saal', score: 0.7, group: 1, regex: new RegExp(`(${NUM})\\s(?:saal|sal|baras|varsh)(?:\\s(?:ki|ka|ke))?${E}`, 'giu') },
  // "mi pt chuy (like 91)", "(como 93 yrs)", "(environ 95 ans)": a guessed age in brackets
  { name: 'approx-bracket', score: 0.6, group: 1, regex: new RegExp(`\\(\\s*(?:like|about|around|maybe|prob(?:ably)?|approx\\.?|~|como|casi|unos|tipo|environ|genre|quasi)\\s?(${NUM})(?:\\s?(?:yrs?|years?|yo|y\\/o|años|ans|something|ish|algo))?\\s*[?!]*\\)`, 'giu') },
  // "si lola Remedios taga Tondo, 93 na pero", "lolo na 90 na taga Batangas": Tagalog "na" (already) after an age
  { name: 'tl-na', score: 0.6, group: 1, regex: new RegExp(`(?:(?<=,\\s)|(?<=(?:lola|lolo|lolang|lolong)\\s(?:na\\s)?))(${NUM})\\sna(?=\\s(?:pero|siya|po|at|ang|taga|si|but|and)${E}|\\s*[,.!])`, 'giu') },
  // "97 and thriving", "94 y sigue": a sentence that opens with the age
  { name: 'sentence-initial', score: 0.55, group: 1, regex: new RegExp(`(?:^|[.!?]\\s{1,3}|\\n|\\p{Extended_Pictographic}\\s{1,3})(${NUM}|${WORDS_EN})\\s(?:and|&|y|et)\\s(?:still\\s)?\\p{L}{3,}`, 'giu') },
];

/** Durations and counts that use the same words: "hace 95 años", "depuis 90 ans", "90 and 95 percent". */
const DURATION_BEFORE = /(?:hace|durante|por|después\sde|desde\shace|depuis|pendant|il\sy\sa|en|for|over|after)\s$/iu;
const GROUP_AFTER = /^\s*(?:\+|and\s+(?:over|older|up|above)|or\s+(?:over|older|more)|-\s?\d|–\s?\d|to\s+\d|y\s+m[áa]s(?!\s+\p{L}+\s+que(?![\p{L}]))|o\s+m[áa]s|et\s+plus(?!\s+\p{L}+\s+que(?![\p{L}]))|ou\s+plus)/iu;
const TITLE_BEFORE = /(?:mr|mrs|ms|miss|sr|sra|don|doña|mme|m|grandma|grandpa|abuela|abuelo)\.?\s$/iu;
const isPersonWord = (word: string, before: string) => GIVEN_NAMES.has(word.toLowerCase()) || SURNAMES.has(word.toLowerCase()) || TITLE_BEFORE.test(before) ||
  TITLES.has(/(\p{L}+)\.?\s$/u.exec(before)?.[1]?.toLowerCase() ?? '') ||
  // a surname after a given name or a title and a name: "Mr. Otis Fairweather (90!)"
  /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)\s$/u.test(before) && (GIVEN_NAMES.has(/(\p{L}+)\s$/u.exec(before)![1]!.toLowerCase()) ||
    TITLES.has(/(\p{L}+)\.?\s\p{Lu}\p{Ll}+\s$/u.exec(before)?.[1]?.toLowerCase() ?? ''));

/** A birthday or a great age named in a hashtag or a post. */
const BIRTHDAY_WORD = /(?:birthday|bday|b-day|cumple|cumpleaños|anniversaire|anniv|centenarian|centenaria|centenario|centenaire|turned|turns|cumpli[óo])/iu;

/** Vital signs and lab values read like ages: "O2 sat at 92", "HR of 104". */
/** A population's figure: "la esperanza de vida llega a 92 años", "life expectancy of 91 years". */
const STATISTIC_BEFORE = /(?:life\s+expectancy|esperanza\s+de\s+vida|esp[ée]rance\s+de\s+vie|average|median|promedio|media|moyenne|mean)(?![\p{L}])[^.!?\n]{0,30}$/iu;
const VITAL_BEFORE = /(?:sats?|spo2|o2|hr|heart\s+rate|pulse|bp|glucose|sugar|bg|temp|rr|weight|wt|score|level|mmhg)[\s:]*(?:at|of|was|is|were|in\s+the)?[\s:]*$/iu;
/** An organisation's anniversary, not a person's birthday. */
const ORG_AFTER = /^[^!?\n]{0,40}(?:center|centre|hospital|clinic|health|medical|university|foundation|society|church|founded|anniversary|inc\b|llc\b|fundaci[óo]n|fondation|h[ôo]pital|cl[íi]nica|clinique|aniversario|anniversaire|centro|universidad|universit[ée]|iglesia|[ée]glise|fundad[oa]|fond[ée]e?)/iu;

/**
 * A teaching case nobody lived: "Board-style Q: a 93-year-old woman on apixaban presents after a fall".
 * Only an indefinite "a 93-year-old" in a post that says it is a quiz or a hypothetical.
 */
const TEACHING_CASE = /(?<![\p{L}])(?:board[- ]style|pop\s+quiz|quiz|hypothetical|vignette|mcq|case\s+challenge|what\s+would\s+you\s+do|cas\s+(?:clinique\s+)?fictif|caso\s+(?:cl[íi]nico\s+)?(?:hipot[ée]tico|ficticio))(?![\p{L}])/iu;
const INDEFINITE_BEFORE = /(?:^|[^\p{L}])(?:an?|un|una|une)\s(?:\p{L}+\s(?:de\s)?)?$/iu;

export const age: Recognizer = {
  id: 'age',
  categories: ['AGE_90_PLUS'],
  recognize({ doc }) {
    const text = doc.text;
    const out: Candidate[] = [];
    const teaching = TEACHING_CASE.test(text);
    for (const p of PATTERNS) {
      p.regex.lastIndex = 0;
      for (const m of text.matchAll(p.regex)) {
        const value = p.group ? m[p.group] : m[0];
        if (!value) continue;
        const start = m.index + m[0].lastIndexOf(value);
        const end = start + value.length;
        const before = text.slice(Math.max(0, start - 24), start);
        if ((p.name === 'anos' || p.name === 'ans') && DURATION_BEFORE.test(before)) continue;
        if (STATISTIC_BEFORE.test(text.slice(Math.max(0, start - 50), start))) continue;
        // "adults aged 90 and older", "ages 90-95", "over 90": a group, not a person
        if (GROUP_AFTER.test(text.slice(end, end + 40)) || /(?:over|under|above|than|mayores\sde|plus\sde)\s$/i.test(before)) continue;
        // "Interstate (95)": only a person's name or a titled word takes an age in brackets
        // "Gordy is 96, a retired ice fisherman": described as a person, whatever the lexicons know of the name
        const described = p.name === 'name-is-age' && /^,\s(?:an?|the|retired|former|widow(?:ed|er)?)\s/u.test(text.slice(end, end + 12));
        // "Arnie's 93, Ingrid's 89": a capitalised word no lexicon knows, then an age, is a name
        const unknownName = p.name === 'name-is-age' && m[1]!.length > 2 && unknownWord(m[1]!.toLowerCase());
        if ((p.name === 'bracket-after-name' || p.name === 'name-is-age') && !described && !unknownName && !isPersonWord(m[1]!, text.slice(Math.max(0, m.index - 12), m.index))) continue;
        if (p.name === 'name-is-age' && m[1]!.length === 1 && !TITLE_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
        // "sats at 92, she was fine", "HR 95 (96)": a vital sign, not an age
        if (VITAL_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index + m[0].indexOf(value)))) continue;
        if (p.name === 'happy-ordinal' && /^\s(?:episode|post|podcast|video|followers?|show|issue|edition|class|cohort)/iu.test(text.slice(end, end + 12))) continue;
        if ((p.name === 'ordinal-birthday' || p.name === 'happy-ordinal' || p.name === 'possessive-ordinal') && ORG_AFTER.test(text.slice(end, end + 60))) continue;
        // "the hospital's 100th", "our unit's 90th": an organisation's years
        if (p.name === 'possessive-ordinal' && /(?:hospital|clinic|unit|ward|center|centre|practice|school|church|team|company|foundation|department|hospice|home|org|society|association|club|city|town|county|state|country)['’]s\s$/iu.test(text.slice(Math.max(0, start - 20), start))) continue;
        // "90 años de la fundación del hospital": an organisation's years
        if ((p.name === 'anos' || p.name === 'ans') && /^\s(?:de|del|d['’]|du|des)\s/iu.test(text.slice(end, end + 6)) && ORG_AFTER.test(text.slice(end, end + 60))) continue;
        if (p.name === 'sentence-initial' && /^\s(?:and|&|y|et)\s(?:percent|por|pour|\p{N})/iu.test(text.slice(end, end + 16))) continue;
        if (teaching && INDEFINITE_BEFORE.test(before)) continue;
        // a hashtag's number is an age only with a birthday in the tag or the post, or a person's name before it in the tag
        if (p.name === 'hashtag-age' && !(BIRTHDAY_WORD.test(m[1]!) || (m[1] === '' && BIRTHDAY_WORD.test(text)) ||
          camelWords(m[1]!).some((w) => GIVEN_NAMES.has(w.toLowerCase())))) continue;
        out.push({ start, end, category: 'AGE_90_PLUS', score: p.score, recognizer: 'age', pattern: p.name });
      }
    }
    return out;
  },
};
