/**
 * LOCATION: geography smaller than a state tied to a patient: street addresses ("1420 W Maple Ave,
 * Apt 3C"), street names ("out on Ridge Rd"), rural roads ("County Rd 14"), ZIP codes ("in 85009"),
 * towns, counties and neighbourhoods after a preposition ("lives in Sun City West", "from Pilsen",
 * "outside Cynthiana", "de Ciudad Juárez", "habite à Lyon"). Weak on their own; patient wording near
 * them (lives, her, pt, admitted, family, su, sa) lifts them over the threshold. States and countries
 * alone, and the organisation's own address or city in a marketing post, are left alone.
 */
import nlp from 'compromise';
import type { Candidate, Recognizer } from './recognizer';
import { EPONYMS, GIVEN_NAMES, SURNAMES, TITLES } from './name-lexicon';
import { clauseBefore, HIRING_POST, isOrgPost, STATE_CODES, STRONG_PATIENT } from './nearby';

const STREET_TYPES = String.raw`(?:St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Blvd|Boulevard|Ln|Lane|Way|Ct|Court|Pl|Place|Pkwy|Parkway|Ter|Terrace|Cir|Circle|Hwy|Highway|Trl|Trail|Cres|Crescent|Sq|Square|Loop|Pike|Cove|Alley|Calle|Avenida|Rue|Chemin|Bridge|Causeway|Lookout|Overpass|Flyover|Bypass|Expressway|Freeway|Turnpike)`;
/** Street words that come before the name in Spanish and French: "Calle Loíza 214", "avenue Foch". */
const STREET_FIRST = String.raw`(?:[Cc]alle|C\/|[Aa]venida|Av\.|Avda\.?|[Cc]arrera|Cra\.?|[Pp]aseo|[Cc]amino|[Cc]allej[óo]n|[Pp]rivada|[Cc]alzada|[Rr]ue|[Aa]venue|[Bb]oulevard|[Cc]hemin|[Aa]ll[ée]e|[Ii]mpasse)`;
/** Connectors inside a Spanish or French street or place name: "Calle de la Paz", "rue du Bac". */
const LINK = String.raw`(?:de|del|la|las|los|el|du|des|le|les|l['’]|d['’])`;
/** Neighbourhood words that name the unit themselves: "colonia Roma Norte", "barrio Santurce", "quartier Saint-Roch". */
const NEIGHBOURHOOD = String.raw`(?:[Cc]olonia|Villa|[Bb]arangay|[Bb]rgy\.?|[Pp]urok|[Ss]itio|[Cc]ol\.|[Bb]arrio|[Bb]arriada|[Ff]raccionamiento|[Ff]racc\.|[Uu]rbanizaci[óo]n|[Uu]rb\.|[Rr]eparto|[Vv]ereda|[Cc]omuna|[Pp]arroquia|[Qq]uartier|[Ff]aubourg|[Cc]it[ée])`;
/** A named lake, mountain or fort is a place smaller than a state: "Lake Guntersville", "Fort Payne". */
const LANDMARK = String.raw`(?:Lake|Mount|Mt\.?|Fort|Ft\.?|Port|Camp|Cape|Lac|Lago|Laguna|Cerro|Isla|Bah[íi]a)`;
const UNIT = String.raw`(?:,?\s(?:Apt|Apartment|Unit|Suite|Ste|#|Lot|Depto|Dpto|Piso|Bât|App)\.?\s?#?[\p{L}\p{N}-]{1,6})?`;
/** One capitalised word of a place name: Maple, O'Fallon, Saint-Denis, Juárez. */
const CAP = String.raw`\p{Lu}[\p{L}'’-]{0,40}`;
const DIR = String.raw`(?:[NSEW]\.?|North|South|East|West)`;
/** A numbered street in a corner: "3rd", "4th". */
const ORDINAL_STREET = String.raw`\d{1,3}(?:st|nd|rd|th)`;
/** One side of a street corner: "Broad", "Oak Park", "3rd" (a weekday after it is the day, not the street: "Oak & Division Thurs"). */
const CORNER_SIDE = String.raw`(?:${CAP}(?:\s(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\p{Ll}*(?![\p{L}]))${CAP})?|${ORDINAL_STREET})`;

interface LocationPattern {
  name: string;
  regex: RegExp;
  score: number;
  /** capture group of the place (default: whole match) */
  group?: number;
}

/** "Tok, Alaska", "Cullman, Alabama": a town then its state, spelled out. */
const US_STATES = String.raw`Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New\sHampshire|New\sJersey|New\sMexico|New\sYork|North\sCarolina|North\sDakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode\sIsland|South\sCarolina|South\sDakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West\sVirginia|Wisconsin|Wyoming`;
const PATTERNS: readonly LocationPattern[] = [
  // 1420 W Maple Ave, Apt 3C / 1423 Oak St: a house number is specific enough to stand alone
  { name: 'street-address', score: 0.5, regex: new RegExp(String.raw`(?<![\p{L}\p{N}])\d{1,6}\s(?:${DIR}\s)?${CAP}(?:\s${CAP}){0,2}\s${STREET_TYPES}(?![\p{L}])${UNIT}`, 'gu') },
  // Calle Morelos 45, Rue de la Paix 12 are rarer; 12 rue de la Paix
  { name: 'fr-address', score: 0.45, regex: /(?<![\p{L}\p{N}])\d{1,4}(?:\sbis)?,?\s(?:[Rr]ue|[Aa]venue|[Bb]oulevard|bd|[Cc]hemin|[Aa]llée|[Ii]mpasse|[Pp]lace)\s(?:(?:de|du|des|la|le|l')\s?){0,2}\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2}/gu },
  // Calle Loíza 214, Santurce / avenida Juárez #45 / rue Oberkampf 12 (number after the name)
  { name: 'street-first-address', score: 0.5, regex: new RegExp(String.raw`(?<![\p{L}])${STREET_FIRST}\s(?:${LINK}\s?){0,2}${CAP}(?:\s(?:${LINK}\s?)?${CAP}){0,2},?\s(?:#\s?|[Nn]o\.?\s|n[°º]\s?|n[úu]m\.?\s)?\d{1,5}[A-Za-z]?(?![\p{L}\p{N}])(?:,\s(?:${NEIGHBOURHOOD}\s)?${CAP}(?:\s${CAP}){0,2}(?![\p{L}]|\.\p{L}))?`, 'gu') },
  // colonia Roma Norte, barrio La Perla, quartier Saint-Roch
  { name: 'neighbourhood', score: 0.4, regex: new RegExp(String.raw`(?<![\p{L}])(?:${NEIGHBOURHOOD}\s(?:${LINK}\s?){0,2}${CAP}(?:\s(?:${LINK}\s?)?${CAP}){0,2}(?![\p{L}])|[Pp]urok\s\d{1,2}(?:-?[A-Z])?(?![\p{L}\p{N}]))`, 'gu') },
  // the Pilsen neighborhood, Eastside projects
  { name: 'neighbourhood-after', score: 0.3, group: 1, regex: new RegExp(String.raw`(?<![\p{L}])(?!(?:The|Our|My|This|That|A)\s)(${CAP}(?:\s${CAP}){0,2})\s(?:neighbou?rhood|subdivision|projects|trailer\spark|housing\s(?:project|complex)|estate|council\sestate)(?![\p{L}]|\s(?:association|watch|council|clinic|health|center|centre))`, 'gu') },
  // Lake Guntersville, Mount Airy, Fort Payne
  { name: 'landmark', score: 0.3, regex: new RegExp(String.raw`(?<![\p{L}])${LANDMARK}\s${CAP}(?:\s${CAP})?(?![\p{L}])`, 'gu') },
  // "BS16 area", "the M14 postcode": a UK postcode district said as an area
  { name: 'postcode-district', score: 0.4, group: 1, regex: /(?<![\p{L}\p{N}])([A-Z]{1,2}\d{1,2}[A-Z]?)\s(?:area|postcode|district)(?![\p{L}])/gu },
  // UK and Canadian postcodes: "PR1 4QS", "SW1A 1AA", "H2X 1Y4" (weak alone; "lives around" lifts them)
  { name: 'postcode', score: 0.4, regex: /(?<![\p{L}\p{N}])(?:[A-Z]{1,2}\d[A-Z\d]?\s\d[ABD-HJLNP-UW-Z]{2}|[ABCEGHJ-NPRSTVXY]\d[A-Z]\s?\d[A-Z]\d)(?![\p{L}\p{N}])/gu },
  // ZIP after a street or town: "1120 Magnolia Ct, 30309", "Decatur, GA 30030"
  { name: 'zip-after-place', score: 0.4, group: 1, regex: /(?<=\p{L}\.?,\s(?:[A-Z]{2},?\s)?|\p{L},?\s[A-Z]{2}\s)(\d{5}(?:-\d{4})?)(?![\p{N}-])(?!\s*(?:units?|mg|mcg|ml|steps|people|patients|calories|feet|ft|miles|km|dollars|usd|views|followers|likes|times|hours|minutes)(?![\p{L}]))/gu },
  // Delmar Ave, Ridge Rd (no house number: weaker)
  { name: 'street-name', score: 0.3, regex: new RegExp(String.raw`(?<![\p{N}]\s?)(?<![\p{L}'’-])(?:${DIR}\s)?(?:${CAP}|\d{1,3}(?:st|nd|rd|th))(?:\s${CAP}){0,2}\s${STREET_TYPES}(?![\p{L}])`, 'gu') },
  // French and interstate roads: "sur la D906", "l'A7", "on I-35"
  { name: 'numbered-road', score: 0.3, group: 1, regex: /(?<![\p{L}])(?:sur\s+la|sur\s+l['’]|de\s+la|(?:on|off|along|near)(?:\s+the)?)\s*((?:[ADNM]|RN|RD|I-)\s?\d{1,4})(?![\p{L}\p{N}])/gu },
  // "a la AC-552 a la altura de Carballo", "en la Ruta 2", "sur la RN7", "en la A-6 km 32": a regional road by its code, a motorway by its milestone
  { name: 'coded-road', score: 0.3, group: 1, regex: /(?<![\p{L}])(?:a|en|por|de|sur)\s+la\s+((?:[A-Z]{1,3}-\d{1,4},?\s(?:km|kil[óo]metro|pk)\s?\d{1,4}|[A-Z]{2,3}-\d{2,4}|Ruta\s\d{1,4}|RN\s?\d{1,4}))(?![\p{L}\p{N}-])/gu },
  // County Rd 14, Route 9, Hwy 30, FM 1960
  { name: 'rural-road', score: 0.45, regex: /(?<![\p{L}])(?:County\s(?:Rd|Road|Route)|Route|Rte|Rt\.?|Hwy|Highway|State\sRoute|SR|CR|FM|Carretera)\s\d{1,4}[A-Z]?(?![\p{L}\p{N}])/gu },
  // Apt 4B, apartment 12, Unit 3C (weak alone)
  { name: 'unit', score: 0.35, regex: /(?<![\p{L}])(?:Apt|Apartment|apt|apartment|Depto|Dpto|Appt|appartement)\.?\s?#?\d{1,5}[A-Za-z]?(?![\p{L}\p{N}])/gu },
  // in 85009, ZIP 85009-1234, code postal 69003
  { name: 'zip', score: 0.5, group: 1, regex: /(?<![\p{L}])(?:in|from|near)[\s:#]{1,3}(\d{5}(?:-\d{4})?)(?![\p{N}-])(?!\s+[a-z])/giu },
  // "to his daughter's place in 46805 and she ...": a ZIP that ends its clause (not "in 10000 patients")
  { name: 'zip-clause', score: 0.5, group: 1, regex: /(?<![\p{L}])(?:in|from|near)\s(\d{5})(?=\s(?:and|but|so|where|when|who|which|after|before|y|et|pero|mais|donde|où)(?![\p{L}]))/giu },
  // zip 43215, pt's zip is 35801, código postal 06700
  { name: 'zip-keyword', score: 0.5, group: 1, regex: /(?<![\p{L}])(?:zip(?:\s?code)?|zipcode|código\spostal|c\.?p\.?|code\spostal)(?:\s(?:is|es|est|was))?[\s:#]{1,3}(\d{5}(?:-\d{4})?)(?![\p{N}-])/giu },
  // "Paterson, NJ", "Decatur, GA 30030": a town named with its state's postal code
  { name: 'town-state', score: 0.4, group: 1, regex: new RegExp(String.raw`(?<![\p{L}])(?<!(?:silver|white|black|red|blue|grey|gray|green|gold|tan|maroon)\s)(${CAP}(?:\s${CAP}){0,2}),\s(?:${STATE_CODES}|${US_STATES})(?![\p{L}\p{N}])(?!\s+(?:tags?|plates?|licen[cs]e|reg(?:istration)?)(?![\p{L}]))`, 'gu') },
  // "Magnus Rendall, Stronsay, CHI 0207411234", "Pius Kundi, Kagamuga — GeneXpert ...": a full name, then a town, then an identifier
  // or a dash, as a record or a request lists a person; weak alone, lifted by the name before it (see the PHI index)
  { name: 'name-comma-town', score: 0.3, group: 1, regex: new RegExp(String.raw`(?<=\p{Lu}\p{Ll}+\s\p{Lu}[\p{L}'’-]+,\s)(${CAP}(?:\s${CAP}){0,2}),?(?=\s(?:[Nn]o\.?|n[°º]|#|CHI|NHS|DOB|MRN|[Dd]riving|[Dd]river['’]?s?|[Ll]icen[cs]e|ID|DNI|SSN|[Mm]edicare|[Mm]edicaid|[Tt]el|[Pp]hone|\+?\d)|\s[—–]\s)`, 'gu') },
  // '..." — Linda Marchetti, Auburn', '» – Ginette Lavoie, Shawinigan': the town in a quoted patient's attribution
  { name: 'testimonial-town', score: 0.5, group: 1, regex: new RegExp(String.raw`(?<=["”»]\s*[—–-]{1,2}\s*\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}\.)?\s\p{Lu}[\p{L}'’-]+,\s)(${CAP}(?:\s${CAP}){0,2})(?![\p{L}\p{N}])(?!,?\s(?:RN|MD|DO|NP|PA|PT|OT|CNA|LPN|BSN|MSN|PhD|DDS|DMD|PharmD)(?![\p{L}]))`, 'gu') },
  // "Tomasz Wiśniewski, 58, of Hamtramck", "Ayşe Yılmaz of Paterson": a person, then the town they are of
  { name: 'person-of-place', score: 0.3, group: 1, regex: new RegExp(String.raw`(?<=\p{Lu}[\p{Ll}'’-]+,?\s|\d{1,3},\s)of\s(${CAP}(?:\s${CAP}){0,2})(?![\p{L}\p{N}])`, 'gu') },
  // "rue des Lilas", "calle de la Amargura", "avenida Insurgentes": a street named without its number
  { name: 'street-first-name', score: 0.3, regex: new RegExp(String.raw`(?<![\p{L}])(?:[Rr]ue|[Cc]alle|[Aa]venida|[Pp]aseo|[Cc]amino|[Cc]hemin|[Aa]ll[ée]e|[Ii]mpasse|[Bb]oulevard|avenue|(?<=(?:le|du|au|dans\sle|sur\sle)\s)rang|[Pp]uente|[Pp]ont|[Rr]oute|[Cc]arretera|[Aa]utopista|[Rr]ambla|[Rr]ocade|[Vv]iaduc(?:to)?|[Rr]otonda|[Gg]lorieta|[Rr]ond-point)\s(?:${LINK}\s?){0,2}${CAP}(?:\s(?:${LINK}\s?)?${CAP}){0,2}(?![\p{L}\p{N}])`, 'gu') },
  // "at Willowbrook House", "lived at Oakleigh Lodge", "au CHSLD Saint-Jude", "en la residencia Los Olivos": where someone lives
  {
    name: 'residence',
    score: 0.35,
    group: 1,
    regex: new RegExp(String.raw`(?<![\p{L}])(?:at|in|lives?\sat|lived\sat|au|à\sla|en\sla|en\sel|dans\sla)\s((?:${CAP}\s){1,3}(?:House|Lodge|Manor|Gardens|Grange|Villas?|Residences?|Court|Care\sHome|Nursing\sHome|Aged\sCare|Rest\sHome|Retirement\s(?:Home|Village)|Assisted\sLiving|Senior\sLiving)|(?:CHSLD|EHPAD|RPA|[Rr][ée]sidence|[Rr]esidencia|[Aa]silo|[Mm]aison\sde\sretraite)\s(?:${LINK}\s?){0,2}${CAP}(?:\s${CAP}){0,2})(?![\p{L}])`, 'gu'),
  },
  // "at Lincoln Elementary", "Ravenswood High", "Kahului Hongwanji": the school or temple a patient goes to
  { name: 'school', score: 0.35, regex: new RegExp(String.raw`(?<![\p{L}])(?:${CAP}\s){1,3}(?:Elementary|Middle\sSchool|High\sSchool|High|Academy|Primary|Hongwanji|Mosque|Masjid|Synagogue|Temple|Baptist(?:\sChurch)?|Methodist(?:\sChurch)?|Parish)(?![\p{L}])`, 'gu') },
  // "from Dovercourt Public School", "a dinner lady at Brixton Hill school": a named school (not a medical or nursing school)
  { name: 'named-school', score: 0.35, regex: new RegExp(String.raw`(?<![\p{L}])(?!(?:The|Our|My|This|That|A|Medical|Nursing|Dental|Law|Business|Summer|Sunday|Night|Graduate|Pharmacy|Residency)\s)(?:${CAP}\s){1,3}(?:(?:Public|Primary|Grammar|Secondary|Catholic|Christian|Junior|Senior|Elementary|Middle|High|Charter|Comprehensive)\s)?[Ss]chool(?![\p{L}])`, 'gu') },
  // "all of Louisa County", "Stoney Creek", "St. Colman's parish": a county, parish or place named by its kind
  { name: 'place-suffix', score: 0.35, regex: new RegExp(String.raw`(?<![\p{L}])(?!(?:The|Our|My|This|That|A|In|At|Of|From)\s)(?:St\.?\s|Saint\s)?(?:${CAP}\s){1,2}(?:County|Parish|parish|Township|Borough|Creek|Valley|Springs|Heights|Falls|Hills|Crossing|Junction)(?![\p{L}]|\s(?:Hall|Council|Church|Center|Centre|Hospital|Medical|Health|Clinic|School|Library|Public|Fair|Board|Commission|Sheriff|Jail|Court|Department|Office|Road|Rd|Street|St))`, 'gu') },
  // "at Broad & Olney", "corner of Delancey and Orchard": a street corner
  // "on Delancey & 3rd", "at Fremont and 4th": a numbered street may stand on either side, and with one "and" is a corner too
  { name: 'intersection', score: 0.4, group: 1, regex: new RegExp(String.raw`(?<![\p{L}])(?:at|on|near|corner\sof|medical,|call,|dispatch(?:ed)?\sto)\s((?:${CORNER_SIDE}\s?&\s?${CORNER_SIDE}|${CORNER_SIDE}\s(?:and|y|et)\s${ORDINAL_STREET}|${ORDINAL_STREET}\s(?:and|y|et)\s${CORNER_SIDE}))(?![\p{L}\p{N}])`, 'gu') },
  // "la esquina de la Carrera 7 con Calle 45", "Calle 45 # 7-20": numbered streets in Colombian and Central American addresses
  { name: 'numbered-calle', score: 0.45, regex: /(?<![\p{L}])(?:[Cc]alle|[Cc]arrera|Cra\.?|Kr\.?|Cl\.?|[Dd]iagonal|[Tt]ransversal|Tv\.?|Dg\.?)\s\d{1,3}[A-Z]?(?:\s(?:con|y)\s(?:[Cc]alle|[Cc]arrera|Cra\.?|Cl\.?|[Dd]iagonal|[Tt]ransversal)\s\d{1,3}[A-Z]?|\s?(?:#|[Nn]o\.?|n[°º])\s?\d{1,3}[A-Z]?\s?-\s?\d{1,3})(?![\p{L}\p{N}])/gu },
  // "the corner of 5th and Main", "esquina de Juárez y Morelos": a street corner said in words
  { name: 'corner', score: 0.4, group: 1, regex: new RegExp(String.raw`(?<![\p{L}])(?:corner\sof|esquina\sde|coin\sde)\s((?:${CAP}|\d{1,3}(?:st|nd|rd|th))(?:\s${CAP})?\s(?:and|y|et)\s(?:${CAP}|\d{1,3}(?:st|nd|rd|th))(?:\s${CAP})?)(?![\p{L}])`, 'gu') },
  // "Paisley born and bred", "Bronx born and raised": where someone comes from
  { name: 'born-and-bred', score: 0.45, group: 1, regex: new RegExp(String.raw`(?<![\p{L}])(${CAP}(?:\s${CAP})?)\s(?:born\sand\s(?:bred|raised)|born\s&\s(?:bred|raised))(?![\p{L}])`, 'gu') },
  // "Lyon 7e", "Paris 15e", "Marseille 13ème": a city's arrondissement
  { name: 'arrondissement', score: 0.4, regex: new RegExp(String.raw`(?<![\p{L}])${CAP}\s\d{1,2}(?:e|er|ème)(?![\p{L}\p{N}])`, 'gu') },
  // "the 48223 zip", "48223 area"
  { name: 'zip-before-word', score: 0.5, group: 1, regex: /(?<![\p{L}\p{N}-])(\d{5})\s(?:zip|zip\s?code|area\scode)(?![\p{L}])/giu },
  // lives in Sun City West, from Pilsen, outside Cynthiana, de San Isidro, à Lyon, north of Elkton, dans Rosemont, il habite Pikine
  // "Lou-Anne, 7 ans, d'Épernay", "Maximina, 98 años, de Riaño", "Ted, 91, from Ely": where someone is from, glossed after their age
  { name: 'age-then-origin', score: 0.5, group: 1, regex: new RegExp(String.raw`(?<=(?:\p{Lu}\p{Ll}+,\s\d{1,3}|[\p{L}-]+\s(?:ans|años|years\sold|yo)|\d{1,3}\s?(?:ans|años|yo|y\/o|years\sold)),\s(?:de\s|d['’]|from\s|of\s)|(?:patiente?|homme|femme|monsieur|dame|paciente|señora?|hombre|mujer)\sde\s\d{1,3}\s(?:ans|años)\s(?:de\s|d['’]))(${CAP}(?:\s(?:(?:de|del|la|sur|en|le)\s)?${CAP}){0,2})(?![\p{L}\p{N}])`, 'gu') },
  // "Pappu ji, Ghaziabad se, bola ...", "Kamla Devi, 92 saal ki, Lajpat Nagar se.": Hindi "se" (from) after a town, in apposition
  { name: 'hi-se', score: 0.5, group: 1, regex: /(?<=,\s)(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\sse(?=\s*[,.!]|\s(?:aaya|aayi|aaye|aai|aayi|hai|hain|tha|thi|bola|boli|bole)(?![\p{L}]))/gu },
  // "Out to Belmullet today to see Nóra", "up to Heptonstall again to redress Arthur's legs", "Bajé a Baños a ver a Nube",
  // "from out Enniscrone way", "a cattle farmer out Kyogle way": the town a person lives out by
  { name: 'out-way', score: 0.5, group: 1, regex: new RegExp(String.raw`(?<![\p{L}])(?:from\s+)?out\s+(${CAP}(?:\s${CAP})?)\s+way(?![\p{L}])`, 'gu') },
  // "Dressing clinic out at Ruatoria today", "home visit out at nimbin today", "Ronda rural a Putre", "tournée du matin à jambes :",
  // "job in goonellabah tonight": a round or a call-out to where a patient is (a lower-case town only with its day right after)
  { name: 'round-visit', score: 0.5, group: 1, regex: new RegExp(String.raw`(?<![\p{L}])(?:(?:[Vv]isits?|[Cc]linic|[Rr]ounds?|[Jj]ob|[Cc]all)\s+out\s+(?:at|to|in)|[Rr]onda(?:\s+rural)?\s+(?:a|en|por)|[Tt]ourn[ée]e(?:\s+du\s+(?:matin|soir))?\s+(?:à|a|au))\s+(${CAP}(?:\s${CAP}){0,2}(?![\p{L}])|\p{Ll}{4,20}(?=\s*(?:today|tonight|this\s+morning|last\s+night|hoy|ce\s+matin|:)))`, 'gu') },
  { name: 'round-visit', score: 0.5, group: 1, regex: new RegExp(String.raw`(?<![\p{L}])(?<!(?:[Oo]ur|[Mm]y|new|a|[Tt]he)\s)(?:[Jj]ob|[Cc]all[- ]out|[Ss]hout)\s+(?:in|at|to)\s+(${CAP}(?:\s${CAP}){0,2}|\p{Ll}{4,20})(?=\s*(?:today|tonight|this\s+morning|last\s+night))`, 'gu') },
  // "Monté au-dessus d'Evolène pour Firmin": the town a home visit goes to
  { name: 'visit-trip', score: 0.5, group: 1, regex: new RegExp(String.raw`(?<![\p{L}])(?:(?:[Oo]ut|[Uu]p|[Dd]own|[Oo]ver|[Dd]rove|[Dd]rive|[Dd]riving|[Hh]eaded|[Ww]ent)\s+(?:out\s+|up\s+|down\s+)?to|[Bb]aj[ée]|[Ss]ub[íi]|[Ss]ubimos|[Bb]ajamos|[Ff]ui|[Ff]uimos|[Ll]legu[ée]|[Ll]legamos|[Mm]ont[ée]e?s?|[Dd]escendue?s?|[Aa]ll[ée]e?s?)\s+(?:a\s+(?:la\s+(?:aldea|comunidad|vereda)\s+|el\s+caser[íi]o\s+)?|à\s+|au-dessus\s+d['’]|jusqu['’]à\s+)?(${CAP}(?:\s(?:(?:de|del|la|sur|en|le)\s)?${CAP}){0,3})(?=(?:\s+(?:today|this\s+morning|tonight|again|yesterday|hoy|ayer|ce\s+matin|hier))?,?\s+(?:to\s+(?:see|check\s+on|visit|redress|dress|change|fit|help|do)|a\s+(?:ver|curar(?:le)?|visitar|vacunar|atender|revisar)(?:\s+a)?|pour|voir)\s+(?:(?!(?:Mum|Mom|Dad|Nan|Nana|Gran|Grandma|Grandpa|Papa|Mama|Maman|Papá|Mamá|Louvre|the)(?![\p{L}]))\p{Lu}|(?:her|him|them|mrs|mr|miss|nan|granny|the\s+(?:family|patient|baby|lady|man|couple|twins)|a\s+(?:patient|lady|man|client|family)|our\s+(?:patient|lady|man|client|old)|la\s+(?:señora|abuela|paciente)|el\s+(?:señor|abuelo|paciente)|(?:tío|tía|doña|don|mamie|papy|mme|m\.)\s)(?![\p{L}])))`, 'gu') },
  {
    name: 'place-after-preposition',
    score: 0.25,
    group: 1,
    regex: new RegExp(String.raw`(?<![\p{L}])(?:(?:in|from|frae|fae|taga|outside|near|around|round|past|beyond|out\sof|(?:stay|stays|dey)\sfor|a\sla\saltura\sde|(?:north|south|east|west)\sof|(?:town|village|hamlet|island|township)\sof|(?:home|back|moved|drove|headed|transferred|returned)\sto|en|de|desde|cerca\sde|hacia|à|aux|près\sde|du|dans|depuis|vers|habite|habitait|r[ée]side|lives|staying|stays)\s(?:the\s)?|(?<=(?:ruelle|rue|quartier|ville|village|banlieue|originaire|Originaire|venant|Venant|venue?|Venue?|arriv[ée]e?|Arriv[ée]e?|coin|r[ée]gion|cit[ée]|commune|habitante?|patient|patiente|monsieur|madame|dame|homme|femme|enfant|b[ée]b[ée]|gamin|gamine|petit|petite|jeune|famille|fils|fille|mamie|papy|grand-m[èe]re|grand-p[èe]re|vieux|vieille|[ée]tang|lac|plage|col|mont)s?\s|(?<=(?:^|[^\p{L}])(?:M|Mme|Mlle|Madame|Monsieur)\.?\s\p{Lu}[\p{L}-]+\s|(?:petit|petite|jeune|b[ée]b[ée])\s\p{Lu}[\p{L}-]+\s|(?:^|[^\p{L}])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s))d['’])((?:${CAP})(?:\s(?:(?:de|del|la|las|los|sur|en|le|les)\s){0,2}(?:${CAP})){0,3})(?![\p{L}\p{N}])`, 'gu'),
  },
];

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon; // untyped model
const tagsOf = (w: string): string[] => {
  const t = lexicon[w.toLowerCase()];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
};

/** Words after a preposition that are not places (people, months, units, institutions, headings). */
const NOT_PLACE = new Set(`
  january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
  monday tuesday wednesday thursday friday saturday sunday today tonight i my our his her the a an this that
  christmas xmas easter thanksgiving halloween diwali eid ramadan hanukkah navidad pascua noël noel pâques toussaint
  icu ed er or pacu nicu picu uci english spanish french god dr mr mrs ms miss dieu dios allah jésus jesus bondye
  enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
  janvier février mars avril mai juin juillet août septembre octobre novembre décembre
  hospice peds pediatrics surgery ortho psych rehab triage recovery dialysis labor delivery maternity nursery
  telemetry tele stepdown med-surg cath endo medicine emergency urgent primary family internal imaging lab labs
  bed beds room rooms bay bays ward wards cubicle chair theatre theater resus majors minors side-room
  pharmacy medicare medicaid tricare mychart epic cerner quest labcorp cvs walgreens walmart target costco
  kroger publix safeway aldi lidl tesco sainsbury's asda starbucks dunkin mcdonald's wendy's subway kmart
  spanish english french portuguese arabic chinese mandarin vietnamese creole asl igbo yoruba hausa twi swahili tagalog
  hindi urdu punjabi bengali tamil somali amharic haitian patois
  healthcare nursing finance education retail construction manufacturing hospitality insurance tech
  europe asia africa america americas caribbean midwest northeast southeast southwest northwest appalachia
  scandinavia oceania antarctica latinoamérica latinoamerica europa áfrica
  bretagne normandie provence alsace corse occitanie bourgogne
  nouvel noël noel navidad pâques pascua réveillon saint-sylvestre
  brgy purok sitio
  instagram facebook tiktok youtube twitter linkedin reddit threads bluesky mastodon whatsapp snapchat telegram google zoom teams
  nord norte ouest oeste
  sanofi lilly pfizer novo merck astrazeneca gsk bayer roche novartis abbvie amgen moderna janssen teva viatris
`.trim().split(/\s+/));
/** A disease, a bank account or a hospital service "of" something: what follows names it, not a town. */
const NOT_PLACE_OF = /(?<![\p{L}])(?:syndrome|s[íi]ndrome|maladie|enfermedad|mal|signe|signo|sign|disease|test|score|[ée]chelle|escala|scale|crit[èe]res|criterios|classification|clasificaci[óo]n|mini-mental|man[œo]uvre|maniobra|loi|ley|r[èe]gle|regla|renouvellements?|renovaci[óo]n|recetas?|ordonnances?|prescriptions?|doses?|dosis|bo[îi]tes?|cajas?|comprim[ée]s?|pastillas?|tabletas?|caps(?:ules?|ulas)?|sobres?|sachets?|ampoules?|ampollas?|cuenta|compte|banco|banque|bank|equipo|[ée]quipe|servicio|service|departamento|d[ée]partement|unidad|unit[ée]|planta|p[ôo]le)\s+(?:de|du|des|del|of|d['’])\s*(?:la\s+|el\s+|the\s+)?$/iu;
/** Areas larger than a state: continents and multi-state regions. */
const BROAD_REGION = new RegExp(String.raw`^(?:(?:North|South|Central|Latin)\s+America|Middle\s+East|New\s+England|Puerto\s+Rico|Am[ée]rica\s+(?:Latina|del\s+(?:Sur|Norte)|Central)|Pacific\s+Northwest|Deep\s+South|(?:Alabama\s+|Mississippi\s+|Texas\s+|Florida\s+)?Gulf\s+Coast|Mississippi\s+Delta|Navajo\s+Nation|Rust\s+Belt|Bible\s+Belt|Midwest|Appalachia|` +
  // countries in Spanish and French, which compromise does not tag
  String.raw`Estados\s+Unidos|[ÉE]tats-Unis|EE\.?\s?UU\.?|Reino\s+Unido|Royaume-Uni|M[ée]xico|Mexique|Canad[áa]|Ha[ïi]t[íi]?|Rep[úu]blica\s+Dominicana|R[ée]publique\s+dominicaine|Guatemala|Honduras|El\s+Salvador|Nicaragua|Costa\s+Rica|Panam[áa]|Colombi[ae]|Venezuela|Ecuador|[ÉE]quateur|Per[úu]|P[ée]rou|Bolivi[ae]|Chil[ei]|Argentin[ae]|Uruguay|Paraguay|Cuba|Espa[ñn]a|Espagne|Francia|Alemania|Allemagne|Italia|Italie|Marruecos|Maroc|Alg[ée]rie|Argelia|T[úu]nez|Tunisie|S[ée]n[ée]gal|Filipinas|Inglaterra|Angleterre|Escocia|[ÉE]cosse|Irlanda|Irlande|Brasil|Br[ée]sil)$`, 'u');
/** Hospital services and product names: "from Cardiology", "in Pre-op", "in MyChart". */
const SERVICE_SHAPE = /(?:olog(?:y|ie|ía)|iatrics|(?:^|-)op)$|^(?:pre|post)-?op/iu;

/** Institutions: "in Riverbend Health", "from St. Brigid Medical Center" are not a patient's place. */
const INSTITUTION = /(?:^|\s)(?:Cruz\s+Roja|Trabajo\s+Social|Servicio\s+Social|Consulta\s+Externa|Service\s+social|Dental|Dentistry|Orthodontics|Pediatrics|Urgent\s+Care|Physiotherapy|Physio|Chiropractic|Wellness|Rehab|Associates|Partners|Salud|Sant[ée]|Ambulatorio|Consultorio|Cabinet|Croix-Rouge|Red\s+Cross|Seguro\s+Social|Health|Hospital|Clinic|Clínica|Clinique|Polyclinique|Policl[íi]nica|Policl[íi]nico|H[ôo]pital|Hospitalier|Hospitali[èe]re|Center|Centre|Medical|Pharmacy|Care|University|College|School|Forum|Conference|Church|Children['’]s|Lodge|Society|Foundation|Institute|Program|Unit|Team|Awareness|Month|Day|Week|Department|Room|Lobby|Atrium|Hall|Building|Floor|Wing|Suite|Memorial|General|Regional|Construction|Constructions|Transport|Transports|Plumbing|Electric|Roofing|Motors|Insurance|Assurances|Inc|Ltd|LLC|Ltée|Inc\.|S\.A\.)(?:[\s,.]|$)/u;

/** The organisation talking about its own premises: "now open in Dublin", "visit us at", "our clinic on Elm St". */
const ORG_BEFORE = /(?<![\p{L}])(?:now\s+open|open(?:ing)?\s+in|located|join\s+us|visit\s+us|come\s+see\s+us|our\s+(?:new\s+)?(?:clinics?|offices?|locations?|hospitals?|campus|pharmacy|practice)|(?:referrals|enquiries|inquiries|bookings|contact)\s?:|nuestr[ao]s?\s+(?:cl[ií]nicas?|oficinas?|centros?|hospital|consultorios?)|notre\s+(?:clinique|cabinet|centre|h[ôo]pital))(?![\p{L}])/iu;

/** Someone found, living or falling somewhere: "ingresó a nuestro hospital, lo encontraron en la colonia ...". */
const PERSON_EVENT = /(?<![\p{L}])(?:found|lives|lived|fell|collapsed|encontr(?:aron|amos|ado|ada)|vive|viv[íi]a|cay[óo]|trouv[ée]e?|habite|tomb[ée]e?)(?![\p{L}])/iu;
/** The organisation's own premises before the place, unless a person's event comes between them. */
function orgBefore(clause: string): boolean {
  // "at our Macon office, 1420 Forsyth Rd": the premises named right before their address
  if (/(?<![\p{L}])our\s+(?:\p{L}+\s+){1,2}(?:clinic|office|location|hospital|campus|pharmacy|practice|surgery|centre|center)\s*[,:—–-]?\s*$/iu.test(clause)) return true;
  const m = ORG_BEFORE.exec(clause);
  return !!m && !PERSON_EVENT.test(clause.slice(m.index + m[0].length));
}

/** A clinician's or a practice worker's job, in the three languages: the writer's own, before their workplace's town. */
const PROFESSION = String.raw`(?:nurses?|rns?|lpns?|nps?|paramedics?|medics?|emts?|doctors?|gps?|physicians?|consultants?|registrars?|residents?|interns?|surgeons?|midwi(?:fe|ves)|pharmacists?|dentists?|hygienists?|therap(?:ist|y)s?|physios?|psych(?:ologist|iatrist)?s?|telepsych|counsel+ors?|social\s+workers?|practice\s+managers?|receptionists?|secretar(?:y|ies)|carers?|hca|urgentistes?|infirmi(?:er|[èe]re)s?|m[ée]decins?|g[ée]n[ée]ralistes?|sages?-femmes?|kin[ée]s?|kin[ée]sith[ée]rapeutes?|psychologues?|secr[ée]taires?|pharmacien(?:ne)?s?|ambulanci(?:er|[èe]re)s?|aides?-soignantes?|enfermer[oa]s?|m[ée]dic[oa]s?|doctora|matronas?|farmac[ée]utic[oa]s?|auxiliar(?:es)?|fisioterapeutas?|psic[óo]log[oa]s?|odont[óo]log[oa]s?|dentistas?|param[ée]dic[oa]s?|t[ée]cnic[oa]s?|doctoras?|parteras?|sages-femmes|intern[oa]s?|residentes?|estudiantes?|students?|[ée]tudiante?s?|externes?|esi|radiographers?|sonographers?|optometrists?|audiologists?|dietitians?|chaplains?|interpreters?|int[ée]rpretes?|interpr[èe]tes?|hospitalists?|hospitalistes?|hospitalistas?|travell?ers?|aides?|cnas?|lvns?|rts?|techs?|terapistas?|t[ée]cnicas?|travel\s+nurses?|infirmi[èe]re\s+(?:praticienne|auxiliaire))`;

/** What puts the staff, the writer or their colleagues in a place, right before it: "our ward in Leeds", "Saludos desde La Ceiba". */
const WRITER_PLACE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:(?:team|staff|crew|unit|ward|hospital|clinic|practice|office)\s+(?:in|from|at)|(?:saludos?|greetings|love|cheers|bisous|salutations|abrazos|besos)\s+(?:desde|from|de|depuis)|(?:soy|somos|I['’]m|I\s+am|we\s+are|je\s+suis|nous\s+sommes|t['’]es|tu\s+es|eres)\s+(?:an?\s+|une?\s+|una?\s+)?(?:[\p{L}-]+\s+){0,2}?${PROFESSION}(?:,?\s+[\p{L}\d'’(),-]+){0,8}?\s+(?:en|in|at|à|au|de|d['’]|of|out\s+of|based\s+in|outside|near)|(?:stage|rotation|rotaci[óo]n|placement|internado|internat|externat|contract|assignment|stint)(?:\s+[\p{L}'’-]+){0,5}?\s+(?:en|in|at|à|au)|(?:trabajo|trabaj[ée]|I\s+work|I\s+worked|I['’]ve\s+(?:since\s+|also\s+)?worked|we\s+work|je\s+travaille|je\s+pratique|I\s+practi[cs]e|practico|ejerzo|I['’]ve\s+been\s+an?)(?:\s+(?!(?:with|con|avec|for\s+(?:a|an|his|her))\s)[\p{L}'’-]+){0,8}?\s+(?:en|in|at|à|au)|(?:nac[íi]|crec[íi]|I\s+was\s+born|I\s+grew\s+up|je\s+suis\s+n[ée]e?|j['’]ai\s+grandi)\s+(?:en|in|à|au)|(?:llegu[ée]|I\s+came|je\s+suis\s+arriv[ée]e?)\s+(?:de|from|d['’])|(?:como|as\s+an?|comme)\s+${PROFESSION}(?:\s+[\p{L}'’-]+){0,2}?\s+(?:en|in|à|au)|(?:miles|hours?|km|minutes|horas|heures)\s+(?:away\s+)?(?:in|en|à)|(?:coll[èe]gues?|colegas?|colleagues?|grupo|group|mam[áa]s|moms|(?:ma|mi|my|our|notre|nuestra)\s+(?:communaut[ée]|comunidad|community))(?:\s+[\p{L}-]+)?\s+(?:de|d['’]|of|from|in|en|à)|(?:mi|my|mon|ma|notre|our|nuestra?)\s+(?:[\p{L}-]+\s+){0,2}?(?:oficina|office|consultorio|cabinet|farmacia|pharmacy|pharmacie|cl[íi]nica|clinic|clinique|practice|pr[áa]ctica)(?:\s+[\p{L}-]+){0,2}?\s+(?:en|in|on|à|au|at)|(?:abr[íi]|opened|j['’]ai\s+ouvert)\s+(?:la|el|my|mon|ma|mi)\s+(?:oficina|office|consultorio|cabinet|farmacia|pharmacy|pharmacie|cl[íi]nica|clinic|clinique|practice)\s+(?:en|in|on|à|au|at))\s+(?:(?:la|el|le|les|los|the)\s+)?$`, 'iu');

/**
 * A clause that opens on the writer's job, then where it is done: "Pharmacist in Biloxi, 19 years.", "Hospice nurse, 8 years,
 * outside Tyler TX", "Hilo de una hospitalista en Tucson", "Fil 🧵 — hospitaliste franco-ontarienne à Ottawa".
 */
const ROLE_CLAUSE = new RegExp(String.raw`^[\s\p{Extended_Pictographic}\uFE0F—–:-]*(?:[\p{L}]+:\s*)?(?:(?:hilo|fil|thread)(?:\s+corto)?\s+(?:de|d['’]|from)\s+)?(?:an?\s+|une?\s+|una?\s+)?(?:(?!(?:his|her|their|my|our|patient|pt|paciente|patiente|su|sa|son|mi|ma|mon)\s)[\p{L}-]+\s+){0,2}?${PROFESSION}(?:\s+(?:life|here|now))?(?:,?\s+(?!(?:my|his|her|their|patient|pt|lady|man|woman|guy|gentleman|gent|she|he|him|mi|su|sa|son|ma|mon)\s)[\p{L}\d'’-]+){0,6}?,?\s+(?:in|at|à|au|en|outside|near|out\s+of|based\s+(?:out\s+of|in))\s+(?:the\s+|la\s+|el\s+|le\s+)?$`, 'iu');

/** A profession that opens a post, before the writer's own town: "Paramedic in North Devon.", "GP partner in Bristol, sanity check", "Psychologue libérale à Lyon." */
const WRITER_ROLE = new RegExp(String.raw`(?<![\p{L}])${PROFESSION}(?![\p{L}])`, 'iu');
/** A post that opens on the writer's job alone, then where they work: "Pharmacist in ", "Une infirmière à ". */
const BARE_ROLE = new RegExp(String.raw`^\s*(?:an?\s+|une?\s+)?(?:[\p{L}-]+\s+)?${PROFESSION}\s+(?:in|at|à|au|en|de)\s+$`, 'iu');
function writerIntro(text: string, start: number, place: string): boolean {
  // a Reddit-style title line first ("**Weirdest forged script**", "# Help") does not count: the intro is the body's opening
  const heading = /^(?:\*\*[^\n]{1,120}\*\*|#{1,3}\s[^\n]{1,120}|\[[^\]\n]{1,40}\][^\n]{0,120})\s*\n+/u.exec(text);
  const from = heading && heading[0].length <= start ? heading[0].length : 0;
  // a city big enough to be common knowledge ("Bristol", "Lyon"); a small town ("Plougastel-Daoulas") still narrows the patients down
  const before = text.slice(from, start);
  // ... or any town right after a bare job title opening the post ("Pharmacist in Tucson, chain store.")
  if (start - from > 90 || !(BARE_ROLE.test(before) || tagsOf(place).includes('City'))) return false;
  // the opening words only: a place later in a long first line is the story's
  if (before.trim().split(/\s+/).length > 8) return false;
  return !/[.!?\n]/.test(before.trimEnd().slice(0, -1)) && /(?:in|at|à|au|en|de|from)\s+(?:the\s+|la\s+|el\s+|le\s+)?$|,\s*$/iu.test(before)
    && WRITER_ROLE.test(before) && !STRONG_PATIENT.test(before)
    // "Our HCA Siobhán's dad Pat Twomey from": someone else's town
    && !/['’]s\s|\s\p{Lu}\p{Ll}/u.test(before);
}

/** The writer signing off with their job and town: "Julien, pharmacien à Clermont-Ferrand #pharmacie", "Hannah, Diagnostic Radiographer, Preston". */
const SIGN_OFF_ROLE_BEFORE = new RegExp(String.raw`(?:^|\n|[.!?]\s+|[—–~-]\s*)\p{Lu}[\p{Ll}'’-]+,\s+(?:[\p{L}'’-]+\s+){0,3}?${PROFESSION}(?:\s+[\p{L}'’-]+){0,2}?(?:\s+(?:à|in|at|en|de|from|au)|,)\s+$`, 'iu');
const SIGN_OFF_END = /^[\s\p{Extended_Pictographic}\uFE0F\u200D\p{Regional_Indicator}.!]*(?:(?:#[\p{L}\p{N}_]+|@[\w.]+)[\s\p{Extended_Pictographic}\uFE0F.!]*)*$/u;
/** Someone's origin right before a town: "es de Santoña", "viene de Pasto", "he's from Ballina", "elle vient de Plouha". */
const ORIGIN_BEFORE = /(?<![\p{L}])(?:(?:es|era|son|eran|viene|ven[íi]a|vienen)\s+de|(?:is|was|he['’]s|she['’]s|comes|came|hails)\s+from|(?:vient|venait|viennent)\s+(?:de|d['’]))\s?$/iu;
/** Events the organisation runs somewhere: "5K starts at 200 Park Ave", "health fair at Lake Nona". */
const EVENT_NEAR = /(?<![\p{L}])(?:join|rsvp|ribbon[\s-]cutting|grand\s+opening|congress|congreso|congr[èe]s|symposium|simposio|marche\s+annuelle|marcha|caminata|register|webinar|class|workshop|seminar|talk|lecture|event|fair|drive|fundraiser|5k|10k|walk|run|race|gala|conference|summit|open\s+house|screening|clinic\s+day|tickets?|free|parking|shuttle|entrance|feria|jornada|inscr[íi]bete|inscrivez|journ[ée]e\s+(?:portes|de|du|mondiale|nationale)|salon|drill|all\s+staff|training|huddle|meeting|vacation|vacaciones|vacances)(?![\p{L}])/iu;
/** A child right before a school's name. */
const CHILD_NEAR = /(?<![\p{L}])(?:kid|kiddo|child|student|boy|girl|son|daughter|grader|niñ[oa]|alumn[oa]|hij[oa]|élève|fils|fille)s?(?![\p{L}])/iu;
/** A capitalised given name right before "from (the)": the place is that person's. */
/** "Kid from Yeppoon", "the lady from Feeny", "un chico de Manrique": a person, by the word for them, then their town. */
const PERSON_NOUN_FROM = /(?:^|[^\p{L}])(?:kid|child|boy|girl|lady|gentleman|bloke|fella|lad|lass|wee\s+one|young\s+(?:man|woman|one)|old\s+(?:man|woman|boy|girl|fella)|woman|pt|patient|granny|grandad|grandpa|grandma|toddler|teen|teenager|baby|chico|chica|niño|niña|nene|nena|pelao|pelada|señora|señor|muchacho|muchacha|abuelo|abuela|gamin|gamine|monsieur|dame|mamie|papy|man\s+in|fella\s+in|rancher|farmer|fisherman|lobsterman|welder|miner|trucker|roofer|logger|shepherd|crofter|stockman|shearer|roughneck|postie|pescador[a]?|agricultor[a]?|campesin[oa]|ganader[oa]|comuner[oa]|pelad[oa]|camioner[oa]|p[êe]cheur|agricult(?:eur|rice)|[ée]leveu(?:r|se)|berg[eè]re?|mineur)\s+(?:from|de|frae|fae|out\s+of|d['’])\s*(?:the\s+)?$/iu;
const PERSON_FROM = new RegExp(String.raw`(?:^|[^\p{L}])(?:(\p{L}+)\.?\s+)?(\p{Lu}[\p{Ll}'’-]+)\s+(?:from|de|d['’])\s*(?:the\s+)?$`, 'u');

export const LOCATION_CONTEXT = [
  'lives', 'lived', 'living', 'live', 'resides', 'home', 'house', 'apartment', 'apt', 'farm', 'ranch', 'rancho', 'trailer park',
  'neighborhood', 'family', 'patient', 'pt', 'pts', 'admitted', 'nursing home', 'he', 'she', 'his', 'her', 'he\'s', 'she\'s', 'him',
  'year-old', 'year old', 'yo', 'y/o', 'driver', 'rollover', 'crash', 'accident', 'mva', 'mvc', 'scene', 'fire', 'daughter', 'son',
  'wife', 'husband', 'drove', 'folks', 'abuela', 'abuelo', 'mam', 'mammy', 'mom', 'mother', 'dad', 'father', 'granny', 'grandad',
  // road traffic collisions: where it happened identifies who was in it
  'collision', 'rtc', 'rta', 'woman', 'elderly', 'brought in', 'was brought', 'couple', 'mum', 'motorbike', 'motorcycle', 'came off', 'wreck', 'shunt', 'roundabout', 'pedestrian', 'hit-and-run', 'pile-up', 'pileup', 'towed', 'ditch', 'swerving', 'dui', 'smur', 'samu', 'conducteur', 'conductrice', 'conductor', 'choque',
  'rentrer', 'rentre', 'rentré', 'rentrée', 'chez elle', 'chez lui',
  'mr', 'mrs', 'ms', 'señora', 'señor', 'doña', 'don', 'monsieur', 'madame', 'mme',
  'home visit', 'visita', 'domiciliaria', 'domicilio', 'referral', 'drowning',
  // the patient in EMS and triage shorthand: "92yo M from ...", "unresponsive male found on ..."
  'male', 'female', 'lady', 'gentleman', 'guy', 'unresponsive', 'found', 'transport', 'refuses', 'fall', 'ems',
  'vive', 'vivía', 'paciente', 'su', 'casa', 'familia', 'hija', 'hijo', 'habite', 'vit', 'patiente', 'sa', 'domicile', 'fille',
  // call-outs and finds in every English and in Spanish and French: "rolled ute just outside Gympie", "lo encontraron inconsciente en ..."
  // grandparents and family in South African, Māori, Filipino and Singaporean English
  'gogo', 'mkhulu', 'koro', 'kuia', 'whānau', 'whanau', 'lola', 'lolo', 'auntie', 'aunty', 'uncle', 'nan',
  'rolled', 'ute', 'bloke', 'fella', 'chap', 'lad', 'lass', 'missus', 'motorist', 'cyclist',
  'encontraron', 'encontramos', 'encontrado', 'encontrada', 'inconsciente', 'tirado', 'tirada', 'cayó', 'caída', 'atropellado', 'atropellada',
  'trajeron', 'trajo', 'chaval', 'chavala', 'nena', 'nene', 'niño', 'niña', 'abuelito', 'abuelita', 'ambulancia',
  'petit', 'petite', 'gamin', 'gamine', 'amené', 'amenée', 'ambulance',
  // where a patient comes from: "vecino de Getafe", "bajó de Riaño", "Grann Mérilia de Pétion-Ville", "discharged home to Portadown"
  'vecino', 'vecina', 'voisin', 'voisine', 'neighbour', 'neighbor', 'bajó', 'vino', 'venu', 'venue', 'viejito', 'viejita', 'grann', 'granmoun',
  'discharged', 'salió', 'sorti', 'sortie', 'hospitalisée', 'hospitalisé', 'hospitalizada', 'hospitalizado',
  'trouvé', 'trouvée', 'retrouvé', 'retrouvée', 'inconscient', 'tombé', 'tombée', 'chute', 'intervention', 'renversé', 'renversée',
  // the call-out itself: where a crash or a fall happened names who was in it ("skid on the Woodlands Causeway", "salida a la AC-552")
  'skid', 'skidded', 'rider', 'trapped', 'overturned', 'flipped', 'went off', 'crashed', 'tourist', 'hiker',
  'salida', 'accidente', 'chocó', 'chocado', 'chocada', 'volcó', 'herido', 'herida', 'heridos', 'motociclista', 'motorista', 'moto', 'atrapado',
  'blessé', 'blessée', 'blessés', 'incarcéré', 'motard', 'cycliste', 'sortie de route',
] as const;

function acceptPlace(value: string): string | undefined {
  // Trim trailing connectors ("San Isidro de") and reject people, months, states and countries.
  // ... and a weekday or month run on after it ("home to Portadown Friday")
  const place = value.replace(/(?:\s(?:de|del|la|las|los|sur|en|le|les|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun))+$/u, '');
  const words = place.split(/\s/);
  // "from the L&D crew": a lone letter is an abbreviation's start, not a town
  if (place.length < 2) return undefined;
  // services and camel-cased products (MyChart) are not places
  if ((words.length === 1 && SERVICE_SHAPE.test(place)) || (/\p{Ll}\p{Lu}/u.test(place) && !/^(?:Mc|Mac|De|Di|Du|La|Le|Van)\p{Lu}\p{Ll}+$/u.test(words[0]!))) return undefined;
  if (INSTITUTION.test(place)) return undefined;
  // "from Spanish Town", "Quezon City": a word for a settlement ends the name, whatever word opens it
  if (words.length > 1 && /^(?:Town|City|Village|Hills|Heights|Beach)$/u.test(words.at(-1)!)) return place;
  if (NOT_PLACE.has(words[0]!.toLowerCase()) || words.every((w) => w.length > 1 && w === w.toUpperCase())) return undefined;
  if (BROAD_REGION.test(place)) return undefined;
  const tags = tagsOf(place);
  if (tags.includes('Region') || tags.includes('Country')) return undefined;
  // An everyday word or a given name ("from Grace", "in Hope") is not a place unless compromise says so.
  if (words.length === 1 && tags.length && !tags.some((t) => t === 'City' || t === 'Place')) return undefined;
  if (words.length === 1 && GIVEN_NAMES.has(place.toLowerCase()) && !tags.includes('City')) return undefined;
  // "near Betty Lou's place": a person's possessive, not a town
  if (/['’]s$/u.test(place) && GIVEN_NAMES.has(words[0]!.toLowerCase())) return undefined;
  if (EPONYMS.has(words[0]!.toLowerCase())) return undefined;
  return place;
}

/**
 * A place by the usual tests, or, where the pattern itself says a person's town follows ("Linda Marchetti, Auburn",
 * "Gerald Arsenault of Tignish", "out to Belmullet to see Nóra"), any single capitalised word that is not an
 * everyday word, an institution or a service.
 */
function placeOrTownWord(value: string): boolean {
  return !!acceptPlace(value) || (/^\p{Lu}\p{Ll}+$/u.test(value) && !NOT_PLACE.has(value.toLowerCase()) && !INSTITUTION.test(value) && !SERVICE_SHAPE.test(value));
}

export const location: Recognizer = {
  id: 'location',
  categories: ['LOCATION'],
  context: LOCATION_CONTEXT,
  recognize({ doc }) {
    const text = doc.text;
    const out: Candidate[] = [];
    const orgPost = isOrgPost(text) || HIRING_POST.test(text);
    for (const p of PATTERNS) {
      p.regex.lastIndex = 0;
      for (const m of text.matchAll(p.regex)) {
        let value = p.group ? m[p.group] : m[0];
        if (!value) continue;
        let start = m.index + m[0].lastIndexOf(value);
        // "Brenda from Maple Grove", "Rhonda from Tyler": a named person, then where they are from
        let afterPerson = false;
        if (p.name === 'place-after-preposition') {
          // "à Jean-Guy de Trois-Rivières": a person, then their town; the place is after "de"
          // ... or "à Mme Ghislaine Tremblay de Chicoutimi": a title or given name opens the person's part
          const split = /^((?:\p{Lu}[\p{L}'’.-]*\s){0,3}?\p{Lu}[\p{L}'’-]+)\s(?:de|from)\s(?=\p{Lu})/u.exec(value);
          const opener = split?.[1]!.split(/\s/)[0]!.replace(/\.$/, '').toLowerCase() ?? '';
          if (split && (GIVEN_NAMES.has(opener.split('-')[0]!) || TITLES.has(opener))) {
            start += split[0].length;
            value = value.slice(split[0].length);
          }
          const personFrom = PERSON_FROM.exec(text.slice(Math.max(0, start - 30), start));
          // "Rhonda from Tyler", "Miss Icilda from Spanish Town": a given name, or any name after a courtesy title
          afterPerson = (!!personFrom && (GIVEN_NAMES.has(personFrom[2]!.toLowerCase()) || TITLES.has(personFrom[1]?.toLowerCase() ?? ''))) || PERSON_NOUN_FROM.test(text.slice(Math.max(0, start - 30), start));
          // after a person, a name-like word ("Tyler") is their town
          // "a farm outside Mitchell", "north of Austin": after these a name-like word is a town, not a person
          const locative = /(?:outside|near|around|(?:north|south|east|west|town|village|hamlet|island|township)\sof)\s(?:the\s)?$/iu.test(text.slice(Math.max(0, start - 16), start));
          // "Vive en Carolina": after "lives in", a town that is also a given name (a state or country stays out)
          const livesIn = /(?:lives|lived|living|vive|viv[íi]a|habite|habitait|vit|r[ée]side|resides)\s(?:in|en|à|a)\s$/iu.test(text.slice(Math.max(0, start - 16), start)) && GIVEN_NAMES.has(value.toLowerCase());
          // "Solo os digo que es de Santoña", "he's from Ballina", "elle vient de Plouha": someone's origin
          afterPerson ||= ORIGIN_BEFORE.test(text.slice(Math.max(0, start - 20), start));
          const place = acceptPlace(value) ?? ((afterPerson || locative || livesIn) && /^\p{Lu}\p{Ll}+$/u.test(value) && !NOT_PLACE.has(value.toLowerCase()) ? value : undefined);
          if (!place) continue;
          value = place;
        }
        // the pattern itself says whose town it is: lift it as a person's, even in the organisation's own post
        if (p.name === 'visit-trip' || p.name === 'testimonial-town' || p.name === 'out-way' || (p.name === 'round-visit' && /^\p{Lu}/u.test(value))) {
          if (!placeOrTownWord(value)) continue;
          afterPerson = true;
        }
        if (p.name === 'age-then-origin' && (NOT_PLACE.has(value.split(/\s/)[0]!.toLowerCase()) || INSTITUTION.test(value))) continue;
        if (p.name === 'name-comma-town' && !placeOrTownWord(value)) continue;
        if (p.name === 'person-of-place') {
          // "Renata Kowalczyk of Hamtramck", "Tomasz, 58, of ...", not "Proud of Kaiser" or "Department of Health"
          const prior = /([\p{L}'’-]+|\d{1,3}),?\s+of\s+$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? '';
          const lower = prior.toLowerCase();
          // ... or any surname after a given name ("Gerald Arsenault of Tignish")
          const givenBefore = /(\p{Lu}\p{Ll}+)\s+[\p{L}'’-]+,?\s+of\s+$/u.exec(text.slice(Math.max(0, start - 50), start))?.[1]?.toLowerCase();
          if (!/^\d/.test(prior) && !GIVEN_NAMES.has(lower) && !SURNAMES.has(lower) && !(givenBefore && GIVEN_NAMES.has(givenBefore)) && tagsOf(prior).length) continue;
          // after a person, a surname-like word ("of Paterson") is still their town
          if (/(?<![\p{L}])(?:dr|dra|doctor|prof|professor|nurse)\.?\s+(?:\p{L}+\s+)?\p{L}+,?\s+of\s+$/iu.test(text.slice(Math.max(0, start - 50), start))) continue;
          if (!placeOrTownWord(value)) continue;
        }
        // "Harvard Medical School", "a Sunday school teacher": a school for adults or a phrase, not where a patient studies
        if (p.name === 'named-school' && /(?:^|\s)(?:Medical|Nursing|Dental|Law|Business|Graduate|Pharmacy|Residency|Summer|Sunday|Night|Film|Art|Driving|Flight|Med)\s/u.test(value)) continue;
        // "Featuring Dr. Chanda Mulenga": a doctor's title and name, not a drive
        if (p.name === 'street-name' && /\sDr$/.test(value) && /^\.?\s\p{Lu}\p{Ll}+\s\p{Lu}/u.test(text.slice(start + value.length, start + value.length + 40))) continue;
        if (p.name === 'street-name') {
          // Leading sentence words ("Use the Oak St") are not part of the street; keep the last words.
          const trimmed = value.replace(/^(?:(?:Use|The|On|At|In|Our|Near|From|Off|Out)\s)+/u, '');
          start += value.length - trimmed.length;
          value = trimmed;
        }
        const end = start + value.length;
        // "travel to Great Ormond Street": hospitals known by their street
        if (/^(?:Great\s+Ormond|Harley)\s+Street$/u.test(value)) continue;
        // The staff's and the writer's own town: "Best team in Abuja", "Saludos desde La Ceiba", "soy enfermera en Lanzarote"
        if (WRITER_PLACE_BEFORE.test(text.slice(Math.max(0, start - 90), start)) || ROLE_CLAUSE.test(clauseBefore(text, start, 100)) || writerIntro(text, start, value)) continue;
        if (text.length - end < 200 && SIGN_OFF_ROLE_BEFORE.test(text.slice(Math.max(0, start - 70), start)) && SIGN_OFF_END.test(text.slice(end))) continue;
        if (orgBefore(clauseBefore(text, start, 60)) || INSTITUTION.test(text.slice(Math.max(0, start - 30), start)) || INSTITUTION.test(text.slice(end, end + 20).split(/[,.!?(]|\s(?:on|in|at|for|with|el|le|en|à|para|pour)\s/)[0]!)) continue;
        if (/^\s?(?:entrance|clinic|location|office|campus|branch|site)/i.test(text.slice(end, end + 12))) continue;
        // "le syndrome de Guillain-Barré", "el mal de Chagas", "la cuenta de Banreservas", "equipo de Urgencias": a disease, bank or service
        if (p.name === 'place-after-preposition' && NOT_PLACE_OF.test(text.slice(Math.max(0, start - 30), start))) continue;
        const near = text.slice(Math.max(0, start - 60), Math.min(text.length, end + 40));
        // The word "neighborhood" is itself a context word: the place also needs a person near it.
        if ((p.name === 'neighbourhood-after' || p.name === 'landmark') && !STRONG_PATIENT.test(near)) continue;
        let score = (EVENT_NEAR.test(near) && !STRONG_PATIENT.test(near)) || orgPost ? p.score - 0.3 : p.score;
        if (afterPerson) score += 0.3;
        // A child and their school: "Kid from Hollyhock Elementary came in"
        const pupil = p.name === 'named-school' || p.name === 'school' ? CHILD_NEAR.exec(text.slice(Math.max(0, start - 40), start)) : null;
        if (pupil) score += 0.35;
        // In the organisation's own announcement "PT" is physical therapy and "family" a clinic's name: no context lift
        const context = orgPost && !afterPerson ? "the organisation's own post" : pupil ? pupil[0].toLowerCase() : undefined;
        out.push({ start, end, category: 'LOCATION', score, recognizer: 'location', pattern: p.name, ...(context ? { context } : {}) });
      }
    }
    return out;
  },
};
