/**
 * Word lists for the NAME recognizer. Given names come from compromise's own lexicon (about 3,000
 * English given names) plus the common Spanish, French and newer US given names below, and the nicknames people
 * actually type (Paco, Toño, Maripili, Shazza, Kev); surnames from
 * compromise plus common Hispanic, French and West African ones. The rest are the words that decide
 * whether a capitalised word is a person: titles, relations, staff roles, eponyms, organisations.
 */
import nlp from 'compromise';
import { WORLD_GIVEN, WORLD_SURNAMES } from './name-world';

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

const EXTRA_GIVEN = words(`
  cian sadhbh orlaith odhran ruairi ruaidhri donal donnacha donncha fiachra colm cormac eimear muireann nuala sorcha
  meabh maeve ailish enda feargal fergal lorcan peig peadar
  tremaine tyrell tyree tyrese tyreek jamarcus demarcus dequan daquan dashon keshawn rasheed jaquan marquise
  shaq kareem khalil tavion travon trevon lakisha shaniqua shanequa tameka tanesha shaniya aniyah janiya kianna
  laniyah makayla nevaeh kinsley everly ezekiel zeke kaden jaxon jaxson ayden brantley greyson grayson maddox
  paxton xander zayden adalynn aubree brielle brynlee emersyn kehlani khloe oaklynn raelynn rylee skylar braxton
  cayden jayce kason declan finnegan cillian caoimhe sinead roisin grainne dervla fionnuala darragh mairead
  clodagh ailbhe keanu siosaia sione tevita ngaio rangi hemi anahera gael mael timothee louna maelys sacha thais
  clemence capucine gabin baptiste florent mickael remi adaeze nneka ikenna bukola femi kemi yemi bisi dapo tolu
  gbenga kweku akwasi fiifi dayana yuliana yulissa yaneli yareli briseida arely citlali xochitl yazmin marisela
  yesica yessica anahi naiara unai aitor asier inaki itziar nerea leire eneko
  jaylen jalen jayden jaden aiden brayden kayden jamal jamar darnell deshawn dashawn tyrone terrell malik
  andre darius demetrius keisha latoya tanisha shanice imani aaliyah nia zuri kiara jasmine destiny
  maria mar\u00eda jos\u00e9 jose juan luis carlos jorge miguel alejandro javier diego sergio pablo manuel
  francisco rafael ram\u00f3n ramon jes\u00fas jesus pedro andr\u00e9s andres fernando ricardo roberto eduardo
  guadalupe lupe luc\u00eda lucia sof\u00eda sofia valentina camila isabella ximena mariana daniela gabriela
  alejandra ver\u00f3nica veronica rosario consuelo dolores mercedes pilar concepci\u00f3n beatriz yolanda
  mart\u00edn martin mat\u00edas santiago sebasti\u00e1n sebastian emiliano leonardo joaqu\u00edn ignacio
  agust\u00edn tom\u00e1s nicol\u00e1s \u00e1ngel angel ra\u00fal raul h\u00e9ctor hector rub\u00e9n ruben
  jean jacques pierre fran\u00e7ois francois fran\u00e7oise louis lou\u00efse louise marie mathilde chlo\u00e9
  chloe l\u00e9a lea manon camille \u00e9lodie elodie am\u00e9lie amelie c\u00e9line celine st\u00e9phane
  stephane s\u00e9bastien thierry olivier mathieu matthieu guillaume antoine benoit beno\u00eet yves herv\u00e9
  ren\u00e9 rene th\u00e9o theo hugo lucas nathan enzo no\u00e9mie genevi\u00e8ve h\u00e9l\u00e8ne helene
  priya anjali ravi arjun rahul amit sanjay deepa sunita mei wei ming jin hiroshi yuki kenji
  fatima aisha omar ahmed mohammed muhammad ali hassan yusuf chidi ngozi chinedu oluwaseun ade
  kwame kofi ama abena
  paco pepe toño chuy nacho maripili pili conchi charo chelo moncho quique rafa fito beto memo lalo chayo chela
  pancho chema chucho nando manolo manolito paquita pepa pepita merche mayte javi fede facu guille santi juanjo
  juanma josemi chente goyo toñi trini encarna puri loli inma cuqui
  shazza dazza gazza bazza kev macca robbo davo shaz tez barb dotty marj ern flo babs madge mags bubba paddy
  yunior yamilé yoandry yasmany yuniel wilkin yokasta yeraldín
  ginette huguette josette lucette réjean gaétan ghislain jocelyne solange gisèle micheline raymonde rolande
  venkatesh srinivas ganesh anand sunil padma khady modou saoirse aoife oisin cathal tadhg
  fatoumata kadiatou oumou aissatou aïssatou binta coumba djeneba hawa kadidia salimata ramatou adjoa akosua kwabena efua
`);

/** Given names that are also everyday words: they need a title, relation, possessive or patient slot. */
export const WORD_NAMES = words(`
  will hope grace rose june may april august faith joy dawn mark bill pat sue art rich frank sunny ruby paddy
  jade amber iris ivy lily daisy holly penny robin chase hunter mason carter miles wade guy earl
  destiny patience charity summer autumn winter sky rocky buck king prince duke sterling
  jordan harmony melody star gay honey cherry ginger pearl crystal misty rusty sandy chip
  bob don ray dean drew grant lane reed rod victor wolf bear norm gene jack
  luz rosa gloria esperanza milagros consuelo dolores alba blanca clara estrella mercedes soledad paz
  blessing favour favor comfort goodness godswill
  buddy
`);

const EXTRA_SURNAMES = words(`
  ramirez ram\u00edrez rodriguez rodr\u00edguez gonzalez gonz\u00e1lez hernandez hern\u00e1ndez lopez l\u00f3pez
  martinez mart\u00ednez perez p\u00e9rez sanchez s\u00e1nchez rivera torres flores gomez g\u00f3mez diaz d\u00edaz
  reyes cruz morales ortiz gutierrez guti\u00e9rrez chavez ch\u00e1vez ramos ruiz alvarez \u00e1lvarez mendoza
  castillo jimenez jim\u00e9nez moreno romero herrera medina aguilar vargas castro guzman guzm\u00e1n
  rios r\u00edos delgado vega soto nu\u00f1ez nunez ortega salazar contreras dominguez dom\u00ednguez
  garcia garc\u00eda martin dubois durand lefebvre leroy moreau laurent simon michel bernard petit
  okafor okonkwo adeyemi oyelaran nwosu okeke mensah osei boateng diallo traore ndiaye
  nguyen tran pham patel shah singh kumar chen wang zhang liu kim park lee
`);

function fromCompromise(tags: readonly string[]): Set<string> {
  const out = new Set<string>();
  // compromise's model has no exported type for its lexicon; it is a plain word -> tag map.
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  for (const [word, tag] of Object.entries(lexicon)) {
    const list = Array.isArray(tag) ? tag : [tag];
    if (list.some((t) => tags.includes(t)) && /^\p{L}[\p{L}'-]*$/u.test(word)) out.add(word);
  }
  return out;
}

/**
 * World names that are also English words or two letters long ("Do", "Ha", "Sun", "Fall") would make
 * "pt do" or "Fall risk" a person: only names compromise does not already know as a word are taken.
 */
function unambiguous(list: readonly string[]): string[] {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon; // untyped model
  const nameTags = ['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person'];
  return list.filter((w) => {
    const tag = lexicon[w];
    return w.length > 2 && (tag === undefined || (Array.isArray(tag) ? tag : [tag]).some((t) => nameTags.includes(t)));
  });
}

/** A word compromise's lexicon does not know: capitalised before an age, likelier a name ("Arnie's 93"). */
export function unknownWord(lower: string): boolean {
  return (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon[lower] === undefined; // untyped model
}

export const GIVEN_NAMES: ReadonlySet<string> = new Set([...fromCompromise(['MaleName', 'FemaleName', 'FirstName']), ...EXTRA_GIVEN, ...WORD_NAMES, ...unambiguous(WORLD_GIVEN)]);
export const SURNAMES: ReadonlySet<string> = new Set([...fromCompromise(['LastName']), ...EXTRA_SURNAMES, ...unambiguous(WORLD_SURNAMES)]);

/** Courtesy titles: the capitalised words after them are a person's name (the title is not). */
export const TITLES = words(`
  mr mrs ms miss mx mister oom tannie baba aabe hooyo bebe mamaw memaw meemaw mawmaw pawpaw papaw encik puan cik makcik pakcik aunty senhor senhora missus se\u00f1or se\u00f1ora se\u00f1orita sr sra srta don do\u00f1a mme mlle madame
  monsieur mademoiselle grandpa grandma granny gramps nana abuela abuelo abuelita abuelito t\u00eda t\u00edo
  auntie aunt uncle mamie papi papy tante oncle tonton tata m\u00e9m\u00e9 p\u00e9p\u00e9
  b\u00e0 \u00f4ng nonna nonno oma opa bubbe bubby zayde lola lolo yaya madam gogo mkhulu koro kuia shri sri smt shrimati srimati hajja hadja hajji mzee mallam maame
  tun cucu guka lalla lella hadj whaea matua parrain marraine nonc padrino madrina
`);

/** Clinician titles: a name after them is staff (or a public figure), not a patient. */
/** Public offices before a capitalised name: "Mayor Andre Dickens", "la alcaldesa Claudia López" are public figures. */
export const PUBLIC_TITLES = words('mayor senator sen governor gov councillor councilman councilwoman congressman congresswoman minister premier president alcalde alcaldesa maire ministre ministro ministra diputado diputada député députée gouverneur gobernador gobernadora sénateur sénatrice senador senadora dame sir baroness baron');
export const STAFF_TITLES = words('anm asha dr dra doctor doctora docteur dre prof professor nurse lic licda licdo lcda lcdo enf jefa jefe enfermera enfermero infirmière infirmier rev reverend chaplain capellán capellan aumônier aumonier hno hna pbro pastor rabbi imam');

/** Relations: a capitalised name right after one is a patient's relative ("her son Devon"). */
export const RELATIONS = words(`
  son daughter wife husband mom mother dad father sister brother grandson granddaughter grandmother
  grandfather niece nephew cousin partner fianc\u00e9 fianc\u00e9e fiance fiancee boyfriend girlfriend baby
  stepson stepdaughter stepmom stepdad twin kid kiddo mama mami mommy mum mummy daddy grandbaby
  great-grandson great-granddaughter great-grandma great-grandpa great-grandmother great-grandfather great-grandbaby
  hijo hija esposa esposo mam\u00e1 pap\u00e1 madre padre hermana hermano nieto nieta sobrino sobrina novio novia
  beb\u00e9 bebe fils fille femme mari m\u00e8re p\u00e8re s\u0153ur soeur fr\u00e8re petit-fils petite-fille
  neveu ni\u00e8ce b\u00e9b\u00e9 conjoint conjointe maman papa marido parents padres blonde chum
  grandbabies great-grandbabies grandkids grandchildren great-grandkids nietos nietas mam mammy da nan nanna gran granda grandad apo anak pikin pickin
  neighbour neighbor roommate flatmate housemate carer caregiver vecino vecina voisin voisine cuidadora cuidador
  mokopuna moko tamaiti mokopuna whanaunga nieto nieta petit-neveu petite-nièce
  daughters sons sisters brothers hijas hijos hermanas hermanos filles sœurs soeurs frères
`);

/** Patient slots: "pt ramirez", "my patient Linda", "our resident". */
export const PATIENT_WORDS = words('pt patient patients pts resident paciente pacientes patiente patients client');

/** Staff roles: a name right after one is a colleague ("our social worker Anne", "charge nurse Tina"). */
export const STAFF_BEFORE =
  /(?<![\p{L}])(?:nurses?|rns|rn|np|nps|lpn|cna|md|dpts?|slps?|ots|doctors?|dr|dra|physicians?|surgeons?|colleague|colleagues|coworkers?|co-workers?|co-?authors?|authors?|compa[ñn]er[oa]s?|workers?|navigators?|therapists?|pharmacists?|techs?|technicians?|managers?|directors?|educators?|chaplains?|midwi(?:fe|ves)|coordinators?|investigators?|researchers?|scientists?|paramedics?|emts?|medics?|dietitians?|social\s+workers?|aides?|porters?|orderl(?:y|ies)|cleaners?|receptionists?|clerks?|phlebotomists?|radiographers?|sonographers?|camiller[oa]s?|brancardiers?|chef|coach|officer|pastor|residents\s+|resident\s+physician|attending|intern|volunteer|speaker|enfermer[oa]|m[ée]dico|m[ée]decin|infirmi[eè]re?|coll[eè]gue|(?:la|le)\s+major(?:\s+du\s+service)?|cadre\s+(?:de\s+sant[ée]|infirmier|infirmi[eè]re)|our\s+(?:caregivers?|carers?))\s*\(?\s*(?:hi\s+|hey\s+)?$/iu;

/** Credentials after a name make it staff: "Jamie Cole, RN", "Jordan Blake, DNP". */
export const CREDENTIALS_AFTER = /^\.?,?\s*(?:(?:\p{Lu}\p{Ll}+\s){0,2}(?:Chaplain|Nurse|Nursing|Midwife|Pharmacist|Paramedic|Therapist|Physician|Doctor|Director|Matron|Manager|Officer|Coordinator|Directora?|Jefa|Jefe|Directrice|Infirmi[eè]re?|Pr[ée]pos[ée]e?|Cadre|Enfermer[oa])(?![\p{L}])|RN|BSN|MSN|NP|APRN|CNM|CRNA|MD|DO|PA|PA-C|DNP|PhD|PharmD|FNP|FNP-C|CCRN|LPN|LCSW|MPH|DDS|DMD|OT|PT|SLP|RD|FACC|FCCM)\b/u;

/** Introductions and celebrations of staff: names in such a sentence are colleagues. */
export const STAFF_SENTENCE =
  /(?<![\p{L}])(?:meet|welcome|nurses\s+(?:week|day)|my\s+(?:amazing\s+|awesome\s+|wonderful\s+|incredible\s+)?(?:team|crew|unit)\s*:|welcoming|congrat\w*|joins|joined|joining|retiring|retirement|retires|award|hired|promoted|our\s+new|speaker|grand\s+rounds|colleagues?|coworkers?|bienvenid[oa]|felicidades|bienvenue|f[ée]licitations|bravo\s+à|fiers\s+de\s+vous|orgullos[oa]s\s+de\s+ustedes|co-?authors?|compa[ñn]er[oa]s|coll[èe]gues|send-?off|(?:pot|soir[ée]e|f[êe]te)\s+de\s+d[ée]part|on\s+(?:nights|days)\s+this\s+week)(?![\p{L}])/iu;

/** Medical eponyms and capitalised clinical terms that are not people here. */
export const EPONYMS = words(`
  parkinson parkinsons alzheimer alzheimers crohn crohns graves bell hodgkin down tourette guillain barr\u00e9 barre
  hashimoto cushing addison apgar whipple foley epley swan ganz heimlich glasgow reed sternberg huntington
  kaposi raynaud sj\u00f6gren sjogren asperger marfan meniere m\u00e9ni\u00e8re colles barrett babinski
  mcburney kussmaul cheyne stokes trendelenburg valsalva wernicke korsakoff broca
  hirschsprung kawasaki lyme ebola zika grey greys bartholin wilms ewing klinefelter
  rett angelman prader willi tay sachs gaucher fabry pompe duchenne gehrig ludwig
`);

/** Words after a capitalised word that make it a disease, test or organisation rather than a person. */
export const NOT_PERSON_AFTER =
  /^\s*(?:['’]s?\s+)?(?:disease|syndrome|palsy|score|scale|sign|signs|test|surgery|procedure|maneuver|manoeuvre|cells?|lymphoma|sarcoma|anatomy|wort|criteria|classification|angina|hymns?|proverbs?|dialect|awareness|month|day|week|lodge|center|centre|hospital|clinic|health(?!\s+(?:journey|issues|problems|scare|history|update|updates|needs|insurance))|foundation|society|institute|university|college|school|church|pharmacy|medical(?!\s+(?:bills?|records?|expenses|costs|history|needs|issues|problems|care|debt|equipment|supplies|appointments?|journey|leave|team))|county|street|st|avenue|ave|road|rd|drive|dr\.|boulevard|blvd|lane|ln|park|hall|house|tower|wing|unit|program|team|group|fund|trial|study|method|protocol|memorial|general|regional|children['’]s|award|prize|scholarship|building|campus|sciences|clamps?|forceps|scissors|retractors?|catheters?|drains?|tubes?|needles?|sutures?|blades?|hemostats?|bags?|mask|splint|boot|brace|position|technique|approach|incision|classification|ora|sing-?alongs?|songs?|impressions?|impersonat\w+|records?\s+on|albums?|tribute|karaoke|movies?|films?|marathon)(?![\p{L}])/iu;

/** Capitalised words that are never names here even when a list says so (days, months, headings). */
export const NEVER_NAMES = words(`
  demo dummy reminder recordatorio rappel update announcement shoutout
  barangay purok sitio barrio barriada colonia villa vila favela quartier cité población poblacion comuna vereda
  monday tuesday wednesday thursday friday saturday sunday january february march july september october
  november december today tonight tomorrow yesterday god lord jesus christ happy mom dad nurse doctor
  patient the and but not username user ella elle il lui siri alexa cortana santa rudolph guy
  el la los las lo un una unos unas del al que su sus mi mis tu tus nuestro nuestra este esta estos estas ese esa
  le les des du au aux une ce cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs nous vous ils elles qui
  british irish scottish welsh english dutch danish swedish finnish polish turkish jewish kurdish cornish
  sucursal consultorio clínica clinica farmacia hospital sanatorio centro succursale cabinet pharmacie
  hoy ayer anoche aujourd hier bravo felicidades gracias merci
  lunes martes miércoles miercoles jueves viernes sábado sabado domingo lundi mardi mercredi jeudi vendredi samedi dimanche
  consulta trabajo admisión admision admisiones servicio urgencias triaje farmacia enfermería enfermeria
  apu apa khti khoya didi bhai bhaiya akka kuya mija mijo manito manita
  province provincia county district region parish municipality comarca canton complejo hospitalario universitario namaste
  allah inshallah insha mashallah alhamdulillah jazak jazakallah bismillah subhanallah
  compte cuenta konto asociación asociacion association fundación fundacion fondation foundation
  hilo thread fil por para pour vidéo video vídeo reel reels storytime pov edit
  lic licda licdo lcda lcdo enf mater perahera j'ai j’ai c'est c’est c'était c’était n'est n’est j'étais j’étais
  vía via doctors nurses nurses' stories día dia mundial journée jornada semana semaine unidad unité hogar
  trauma triage ems medic medics paramedic paramedics security dispatch housekeeping transport registration paciente patiente familia famille
  vecino vecina voisin voisine neighbour neighbor supplier bloke fax script policy si
  él ella mais islander islanders
  dominicana dominicano boricua puertorriqueña puertorriqueño mexicana mexicano cubana cubano hondureña hondureño salvadoreña salvadoreño
  guatemalteca guatemalteco colombiana colombiano venezolana venezolano haïtienne haïtien haitienne haitien acadienne acadien cadienne cadien
`);
