import { describe, expect, it } from 'vitest';
import { name } from '../../../../lib/check/phi/name';
import { evidence, expected, spans } from './helpers';

describe('name recognizer', () => {
  it.each([
    // titles: the title is not part of the name
    ['Mrs. Alvarez was in tears at the front desk', ['Alvarez']],
    ['Mr. Kowalski is back for the 14th time', ['Kowalski']],
    ['Miss Hope turned 101 today', ['Hope']],
    ['Mr. Will finally ate his whole lunch', ['Will']],
    ['Grandpa Gus got his new pacemaker today', ['Gus']],
    // Spanish and French titles and names
    ['Hoy despedimos a doña Carmen Ríos, de 96 años', ['Carmen Ríos']],
    ['El Sr. García-López salió del hospital', ['García-López']],
    ['Mme Dubois est sortie ce matin', ['Dubois']],
    // patient slots, lower-case and initials
    ['pt ramirez in rm 12B pulled his NG tube out', ['ramirez']],
    ['our pt will (the guy, not the verb lol) passed his swallow eval', ['will']],
    ['My patient Linda started a blog about lupus', ['Linda']],
    ['pt J.R. refused his meds again', ['J.R.']],
    ['Saw M. Okafor in clinic for her follow-up', ['M. Okafor']],
    ['Mon patient M. Tremblay habite à Laval', ['M. Tremblay']],
    ["Rose's daughter called twice", ['Rose']],
    ["regression: near Betty Lou's place, she was just discharged", ['Betty Lou']],
    // names no lexicon holds, known by their company
    ["Xochitl's mom called about the bill", ['Xochitl']],
    ['we met Nkechi (4) in triage tonight', ['Nkechi']],
    ['One of our dialysis patients, Marcus, lost everything', ['Marcus']],
    // a strong slot takes a given name compromise files as a noun when a surname follows
    ['Our former patient Maya Lindqvist-Hart is waiting on a liver', ['Maya Lindqvist-Hart']],
    // hyphenated given names, honorifics from Vietnamese, a person noun glossed by a full name
    ['Anne-Marie Beaulieu rang the bell today', ['Anne-Marie Beaulieu']],
    ['Medicare kicked back the claim. Dolores Reyes, MBI 3KQ7-HW2-TC58, power chair', ['Dolores Reyes']],
    ['Asking my Facebook friends to keep Earl Whitaker in your prayers tonight.', ['Earl Whitaker']],
    ['Sat with Walter this afternoon while music played. He died at 4:10.', ['Walter']],
    ['Bert at 27 Fitzmaurice St needs his leg dressing done', ['Bert']],
    ['Bà Nguyen Thi Lan finally got an interpreter today', ['Nguyen Thi Lan']],
    ["the charts are the same lady, Siobhan O'Neill, so fix them", ["Siobhan O'Neill"]],
    // relations
    ['her son Devon flew in from Denver', ['Devon']],
    ['his daughter Kaylee walked him to the car', ['Kaylee']],
    ['Mom Tasha brought the whole unit donuts', ['Tasha']],
    ["Hank's wife June brought him coffee", ['Hank', 'June']],
    ['su hija Lucía la acompaña cada día', ['Lucía']],
    ['sa fille Chloé est venue la voir', ['Chloé']],
    // given names with evidence: possessive, age, greeting, patient wording, re-mention
    ["I've been trying to send Gloria's echo results for 3 days", ['Gloria']],
    ["Patricia Owens' husband's SSN is wrong on the claim", ['Patricia Owens']],
    ['Today I sat with Eleanor, a ninety-three year old retired teacher', ['Eleanor']],
    ['belongs to Ava (9) who was here this morning', ['Ava']],
    ['hey Tom, saw your post about your BP', ['Tom']],
    ['Fax signed POLST for Harold Beck (DOB 07/02/1931)', ['Harold Beck']],
    ['Our sweet Grace went HOME today after 114 days with us', ['Grace']],
    ['Mark Delgado, our 500th knee replacement patient, went home. Thank you Mark!', ['Mark Delgado', 'Mark']],
    ['he is ready to go see Margaret. Margaret was his wife.', ['Margaret', 'Margaret']],
    ['Jim Patterson came in barely able to walk', ['Jim Patterson']],
    // lower-case full names, families, lists
    ['saw maria gonzalez in clinic, she is doing better', ['maria gonzalez']],
    ['The Nguyen family brought pho after their dad was discharged', ['Nguyen']],
    ['Visiting Maria, Jose and Ana on the unit today', ['Maria', 'Jose', 'Ana']],
    ['Prayers for little Sophia and her family tonight', ['Sophia']],
    ['Dr. Reyes and I saw Mr. Dwayne Carter in the ED', ['Dwayne Carter']],
    ['mrs henderson in 12 is asking for you again', ['henderson']],
    ['Don Ernesto, de 91 años, nos enseñó a bailar cumbia', ['Ernesto']],
    // a name said as such, and a pet's name
    ["Un monsieur aux urgences depuis cette nuit. Il dit s'appeler Marcel et parle d'une chienne qui s'appelle Praline.", ['Marcel']],
    ['No ID, around 80, and says his name is Bernard. Please ring the hospital.', ['Bernard']],
    // a courtesy word used as a title, then alone to address the same person
    ["today si Lola Caridad asked if I'm single 😂 Lola, I'm on duty po!", ['Caridad']],
    // a public office before a name, a verb before the pronoun, a bank account's label
    ['Our patient Maria met Mayor Andre Dickens today at the ribbon cutting', ['Maria']],
    ["92 and still the biggest drama queen on the ward 🙄 Hope I'm that feisty when I'm old", []],
    // a list's entry: surname, initial, the person's number
    ['Bed board: Tucker, R. #284471 to step-down', ['Tucker, R.']],
    ['Script comes in for oxycodone for Brandon T. Wilcox, DOB 04/11/1988', ['Brandon T. Wilcox']], // a middle initial
    // whose a document or an identifier is, whom a collection is for, a reply to someone's own message
    ["Found on the bench by the lifts: the health card of Marguerite Aubin. It's at the front desk.", ['Marguerite Aubin']],
    ['Se quedó en el mostrador la tarjeta sanitaria Inés Carrasco Peña, que pase a recogerla', ['Inés Carrasco Peña']],
    ['Photo du moniteur de Mamadou Ould Brahim cette nuit, regardez ce tracé', ['Mamadou Ould Brahim']],
    ['A coworker emailed the claim, member no. 88213-4471, for Gerald Pruitt. Everyone redo the training.', ['Gerald Pruitt']],
    ['On fait une collecte pour Kévin Marchetti, 7 ans, qui attend une greffe', ['Kévin Marchetti']],
    ['Raising money for Tamsin Hollis, who needs a wheelchair van after the crash', ['Tamsin Hollis']],
    ['Olivier Ngandu, merci pour votre message. Avec une tension pareille, consultez vite.', ['Olivier Ngandu']],
    ['Objet trouvé : Monique Gagnon, n° 2 54 07 75 114 052 18, votre carte est à l\'accueil', ['Monique Gagnon']],
    // a public reply to one person about their own trouble
    ["Donna, I'm so sorry you're going through this. Call the ward and ask for the charge nurse.", ['Donna']],
    ['Yesenia, bonita, te contesto por aquí porque me preguntas por tu mamá', ['Yesenia']],
    ['Respondiendo a Encarni, que me preguntaba por el Sintrom de su madre: no lo cambies sola', ['Encarni']],
    ['Shernel I saw your post asking for anyone who was on duty when your granny came in', ['Shernel']],
    // a name run into a hashtag: a wish, a word of support, a given name and surname together
    ['Our patient went home today 🎉 #HappyBirthdayLupe #MateoStrong #LupeGonzalez100', ['Lupe', 'Mateo', 'LupeGonzalez']],
    ['Rest easy, our patient of ten years. #PeioForever', ['Peio']],
    // a respectful word after a name no lexicon knows, a Pidgin child, a Punjabi grandmother
    ['Bhai ek patient aaya, Pappu ji, Ghaziabad se, bola', ['Pappu']],
    ['Aaj ek dadi ji aayi, Kamla Devi, 92 saal ki, Lajpat Nagar se.', ['Kamla Devi']],
    ['One papa wey talk say im be ninety-three. Im pikin Sola carry am come hospital', ['Sola']],
    ['Bebe Gurmeet Kaur from Moga has had four CR numbers since 2019', ['Gurmeet Kaur']],
    // Malay courtesy titles and "bin"; a full name acted on through Spanish's personal "a"; "uncle" after an unlisted name
    ['— Encik Rosli bin Hamzah, 58, from Kota Bharu. Shared with his written consent.', ['Rosli bin Hamzah']],
    ['la ambulancia trasladó a Derlis Benítez, de Caaguazú, tras su accidente en moto', ['Derlis Benítez']],
    ['Our unit lost its longest-serving dialysis patient yesterday. Gurmeet uncle came three times a week', ['Gurmeet']],
    // a listed given name and surname after a preposition, but not a book's author
    ['Thank you card from Maria Lopez, she brought tamales', ['Maria Lopez']],
    // someone called by name as a reader of a post about care, even a name that is also a describing word
    ["Dusty, if you're reading this, your mum would be proud. The patient died peacefully last night.", ['Dusty']],
    // the one whose smile, X-ray or story is shown; the parents congratulated on a birth; what a baby will be called
    ['¡Así quedó la sonrisa de Yareli Hernández en solo 2 citas!', ['Yareli Hernández']],
    ['0:35 La panorámica de Lupita Ibarra\n1:10 Su mamá cuenta el diagnóstico', ['Lupita Ibarra']],
    ["Le premier bébé de l'année est une petite fille née le 1er janvier. Félicitations à Fatou Diop et Mamadou Ndiaye ! Le bébé s'appellera Awa.", ['Fatou Diop', 'Mamadou Ndiaye', 'Awa']],
    // prayers past a town, a trade glossed after a name, what everyone knows someone as, a child's pal, an origin before an age
    ['Please keep Tun Jose Quinata of Inarajan in your prayers tonight', ['Jose Quinata']],
    ['When Wade Pehrson, a rancher from Leadore, shattered his tibia in a fall', ['Wade Pehrson']],
    ["Gentleman from Sauteurs — the whole north knows him as 'Bigga' — comes in with a fish hook", ['Bigga']],
    ['So proud of my little buddy Kaiden who put two words together over telehealth', ['Kaiden']],
    ['Hoy despedimos a Eufrasia, de Riaño, noventa y ocho años, la última pastora del valle', ['Eufrasia']],
    // an age in apposition is a patient even right after a doctor's name; a feature heading is not a name
    ['Patient Spotlight ⭐ With Dr. Amir Haddad, Loretta Combs, 91, of Prestonsburg is dancing again!', ['Loretta Combs']],
    ['Le petit Lucas, 6 ans, est rentré avec sa maman Sophie', ['Lucas', 'Sophie']],
    // remembrance, and a name glossed as a patient even in a celebration
    ['RIP Frank. You were the funniest patient I ever had.', ['Frank']],
    ["I'll never forget Tyler. 19, motorcycle crash, organ donor.", ['Tyler']],
    ['Big congrats to Isabella, our youngest heart transplant recipient, on going home!', ['Isabella']],
    // names no lexicon holds, known by their slot
    ['Shoutout to my patient Oluwaseyi who finally walked to the nurses station today', ['Oluwaseyi']],
    ['her husband Tadeusz brought in homemade pierogi for the whole unit', ['Tadeusz']],
    ['Mrs. Przybylski, 88, told me her secret is whiskey and spite', ['Przybylski']],
    ['hey Nkemdirim, hope your new knee is treating you well', ['Nkemdirim']],
    ['mama Chinwendu labored all night like a champ', ['Chinwendu']],
    ['sa fille Maëlys est venue le voir tous les jours', ['Maëlys']],
    ['Baby Kairo went home today after 94 days in the NICU', ['Kairo']],
    // a wider list of given names and surnames
    ['Little Ximena (6) asked if the MRI machine was a spaceship', ['Ximena']],
    ['we love you Babajide, ring that bell loud', ['Babajide']],
    ['Ngozi\'s mom asked me to sign her cast', ['Ngozi']],
    ['Yusuf told me the hospital food beat his mom\'s cooking the day he went home', ['Yusuf']],
    // lower-case names in a name slot
    ['pt kowalczyk refused his lasix again lol', ['kowalczyk']],
    ["mr abernethy's daughter called twice about his meds", ['abernethy']],
    ['her son devon has not visited once', ['devon']],
    // French Monsieur, a family's twins, a vocative, an everyday-word name doing something
    ['le fax a renvoyé l\'ordonnance de M. Traoré à la mauvaise pharmacie', ['M. Traoré']],
    ['delivered the Nwachukwu triplets at 2am, all three pinked up fast', ['Nwachukwu']],
    ['6th call this week from the same house, we know it is you Darnell', ['Darnell']],
    ['Faith rang the bell today after 8 rounds of chemo', ['Faith']],
    ['my sweet Oakley went home today after 40 days', ['Oakley']],
    ["pt zylstra's daughter called again", ['zylstra']],
    ['pt okereke, 58, refused the CT', ['okereke']],
    ["Xochitl's grandma brought tamales for the whole floor", ['Xochitl']],
    ['tonton Kofi est venu le voir tous les soirs', ['Kofi']],
    ['La señora Catalina nos trajo flores el día de su alta', ['Catalina']],
    // a person's own records or care after a possessive
    ["whoever sent Annette Moreau's records to the wrong office, please call", ['Annette Moreau']],
    ["Fundraiser for Tommy's medical bills, link below", ['Tommy']],
    // speaking to someone in the post
    ['Priya if you see this, you did amazing today', ['Priya']],
    ["Marcus, if you're reading this, keep taking it easy", ['Marcus']],
    // a lower-case given name in a bed or at a bedside
    ['lol greg in bed 4 asked for a pizza at 3am', ['greg']],
    ['sat with harold for an hour tonight', ['harold']],
    // a record's own format
    ['the label said "OKAFOR, GRACE" but the tube was his', ['OKAFOR, GRACE']],
    ['wristband: BRENNAN, THOMAS J 04/02/1950', ['BRENNAN, THOMAS J']],
      // relatives named through the person
    ['La mamá de Valentina quiere hablar con otras familias', ['Valentina']],
    ['Merci à la famille de M. Rousseau pour les fleurs', ['M. Rousseau']],
    // initials on a record, and a titled grandmother
    ['Teaching case: K.T., DOB 03-02-1961, came in with a swollen knee', ['K.T.']],
    ['Nonna Giulia wants to dance at the wedding', ['Giulia']],
      ["to anabel's daughter who keeps messaging me: please call the unit", ['anabel']],
    // the nickname everyone uses identifies him too
    ['everyone calls him Tito, real name Ji-hoon, and he went home today', ['Tito', 'Ji-hoon']],
      ['her sister Maeve flew in from Boston to sit with her', ['Maeve']],
      ['bed 4 kevin pressed the call bell again', ['kevin']],
    ['remember little maddie from the peds floor?', ['maddie']],
    ['Lost a favourite resident today. Agnes was 98 and sharp as a tack.', ['Agnes']],
    ['Loretta from Marshall was on high-flow for a week', ['Loretta']],
    ['someone left a health card at triage: Kevin Tremblay, 5584-209-117', ['Kevin Tremblay']],
    ['found a driver licence for Liam Dawes in the ambulance bay', ['Liam Dawes']],
    ['Huge thanks to Meera for letting us share her lupus journey', ['Meera']],
    ['the sweetest couple on the cardiac floor, Harold and June, married 60 years', ['Harold', 'June']],
    ['Hoy le dieron de alta a Renata después de 40 días', ['Renata']],
    ['Vino desde Vallecas con su marido Paco y una tarta', ['Paco']],
      ['Does anyone know a Desmond Fairley? He left his wallet at urgent care', ['Desmond Fairley']],
    ['À la maman de Chloé qui m\'a écrit hier', ['Chloé']],
    ['Mention spéciale à Jean-Marc de Sherbrooke : 1/10', ['Jean-Marc']],
      ['Discharge: Harold Pennington 3/18', ['Harold Pennington']],
    // a lone initial after a courtesy title; a person word or "named" right before one name
    ['Mr. P is 96 and still does his own crossword', ['P']],
    ['School nurse here. 2nd grader Jaylani comes by every morning with a tummy ache', ['Jaylani']],
    ['Discharge day for our 27-weeker Amarachi after 96 days', ['Amarachi']],
    ['ran a code on a 79yo named Sterling last night, his wife did CPR', ['Sterling']],
    ['Big thanks to oom Frikkie for the biltong he brought the night shift', ['Frikkie']],
    // a birth or recovery beside "welcome" or "meet" is a patient's story, not staff news
    ['Bienvenue à la petite Maëlle, née le 3 mars à la maison', ['Maëlle']],
    ['Patient spotlight: meet Bogusław Nowicki, 61, back on his bike after his stroke', ['Bogusław Nowicki']],
    // thanks for a review: the person thanked is a patient
    ['¡Gracias Itzel Ocampo por tu reseña de 5 estrellas!', ['Itzel Ocampo']],
    // two capitalised words no list knows, in a patient sentence
    ['the billing office still shows a balance for Xiadani Oyarzabal after her surgery last month', ['Xiadani Oyarzabal']],
    ['pt Oyelaran-Bright Chukwuma was discharged home today', ['Oyelaran-Bright Chukwuma']],
    // Quebec partners
    ['Sa blonde Josée a apporté des beignes pour tout le monde', ['Josée']],
    // a death told after the name, someone brought in, case-report initials, a returning patient
    ['Josefina nos dejó anoche, rodeada de sus nietos', ['Josefina']],
    ['the bus driver who brought Themba in after the crash deserves a medal', ['Themba']],
    ['Case review: K.L., a 52-year-old baker, admitted with chest pain', ['K.L.']],
    ['So good to welcome back Ngaio Tawhiri and her family to the ward today', ['Ngaio Tawhiri']],
    // a courtesy title before an everyday-word name, and its later mentions
    ['happy 90th to ms joy on 3 north! happy birthday joy', ['joy', 'joy']],
    // a name no list knows, marked by sitting with them or by their family right after
    ['Sat with Ubah and her dad for an hour going through the discharge plan', ['Ubah']],
    ["Huge thanks to Marjorie's grandson for the flowers", ['Marjorie']],
    ['her son Devon drove her in', ['Devon']],
    // after a patient word or title, a surname that is also a word is part of the name
    ['pt Maria Hall was admitted overnight', ['Maria Hall']],
    ['her son Devon Park drove down from the city', ['Devon Park']],
    // relatives' everyday-word names, capitalised 'Son', Irish, Filipino, Somali, Portuguese and Afrikaans kin words
    ['says he is walking his daughter Blessing down the aisle in May', ['Blessing']],
    ['Son Emyr rang from Cardiff asking for an update', ['Emyr']],
    ['Her mam Aoife posts the updates every evening', ['Aoife']],
    ['her apo Jericho translated for her at the bedside', ['Jericho']],
    ['Obrigada for the stories, Senhor Medeiros', ['Medeiros']],
    ['his great-grandbabies Tavion and Kiara brought balloons', ['Tavion', 'Kiara']],
    // someone in a bare bed number, a newborn, a quoted testimonial, labelled initials
    ['3am and Wiśniewski in 14 has pulled his line again', ['Wiśniewski']],
    ['baby girl Noelle made her entrance at 3:47am', ['Noelle']],
    ['"My pain was completely gone after three sessions!" — Charmaine Whitlock', ['Charmaine Whitlock']],
    ['la app guarda las iniciales del paciente (JMC) junto al expediente', ['JMC']],
    ['J.R. back on the unit for the 9th time this year', ['J.R.']],
    // particles inside names, initials after Spanish and French titles, hyphenated given names, Japanese honorifics
    ['don Aurelio Pérez de la Fuente cumplió 99 en la residencia', ['Aurelio Pérez de la Fuente']],
    ['my patient Ahmed bin Khalid went home today', ['Ahmed bin Khalid']],
    ['pt Mr. van der Berg beat me at sit-to-stands', ['van der Berg']],
    ['la patiente Mme de la Salle a appelé ce matin', ['de la Salle']],
    ['El Sr. R.G. llegó con dolor torácico', ['R.G.']],
    ['Marie-Ève Tremblay est sortie ce matin, sa fille était là', ['Marie-Ève Tremblay']],
    ['Haruki-san finally ate all of his breakfast', ['Haruki']],
    ['Mi paciente favorito 🥹 Don Chuy de Boyle Heights ya sube escaleras solito', ['Chuy']],
    ['Garde aux urgences. Le vieux Mamadou Diouf, pêcheur de Soumbédioune, arrive à pied', ['Mamadou Diouf']],
    ['Sad day on the ward. Paddy "the Bull" Cronin passed peacefully with his daughters singing', ['Paddy "the Bull" Cronin']],
    ['Our patient left her bag at the desk. Kirra, it\'s there waiting for you.', ['Kirra']],
    // Spanish and French stories: articles before person words, accented given names, recoveries beside "bravo"
    ['la niña Valentina llegó con fiebre', ['Valentina']],
    ['Got a specimen labelled for Abernathy but the requisition says Abernethy. One letter.', ['Abernathy', 'Abernethy']],
    ['Auntie Merline in bed 7 (the whole ward calls her Custard Queen now) told me a story', ['Merline', 'Custard Queen']],
    ['el niño Thiago se fracturó el brazo jugando', ['Thiago']],
    ['atendimos a Yolanda Quispe en la guardia', ['Yolanda Quispe']],
    ['Aujourd’hui, Fatou est rentrée à la maison après trois semaines', ['Fatou']],
    ['Hoy Julián volvió a caminar después del accidente', ['Julián']],
    ['Camila, de 6 años, terminó su quimio', ['Camila']],
    ['Bravo à Kévin qui a remarché aujourd’hui après son AVC', ['Kévin']],
    ['Shoutout to Marisol for finishing chemo today!', ['Marisol']],
    ['Congrats to Jaylen on ringing the bell after his last round of chemo', ['Jaylen']],
    ['Patient left the loveliest card, so: thank you — Beatrix, you made the whole department smile.', ['Beatrix']],
    ['Happy 101st birthday to Ada Pemberton-Hughes, who celebrated with our Ward 12 team!', ['Ada Pemberton-Hughes']],
    ['We are so grateful to the Delacroix-Whitfield family for sharing this note. Their dad was admitted to our ICU in May.', ['Delacroix-Whitfield']],
    ['Buried one of my favourite patients today. Nora Keaveney, ninety-three, of the parish', ['Nora Keaveney']],
    // nicknames people type, neighbours, respectful suffixes, what a shout-out is really for
    ['Nuestra Maripili se va hoy de alta tras 47 días en la UCI', ['Maripili']],
    ['el informe de alta de Paco con el NHC 3345129 encima del mostrador', ['Paco']],
    ['un monsieur de 93 ans tombé dans sa cour, sa voisine Ginette s\'en occupe', ['Ginette']],
    ['Pt came in for a fitness cert. Venkatesh sir from Jayanagar, 82 years, BP better than mine', ['Venkatesh']],
    ["shoutout to Shazza's cochlear implant processor, which survived a swim", ['Shazza']],
    ['Meet Harold Briggs: at 90, he became the oldest patient to undergo TAVR at our heart institute.', ['Harold Briggs']],
    ['Meet Gord Tremblay, who was back on the ice six weeks after knee replacement.', ['Gord Tremblay']],
    ['A Carmencita le dimos el alta hoy, 94 años y más lúcida que yo.', ['Carmencita']], // a diminutive of Carmen, after the personal 'a'
    ['Fatoumata a accouché d\'une petite fille de 3,2 kg à 4h du matin.', ['Fatoumata']],
    ['Tyrell, my 16yo with sickle cell, finally got his crisis under control.', ['Tyrell']],
    ['Still thinking about Petra, the young mum we lost to sepsis last week.', ['Petra']],
    ['Benedikt, our exchange student patient, is finally off oxygen.', ['Benedikt']],
    ['Aunty Flo brought jollof for the night shift again, this woman is a saint.', ['Flo']],
    ['Yolanda, la de la 12, ya camina sola por el pasillo.', ['Yolanda']],
    ['Se nos fue Anselmo esta madrugada, qué tristeza.', ['Anselmo']],
    ['Chayito cumple hoy 90 años en el asilo y le llevamos pastel.', ['Chayito']],
    ['Maribel (la hija) nos trajo tamales a todo el turno.', ['Maribel']],
    ['A Matías lo operamos de apendicitis el viernes y hoy ya juega.', ['Matías']],
    ['Marcel est reparti chez lui avec son déambulateur tout neuf.', ['Marcel']],
    ["J'ai accompagné Sylvain jusqu'au bout cette nuit. Repose en paix.", ['Sylvain']],
    ['Josiane, notre doyenne du service, est partie ce matin.', ['Josiane']],
    ["Le fils d'Yvonne est venu la voir, elle est sortie de l'hôpital hier.", ['Yvonne']], // French elision before the name
    ['Big Mike from bed 9 is finally eating solid food.', ['Mike']],
    ['Bubba is back in the ED for the 4th time this month.', ['Bubba']],
    ["Keisha's baby girl came at 32 weeks and is doing great.", ['Keisha']],
    ['Massive thanks to the family of young Callum who popped into the station', ['Callum']],
    ['Hoy se nos ha ido Pepe, el del quiosco de la plaza', ['Pepe']],
    ['la cirugía de Valentina Ríos, 8 añitos, del barrio', ['Valentina Ríos']],
    ['Shout out to Doris on Ward 9 bed 14 who celebrated with a sherry and a full Elvis singalong', ['Doris']],
    ['Please share 🙏 Little Cian from Ballina has been in and out of our ward since he was a baby.', ['Cian']],
    ['¡Antes y después de Lupita! 😍 Vino con sus dientes muy desgastados', ['Lupita']],
    ['Smile makeover for the gorgeous Jess 😁 6 composite veneers + whitening', ['Jess']],
    ['Happy birthday to our favorite resident, Miss Hope! We love you Miss Hope!!', ['Hope', 'Hope']], // the courtesy title stays outside the name, as after any title
    ['¡Feliz cumple a la abuela Chola! Sigue jugando al truco. ¡Te queremos, Chola!', ['Chola', 'Chola']], // a name the lexicon lacks, repeated
    ['Son mari Abdelkader est joignable au téléphone.', ['Abdelkader']], // 'mari' is the relation, not a name
    ['Que Dieu bénisse Hajja Fatima Zahra, qui est venue à pied à la consultation', ['Fatima Zahra']],
    ['Our little April rang the bell today, no more chemo!!', ['April']],
    ['we implanted a leadless pacemaker in Shri Raghunath Iyer, a retired violin teacher', ['Raghunath Iyer']],
    ['Gogo Nomsa came to clinic in full traditional dress', ['Nomsa']],
    ['thanks to Faith for letting me hold her hand through that bone marrow biopsy today', ['Faith']],
    ["Merci à Capucine et à sa maman de m'avoir autorisée à partager la photo avant/après", ['Capucine']],
    ['Na wa o. Madam Blessing came for her antenatal today with her husband', ['Blessing']],
    ['Big day at the dialysis unit! Our unofficial mayor Nev turned 90 today', ['Nev']],
    ['Pacemaker check party at Shirl\'s place in Wagga today, her device was fixed', ['Shirl']],
    ["Notre patient Innocent, vendeur de garba au carrefour, n'a pas reçu de visite", ['Innocent']],
    ["Lovely auld fella Paddy in for his cataract today", ['Paddy']],
    ['Ayuda para el pana Wilkin Rosario, perdió la pierna en el accidente', ['Wilkin Rosario']],
    ['She drove herself up with her mokopuna Tama', ['Tama']],
    ['Ayer a Yunior lo trajeron en su almendrón', ['Yunior']],
    ['Grann Fidèle Jean-Baptiste a eu cent deux ans', ['Fidèle Jean-Baptiste']],
    ['Tajay from the Mona estate was in resus last night after the crash', ['Tajay']],
    ['Sat with his sister gloria for an hour after the family meeting', ['gloria']],
    ['her daughter grace sat with her all night', ['grace']],
    ['su hermana rosa vino a verla', ['rosa']],
    ['si alguien conoce a la familia de don Aurelio', ['Aurelio']],
    // a post that opens by calling one person and goes on about their body or family
    ["Réjeanne, ton mal de tête pis ta vision brouillée ça l'air d'une migraine", ['Réjeanne']],
    ['Pepa, a tu marido con la gota dale dos pastillas de colchicina', ['Pepa']],
    ['guess who back, miss boudreaux rolled in smellin like a crawfish', ['boudreaux']],
    ['la señora lópez llegó con su nieto', ['lópez']],
    // the name everyone knows someone by
    ['Driver, a fella everybody does call Tallboy, climb out the car', ['Tallboy']],
    ['A bloke everyone calls il-Pupa reversed his car into the pastizzeria', ['il-Pupa']],
    ['Hoy dimos el alta al paisano que todos llaman el Roxu', ['el Roxu']],
    ['Wee shout to Bridie from Cushendall who left the ward a tray of traybakes. Her son says she is baking again.', ['Bridie']],
    ['A special get-well to Erlend from Rousay, who we patched up at the show. His mam says he is mending.', ['Erlend']],
    ['¡Ayudemos a Yeison de Manrique, el pelao que atendimos después del accidente!', ['Yeison']],
    ['Ward 2B sang happy birthday to our legend Merv, who turned ninety-seven and reckons the secret is a nip of rum', ['Merv']],
    // whom a document names, even in a sentence about a colleague; "au nom de" on a card
    ['a colleague left a photocopied prescription for Kagiso Molefe sitting in the shared printer tray', ['Kagiso Molefe']],
    ["une carte Santé de l'Ontario au nom de Gisèle Lafrenière. Elle est à la sécurité", ['Gisèle Lafrenière']],
    ['Le CHU est fier de Julien Marty, greffé du foie chez nous, qui vient de boucler un marathon', ['Julien Marty']],
    ['tengo internada en clínica médica a Sofía Benítez, 34 años, sin obra social', ['Sofía Benítez']],
    ['Our thoughts are with her daughters Bríd and Kathleen and all the family.', ['Bríd', 'Kathleen']],
    ['⭐⭐⭐⭐⭐ ¡Gracias por tu reseña, Valentina Restrepo! Nos alegra que tu rinoplastia haya salido tan bien', ['Valentina Restrepo']],
    // surnames behind a capitalised particle, after a title or a given name
    ['I met Mme Le Goff today, she is 80 and still drives', ['Le Goff']],
    ['Mr. Van Damme was discharged this morning', ['Van Damme']],
    ['our patient Maria De Souza came back for her dressing', ['Maria De Souza']],
    ['M. Julien Lefebvre est sorti hier, sa fille est venue le chercher', ['M. Julien Lefebvre']], // Monsieur, a given name, then the surname
    // surnames that are everyday words, after Mr/Mrs/Ms
    ['Mr Tan in bed 4 went home today', ['Tan']],
    ['Spent my lunch helping Mrs Young with her new glucometer', ['Young']],
    ['Mrs Bell kept asking about my kids', ['Bell']], // an eponym after a courtesy title is a person
    // a name introduced or set off by what comes before or after it
    ['his name is literally Boris and he knows every nurse by name', ['Boris']],
    ['my first patient was a retired trucker named Clint who cried the whole time', ['Clint']],
    ['Last night a guy, Vernon, threw his tray at the tech', ['Vernon']],
    ['Had two visits today. One, Ezra, a retired tailor, fixed my lanyard', ['Ezra']],
    ['We cared for Sunil and his family for six weeks', ['Sunil']],
    ['Ayer llegó al mundo Martina, hija de Rocío y Andrés', ['Martina', 'Rocío', 'Andrés']],
    ['Walter & June celebrated 60 years on our ward today', ['Walter', 'June']],
    ['Visite à domicile chez M. Le Bihan ce matin, toujours aussi drôle', ['M. Le Bihan']],
    ['Ha venido Pilar, la de la farmacia del pueblo, a por su receta', ['Pilar']],
    ["Intervention hier pour un monsieur tombé dans l'escalier 🌼 Marcel si tu lis ça, prends ta canne !", ['Marcel']],
    ['Drove out to the Halvorsen place on Route 4 for the dressing change', ['Halvorsen']],
    ['I delivered her daughter\'s baby last night. Congrats to the Abara family!', ['Abara']],
    ['His wallet had a photo of his grandson Tyler in it', ['Tyler']], // "in it" is not "in IT"
    ["he kept saying 'call my brother deno, he knows'", ['deno']], // lower case after a relative, a word no lexicon knows
    ['mom named her maisie after the ferry', ['maisie']],
    ['His great-grandson Elijah read to him all night', ['Elijah']],
    ['Pic: our 98-year-old sweetheart Packie with his new hearing aids', ['Packie']],
    ['Cheerio to Doreen and her lad Kev, who moved her closer to home', ['Doreen', 'Kev']],
    ["(C'est Tiago, le frère de Wandy, pour ceux qui demandent.)", ['Tiago', 'Wandy']],
    ['So cute! Bob and Ingrid Halvorson celebrated 70 years married on our unit', ['Bob', 'Ingrid Halvorson']],
    // a name opening its clause as the subject of a care story, with no other cue
    ['Harold kept asking for his wife all night. I just held his hand till the shift ended.', ['Harold']],
    ['Quiñonez pulled his IV out again tonight, third time this week on our floor', ['Quiñonez']],
    ['Rosendo volvió a la guardia con el pie infectado. Le dije que se cuide.', ['Rosendo']],
    ['Gaspard est tombé encore une fois dans sa chambre, garde difficile cette nuit.', ['Gaspard']],
    ['Chers collègues : le dossier de M. Lucien Marchand a encore été envoyé au mauvais numéro.', ['M. Lucien Marchand']],
    ['whoever wrote Eliquis 5mg bid for Harold (93, 52kg, SCr 1.6) needs to reduce it', ['Harold']],
    ["I've been on the phone to Ishbel MacLeod's nephew four times today", ['Ishbel MacLeod']], // a nephew is a relative too
    ['Goodbye Cucu Nyokabi 💔 You passed at 4:20am with your granddaughter beside you.', ['Nyokabi']], // Kikuyu "grandmother"
    ['Frequent flyer Darnell Pruitt is back in bed 12 for the 6th time this month', ['Darnell Pruitt']], // the bed they are in
    ['Even if her mam (Nora Keaveney, from Tuam) says grand, go ahead?', ['Nora Keaveney']], // a relative named in brackets
    // a reply that opens by calling someone about their own care
    ["Brenda Takahashi, we're sorry you feel that way, but our records show you arrived late.", ['Brenda Takahashi']],
    ['Bonjour Si Abdelkrim Tazi, suite à votre commentaire : votre dossier est bien chez nous.', ['Abdelkrim Tazi']],
    ['Bed 6 Mzee Langat, family meeting tomorrow 10am, son Kiprono on 0722 481 906.', ['Langat', 'Kiprono']], // English "son" after a comma
    ['Prayers please for my sweet patient Georgia who fell Saturday night', ['Georgia']], // a state's name after "patient"
    ['Pearl, 104 today. Our longest-serving patient', ['Pearl']], // a word-name then her age today
    ['Hommage à Lella Zohra, décédée dans notre service vendredi', ['Zohra']], // Moroccan "Lady", a courtesy title
    ['My son Liam was admitted to the PICU last night', ['Liam']], // the writer's son, as a patient
    ['Un de mes patients, Parrain Landry, un vieux riziculteur de Kaplan', ['Landry']], // Cajun "godfather", a courtesy title
    ['Grand lad in this morning, Seánie from out Enniscrone way, 84 and still cutting turf.', ['Seánie']], // where from, then his age
    // a person, then their name set off
    ['So our regular, Dwayne Pruitt (yeah I am using his name), rolls up to the window', ['Dwayne Pruitt']],
    ['Anoche llegó una muchacha de 17 años, Yessenia, de una aldea cerca de Todos Santos', ['Yessenia']],
    ['We have a 56-year-old with an LVAD, Kimo, from Kaunakakai', ['Kimo']],
    ['One of my regulars, Bobby Joe Mullins, worked the mines for 28 years', ['Bobby Joe Mullins']],
    ['Meet Darnell Pickens, one of the first patients in our new Diabetes Reversal program.', ['Darnell Pickens']],
    ['Testimonio real 💯 La Fernanda llegó con hernia lumbar y dolor 9/10', ['Fernanda']], // Chilean article before a first name
    ['new birth visit to twins this morning. Mam Gráinne had them on the 28th', ['Gráinne']], // a relation word opening the sentence
    ['turned into a 3 hour chat with a bloke called Rhys who just needed someone to listen', ['Rhys']],
    ["I know the regulars' numbers off by heart 😅 Senga, CHI 120534 1242, your letters keep going to your old flat", ['Senga']], // an id after the name
    ["Dave, I can see you've tagged me again 😅 please don't stop your bisoprolol just because your heart rate is 55.", ['Dave']], // a reply about his tablets
    ["Dressing clinic out at Ruatoria today. Whaea Huia's leg ulcer is finally closing", ['Huia']], // Māori "aunt", a courtesy title
    ['everyone called him Grandpa Gus, 96. One night a tech on our team, Sione, started humming, and Gus corrected his lyrics. Sione and Gus sang every night.', ['Grandpa Gus', 'Gus', 'Gus']], // a patient listed with a colleague stays a patient
  ])('NAME in %j', (text, surfaces) => {
    expect(spans(name, text)).toEqual(expected(text, 'NAME', ...surfaces));
  });

  it.each([
    ['Our Chief Nursing Officer, Mrs. Funmilayo Adeyemi, will be speaking on maternal health'], // a role before the title
    ['Meet Sarah, our new charge nurse, who has cared for cardiac patients for 20 years.'],
    ["Thanks to Sarah's team for covering nights"],
    ['Yes sir, the clinic opens at 9'],
    ['Amigos, nuestra paciente necesita un trasplante de riñón.'], // a vocative before a patient gloss
    ["Journée mondiale de la maladie d'Alzheimer : venez nous voir au stand."],
    ["Le discours qu'Emmanuel Macron a fait sur l'hôpital public."],
    ['Léa de 5 ans'], // 'de' and a number is an age, not a bed
    ['Il faut renouveler, son Lévothyrox est fini'], // French "son" (his) after a comma
    ['Ward 7, 12 today on the list'],
    ['Je vais à Sidi Bouzid demain voir ma mère'], // a town, though "Sidi" is also a courtesy word
    ['Vamos a La Serena este verano con la familia'], // a city after its article
    // colleagues named after their job
    ['Huge thanks to my hygienists Lorraine Begay and Chris Tsosie, who set up the chairs for the kids'],
    ['Thank you to my oncologist, my infusion nurse, Kayla, who held my hand through chemo'],
    ['Gracias a mi equipo: las higienistas Rosanna y Kelvin, y a mi coordinadora, Miledys Peña, que siempre contesta'],
    ['Nos infirmières Danielle Ardoin et Josette Manuel ont soigné la patiente avec amour'],
    ['I stopped sleeping. I stopped running. My husband Ray noticed before I did.'], // the writer's own family
    ['Gracias a mi esposo Juan Carlos, a mis hijas Dulce y Fernanda, y a mi instructora'],
    ['Una enfermera de la escuela, la señora Linda Ochoa, me vio dormida en clase'],
    ['And to my partners at the clinic, Dr. Ellen Kauffman and PA Jorge Medina: thank you for 23 years'],
    ['Patient Success Story Friday! 🚜 When the harvest came in'],
    ['Meet Sarah, one of the best nurses on our unit, who cares for patients'],
    ['Golpe de calor, temperatura de 107°F. Sin teléfono, sin cartera.'],
    ['We cut the ribbon at 1520 N Martin Luther King Jr Blvd, the first clinic in the ward'],
    ['en la casita azul que el huracán María dejó sin techo'],
    ['Me enseñó a hacer pasteles y a rezar el rosario en 10 minutos.'], // a noun after its article
    ['the Corsi-Rosenthal box, named after Richard Corsi, costs about $60'],
    ['Some of our volunteers: Mr. Earl Greene, a retired professor who reads to the patients'],
    ['trabajo con un equipo que es mi familia: Don Rigo en recepción y la Dra. Mendoza'],
    ['Trabajo en Lawrence. Dominicana, 10 años en esto.'],
    // eponyms and capitalised clinical terms
    ["April is Parkinson's Awareness Month"],
    ["Crohn's and ulcerative colitis are both IBD"],
    ["Bell's palsy, Guillain-Barré, Graves', Hashimoto's, Cushing's, Addison's"],
    ['Graves disease and Down syndrome and the Glasgow coma scale, Apgar score'],
    ["Alzheimer's disease was first described by Dr. Alois Alzheimer in 1906"],
    ['Tommy John surgery isn\'t just for big-league pitchers anymore'],
    ["St. John's wort interacts with sertraline in patients"],
    // drugs
    ['Wegovy, Ozempic and Tylenol shortages again for our patients'],
    // staff, authors, public figures, sign-offs
    ['Meet Dr. Grace Huang, our new pediatric cardiologist! Grace grew up in Ohio.'],
    ['Happy birthday to our amazing charge nurse Tina! 🎂'],
    ['Welcome to our newest NP, Jordan Blake, DNP! Jordan joins our Westside clinic.'],
    ['Shoutout to our social worker Anne for the help today'],
    ['After 32 years on our cardiac unit, Linda Park is retiring! Linda, thank you.'],
    ['Sunscreen check: reapply every 2 hours. — Dr. Lee'],
    ['Get your flu shot this week! -Sam, RN'],
    ['Smith et al., 2021 showed the same in 3,000 patients'],
    ['Serena Williams has talked openly about the blood clots in her lungs'],
    ["Florence Nightingale's birthday ends Nurses Week"],
    // everyday words that are also names, months, places, organisations
    ['Hope is not a strategy, but it helps on night shift'],
    ['Grace period for marketplace enrollment ends soon!'],
    ['Will flu season peak early this year?'],
    ['Our rose garden is in full bloom. Rose, lavender and bees.'],
    ['Proud of our partnership with Hope Lodge for patients traveling for treatment'],
    ['Clinic closed Monday, May 26 for Memorial Day'],
    ['Saturday slots through August at our pediatric clinic'],
    ['Trauma came in at 3am, John Doe, no ID'],
    ['Meet Rosie, our therapy golden retriever 🐶'],
    ['Our nurses Jessica, Amanda and Brian ran the vaccine drive'],
    ['Congrats to our nurse Kelly on her DAISY award!'],
    ['Welcome to the Riverbend family, new grads!'],
    ['Transferred to Jackson Memorial this morning'],
    ['Shout out to Ashley, Brittany and Kayla on the night crew!'],
    ['Like Angelina Jolie, many patients with BRCA1 choose preventive surgery.'],
    ["Epic's family of apps keeps growing"],
    ['Thanks Sarah for covering my patients tonight!'],
    // verbs and instruments that look like names
    ['Bill the insurance before the patient leaves'],
    ['Sweet Caroline played all night at the staff party'],
    ["Chase the lab for the pt's potassium"],
    ['Kelly clamps and Mayo scissors for the pt'],
    ['Shout out to Marcus for staying late with the pt in bed 4'],
    // Spanish words that are also given names
    ['Ella vive sola y la paciente tiene dolores de cabeza'],
    ['Luz verde para las vacunas de otoño en la clínica'],
    ['Patient safety tip from Kevin in pharmacy: double check insulin drips.'],
    ["Our patients love Chef Tony's Friday tacos"],
    ["Did you know Michael J. Fox has lived with Parkinson's since 1991?"],
    ['Heart Month: eat more beans. Love, Dr. Amy Chen'],
    // Spanish and French articles and pronouns at a sentence start, even after a patient word
    ['lo he visto en mis pacientes. Los oncólogos no quieren que lo sepas'],
    ['Les infirmières de nuit méritent une augmentation'],
    ['Los Angeles nurses rally for safe staffing'],
    // an object's nickname, a courtesy word used as a noun
    ['Day 3 on the new pump, he named it Bolus Bob'],
    ['she calls her walker Rhonda and talks to it'],
    ['Hoy un señor llegó cargando a su esposa en brazos'],
    ['Great article by Okafor et al. on sepsis bundles'],
    ['Thanks to Nurse Kemi and the whole night crew'],
    ['Hope you all have a restful weekend'],
    ['Mama bear mode activated for my peds patients'],
    ['Hey Siri, remind me to hydrate during my 12-hour shift'],
    ['Dear Santa, all I want for Christmas is a fully staffed unit'],
    ['Happy Nurses Week to my amazing team: Priya, Kwame, Oksana and Luis'],
    ['Shoutout to Ngozi on 4 West for covering three extra shifts this month'],
    ['In 1998 Dr. Okonkwo published the landmark trial'],
    ['pt ambulating in hallway, tolerated well'],
    ['pt denies pain, pt afebrile, pt npo after midnight'],
    ["regression: the CAD system pasted a pt's VIN (1FTFW1E59KFA12389) into the address field"],
    ["the pt's Mercedes was towed from the ED bay"],
    ["M. Macron a annoncé un plan pour l'hôpital public"],
    ['I see you Karen, cutting the line at the pharmacy again'],
    // a saint's name is a church or hospital; a clinician introducing themselves is not a patient
    ["Flu shot clinic this Saturday in the main lobby at St. Brigid's!"],
    ["I'm Maria, PICU nurse for 12 years. AMA about pediatric sedation"],
    ['Patient Safety Week starts Monday'],
    ["'If you don't know your patients, you don't know them.' — Paul Farmer. Thinking about this today."],
    ['Guy came in tonight with a treble hook through his earlobe'],
    ['Sat with Sarah from pharmacy at lunch today'],
    ['ICU, ER, OR, PACU: all hands on deck'],
    ['NEW YORK, NY: flu clinic Saturday'],
    ["Joey's Medical Center is hiring nurses"],
    ['Do other chaplains struggle with the word "Hope" at the bedside?'],
    ['to the lovely Irish family from bay 3: thank you for the scones'],
    ['Clinic moved to 1412 W. Lake St. in the hospice building'],
    ['Gracias a mi equipo de la UCI, en especial a la jefa Rosario Quintero'],
      ['Congratulations to Sister Niamh Gallagher, who retires this Friday after 30 years on the ward'],
    ['Big love to Emeka, Bisi and Kemi on nights this week, best ward in Lagos'],
    ["Spent the morning with a gentleman watching the King's speech"],
    ["Valentine's baby girl arrived at 04:12, mum and dad both fine"],
    ['Flu clinic in Building C. Walk-ins welcome.'],
    ['Thanks to study coordinators Ana Lima and Sam Okoro for the enrolment push'],
    ['Bravo à notre équipe de nuit, et surtout à Manon et Lucas qui ont géré la panne'],
      ['Serena Williams has talked openly about the clots after giving birth'],
    ['The score was 97 and the crowd went wild'],
    ['Welcome to the team, Jessica! She joins us from the ICU after her orientation.'],
    ['Meet Dana, 34, our newest charge nurse on 5 West'],
    ['Congrats to Sarah on her DAISY award, she cared for patients after their surgery with such kindness'],
    ['Congrats to Dr. Will Hartley on being named Pharmacist of the Year'],
    ['the little girl I have been treating finally let me take the bandages off'],
    ['Thanks to the Cancer Society and the Emergency Department for the patient care packs'],
    ['Patient Safety Week: the Federación Española de Párkinson joins us on Friday'],
    ['In today vlog I tell you about the craziest patient I had this month'],
    ['Our Baton Rouge and Wagga Wagga sites are hiring'],
    ['Thanks to my co-authors Meera Pillai and Conor Walsh for the poster'],
    ['Massive thanks to Kris, Tanya, Dr. Lindqvist and everyone on nights'],
    ['Thank you Sr. Wanjiru and Dr. Kamau for the training day'],
    ["A patient's wife CC'd the whole department about me"],
    ['Un patient veut renouveler son Lévothyrox par courriel'],
    ['Orgullosa de mis compañeras del Hospital La Paz: Marta, Inés y Jordi'],
    ["the pt brought an 'MR conditional' card and an MS diagnosis letter"],
    ['Free flu shots Saturday at our Eastside Campus, bring the kids'],
    ['Device check: Medtronic Azure, battery 9.5 years, all good'],
    ['New paper: Nguyen, Park & O\'Brien (NEJM 2024) cut readmissions by 23%'],
    ['left my badge at the Tim\'s on Dundas this morning'],
    ['Thank you for the visit today.\n\nRev. Alan Boateng, Hospice Chaplain'],
    ['Pt I have had for two years finally chose hospice today'],
    ['Thanks Sarah in 4 West for covering'],
    ['we admitted 14 in 14 days, a record'],
    ['Our new pavilion opens Monday at 2450 Magnolia Avenue, Harlow Valley. Book online.'],
    ['Free flu clinic this Saturday at St. Anne\'s Parish Hall, 45 Church Street'],
    ['Happy 30th birthday to Jess, our amazing charge nurse!'],
    ['Happy 90th birthday to St. Brigid Medical Center! Founded in 1935 with 24 beds'],
    ['Brady at 42 with a BP of 86/50 in a dialysis patient? Think potassium first.'],
    ['We watched Operation "Desert Storm" Unfold on the waiting room TV'],
    ['Patient census was wild. Tamsin, you\'re the best charge nurse on the floor.'],
    ['Accidente en la A-6, Seat León matrícula 4821 KLM, el conductor salió por su pie'],
    ['Our badge for Security is at the front desk'],
    ['The order says STAT but nobody drew it'],
    ['Congrats to Jaylen on passing his boards, proud of our new grad!'],
    ['No, 99215 is not right for a six-minute patient refill. Sincerely, your tired clinic coder.'],
    ['His wife did CPR for 11 minutes before we got to the patient. Ma\'am, you\'re a legend.'],
    ['Detalles del velorio en la funeraria 🕊️ — Capellán Hno. Rubén Márquez'],
    ['¡Gracias por tu reseña! Te esperamos en Sucursal Polanco'],
    ['Al señor del Seat León gris que trajimos ayer: su coche sigue en el depósito'],
    ['Happy 100th birthday to Riverside Community Hospital, our home since day one'],
    // a word-name used as its word, even in a sentence about patients
    ['Hope is a powerful thing in the ICU.'],
    // a line's or programme's label before its number or site; a reader thanked in a post with no care in it
    ['📌 Salud Responde: 600 360 7777\n📌 Chile Crece Contigo: crececontigo.gob.cl'],
    ['En Italie, Telefono Amico : 02 2327 2327.'],
    ["Sorry, if you're reading this I know it's late. Guys, if you're reading this, hydrate."],
    ['Félicitations à Marie Dubois, notre nouvelle cadre de santé !'],
    // organisations, products, units, streets and days that read like names
    ['Registered Charity No. 20012457. Informal enquiries to Aoife Brennan, Director of Nursing, 061 482 100'],
    ['📍 HR Block, 3rd Floor, Sri Niketan Hospitals, Road No. 12 — Thank you to the Chin family of Hi-Lo Food Stores'],
    ['Our customer took our Herbal Fibroid Bitters for 3 weeks. With love from everyone at Bukit Batok Eldercare Home.'],
    ['Free genotype testing all week at our Yaba clinic, 12 Herbert Macaulay Way, 8am–4pm. VACANCY: Professional Nurse (Cape Town)'],
    ['Enviá tu CV. Farmacias Ñandeyara S.A. – RUC 80012345-6. Hoy es el Día Mundial de la Prematuridad 💜'],
    ['¡Gracias al equipo de Cirugía Cardiovascular del Ameijeiras! El Hospital Provincial Manuel Ascunce Domenech felicita al equipo'],
    ['Stories from the Ward, Ep. 4. Clínica Dental Sant Gervasi, 93 555 41 20. Eko Meridian Hospital is hiring Resident Doctors.'],
    ['La encontraron en la Gran Vía con un paparajote en la mano.'],
    ['Our patient went home. #PrayForUkraine #TeamWork #NursesWeek #HappyBirthdayMom #BostonStrong #VegasStrong #NurseStrong'],
    ['Will you join our flu clinic this weekend?'],
    ['Grace under pressure: our ED team handled 200 patients yesterday.'],
    ['our vendor logs patient IPs in the visit record'], // an abbreviation's plural
    ['If may nakakaalam kung bakit pending pa rin after 3 weeks, pls comment.'], // Tagalog 'pa rin' (still)
    ['un señor de Iztapalapa llegó con un desarmador clavado en la mano'], // a man from somewhere, not 'de Iztapalapa'
    ['Summer hours start Monday: the clinic closes at 4pm.'],
    ['Kia ora koro, welcome home from the ward!'],
    ['thanks to Faith for covering my shift today'],
    ['Blessing to have such a team in the ICU.'],
    ['Comfort care is not giving up, it is care.'],
    ['Our ICU team at Mercy just hit 365 days without a CLABSI!'],
    ["Apple's place in the market is secure"],
    ['Dale abuelo, que tengo cuarenta más esperando'],
    ['Con nuestro láser bajas 10 kilos. Mira a nuestra paciente: antes y después'],
    ['Eid Mubarak to everyone celebrating!'],
    ['Señora, aquí no dan Óscar a la mejor actriz'],
    ['Our patient Portal, as of today, has a new look'],
    ["Happy St Paddy's Day from the ED team"],
    ['Big up to the A&E team this weekend: porter Dwayne ran tings while the place was bursting'],
    ['her son will be fine'],
    ['my sister may come later'],
    ['spent 3 weeks teaching the student nurses to sing Shona hymns properly'],
    ["Dental PSA: Ludwig's angina is NOT a wait and see toothache"],
    ["Le papi m'a dit 'li lé plus fidèle que mon madame'. J'ai ri pendant toute la garde."],
    ['The lady in bed 3 at Mater Dei needed four of us to turn her'],
    ['Le CHU Félix Guyon recrute des IDE pour les urgences'],
    ['Qué gochu, madre mía, nun había quien entrara'],
    ['Felicitamos a nuestra querida Lic. Enf. Mirna Benítez por sus 30 años de servicio'], // a colleague by her titles
    ['Noche larga en emergencia del Mario Catarino, entró otro herido de bala'],
    ["Parents, your child's fever is a friend, not an enemy"],
    ['Honestly, your best bet is rest and fluids'],
    ['I miss grace so much'],
    ['miss will you help me with this form'],
    ['Objeto encontrado en la sala de espera de Consulta Externa, pasar por ventanilla'],
    ['Everyone calls it Monday blues for a reason'],
    ['Hilo 🧵 sobre el golpe de calor en la obra'], // "thread", not a name
    ['Mama, I saw your post in the moms group: please take her to urgent care'], // a word people are called by
    ["Everyone, I'm so sorry for the delays at the front desk today"],
    ['Proud of our nursing students for the moccasin-making circle led by Elder Mary Bignell'], // a community Elder leading an event
    ['¡Hola! Por privado te paso el contacto del consultorio 😊'],
    ['Thank you to my mentor, Dame Ruth May, and to my mum, who still thinks I am a doctor.'], // an honour, a public figure
    ['Patient Spotlight: this month we celebrate our volunteer drivers'],
    ["Anyone see where the tow truck took the pt's Camry from Lot C? He is still in ICU"],
    ['Greetings from Cushendall to all our patients and their families!'],
    ['Proud to present our screening results: 4,812 women screened across Lusaka Province, 91% treated the same day.'],
    ['Namaste from the outreach camp! 312 patients seen in two days, 41 cataract referrals.'],
    ['El Complejo Hospitalario de Navarra recuerda: durante las fiestas reforzamos Urgencias para los pacientes.'],
    ["Au nom de toute l'équipe, merci pour vos messages"],
    ['Flu & COVID shot clinics: Mon Oct 21 and Thu Oct 24, 9–3.'], // a weekday's short form before a date
    ['Thanks for the review, Google! We love the new map pin'],
    ['Le docteur a dit que La Rochelle est belle en été'], // a particle opening a sentence or a town is no surname
    ['Wheelchair clinic every Wednesday. Thanks to our volunteer OT Ms. Grace Atuhaire and the Motivation team.'], // a job before the title: a colleague
    ['Free workshop at our clinic on 20 Sept. OT Ms Winnie Cheung presenting!'],
    ['Reminder from the Port Klang occupational health clinic: all crane operators due for audiometry'],
    ["demo screens use the dummy record TEST-0000 and 'Patient, Demo'. Questions: 0211 555 900."],
    ['Big thanks to ANM Kamla ji for the camp!'],
    ['Remis par le Directeur et la major du service, Mme Aminata Fall. Our caregiver Beatrice visits every morning.'],
    ['Just finished The Emperor of All Maladies by Siddhartha Mukherjee.'],
    ['Special thanks to DON Faith Morales and the whole 2nd floor crew.'],
    ['3 pts on q1h neuro checks and a charge nurse named Hope who keeps bringing me water'],
    ['Mr Right is still out there, ladies'],
    ['Huge thanks to Dave in IT for rescuing the printer'],
    ['Mi hija se llama así por su abuela'],
    ['Thank you to our night crew on 5 North — Kelsey, Omar and Lin — for covering three sick calls'],
    ["Merci à toute l'équipe, surtout Clara et Hugo, pour cette garde"],
    ['Merci à Pauline, Inès et Marc pour ce pot de départ'],
    ['Also Mr Pike the consultant was on fine form today'],
    ['Recordad: el signo de Murphy, el de Blumberg y el de Rovsing no sustituyen a la ecografía'],
    ['Shout-out to DPTs Keisha Grant & Tyler Moss for the gait clinic'],
    ['Thank you to the Hendricks family for their generous donation to the NICU'],
    ['South Tipperary Hospice Movement, Registered Charity No. 20012457'], // a word-name labelling a number
    ['Un fils nous demande de retirer notre vidéo de Noël où on voit sa mère dans sa chambre'], // the holiday, not a person
    // everyday words compromise's lexicon lacks, opening a care story's sentence
    ['Supplier says bring the concentrator to the office. Her sats were fine on my shift.'],
    ['Trauma came in at 3am, no ID. His family was found later.'],
    ['Bloke came into ED with a fish hook in his thumb and asked for a selfie.'],
    ["We've been slammed all night shift, meds are late."],
    ["« Grâce à l'équipe de réadaptation, j'ai remarché en 6 semaines »"], // French "thanks to"
    ['Come see why patients choose Cedar Ridge Urology.'], // an organisation named after a place
    ['Now hiring: Patient Access Representative, Cedar Ridge Decatur. Full-time, days.'],
    ['Favor de enviar los resultados de la biopsia al fax de la clínica'], // Mexican Spanish "please"
    ['Mark is back in the office on Monday, bed 12 still needs a new mattress'], // a word-name, no one's bed
    ["Honey, I read your post about your mama's swollen legs, no need to haul her to the doctor."], // an endearment, not a name
  ])('nothing in %j', (text) => {
    expect(spans(name, text)).toEqual([]);
  });

  it('regression: "PT orders" after a possessive is not a credential (Mr. Oyelaran\'s PT orders)', () => {
    const text = "fax Mr. Oyelaran's PT orders before 5";
    expect(spans(name, text)).toEqual(expected(text, 'NAME', 'Oyelaran'));
  });

  it('regression: "that Elvis song" is a song, not a patient', () => {
    expect(spans(name, 'Miss Rose on our unit requested "that Elvis song" on repeat')).toEqual(
      expected('Miss Rose on our unit requested "that Elvis song" on repeat', 'NAME', 'Rose'),
    );
  });

  it('explains itself: the slot and the word that opened it', () => {
    expect(evidence(name, 'Mrs. Alvarez was in tears')).toEqual([{ recognizer: 'name', pattern: 'title', score: 0.85, context: 'mrs' }]);
  });
});
