import { describe, expect, it } from 'vitest';
import { date } from '../../../../lib/check/phi/date';
import { expected, spans } from './helpers';

describe('date recognizer', () => {
  it.each([
    // numeric forms
    ['Born at 24 weeks on 3/14/2025 weighing 1 lb 6 oz', ['3/14/2025']],
    ['pt was admitted 3/14/25 with chest pain', ['3/14/25']],
    ['the balance was paid on 2025-03-14 per her statement', ['2025-03-14']],
    ['DOB 04-11-1957, allergic to PCN', ['04-11-1957']],
    ['My pt regressed 2 days after her MMR on 9/12.', ['9/12']],
    ['Our pt was seen on 3/4.\nStill no callback from the family', ['3/4']], // a short date ending a line, not a thread counter
    ['pt DOB 3/14', ['3/14']],
    // the moment of an incident, to the minute
    ['got called out at 2am, Nov 28 for a guy who fell off his roof', ['Nov 28']],
    ['appelés le 1er mai à 7h pour un monsieur tombé de vélo', ['1er mai']],
    ['Caught a baby in the back of a pickup in the Safeway lot on Pine at 4:12am on 2/29', ['2/29']], // the incident is earlier in the sentence
    ['our patient was admitted the twenty-first of December', ['the twenty-first of December']],
    ['he walked out AMA Friday night with his IV still in', ['Friday']],
    ['Kid snapped his tib and fib at the pitches Sunday morning and took it better than most', ['Sunday']], // the night of an incident
    ['so on Christmas Eve the fella in bay 3 bed 14 asks me to pass a message', ['Christmas Eve']], // a holiday told of someone in a numbered bed
    // a weekday tied to the patient by what happened or whose it was
    ['Fella comes in Saturday night after the match, head split open off a bus shelter', ['Saturday']],
    ['So sorry for your loss. I had your dad on Tuesday up on 4 West', ['Tuesday']],
    ['Il est tombé samedi soir du haut du kiosque, poignet cassé', ['samedi']],
    ["L'informatique peut la mettre en liste blanche avant sa séance de jeudi ?", ['jeudi']],
    ['We hear the fear in your voice. Sunday evening a mother was admitted with her baby', ['Sunday']],
    // month names
    ['After his TAVR procedure on March 14th, he was back at work', ['March 14th']],
    ["Pt's follow-up is Jan. 9.", ['Jan. 9']],
    ["She'd been on our service since 14 Mar and her daughter visited", ['14 Mar']],
    ["born 11 April '57 in a farmhouse, he told me", ["11 April '57"]],
    ['he leaves on June 3 for camp with his new pump', ['June 3']],
    // ordinals, holidays, month alone with patient wording
    ["my pt's surgery got bumped AGAIN, now it's on the 14th", ['the 14th']],
    ['our patient Gladys celebrated her birthday on the ward on the twenty-first, with carols', ['the twenty-first']],
    ['the patient was airlifted to Beaumont on the second after a fall at the pier', ['the second']],
    ['la paciente está postrada desde el veinticinco de mayo', ['veinticinco de mayo']],
    ['Mr. Tesfaye, the dad in rm 12 on Tues 3/4 who brought injera', ['3/4']],
    ['Mr. A, 94, admitted the 3rd from a nursing home', ['the 3rd']],
    ['the 92yo in bed 7 asks you to sneak her a Frosty on New Year\'s Eve', ["New Year's Eve"]],
    ['the pt swears she renewed in Jan', ['Jan']],
    ['Admitted Tuesday the 4th, discharged Friday the 7th', ['Tuesday the 4th', 'Friday the 7th']],
    // Spanish and French
    ['la paciente llegó a nuestro servicio el 2 de mayo', ['2 de mayo']],
    ['paciente ingresó el 14/03/2025 por neumonía', ['14/03/2025']],
    ['Her surgery is Thursday 10/14', ['10/14']],
    ['la patiente est sortie le 14 mars', ['14 mars']],
    ['né le 3 avril 1957, le patient est hospitalisé', ['3 avril 1957']],
    // a weekday with a day number, in three languages
    ['ingresó el lunes 3 con neumonía', ['lunes 3']],
    ['la patiente est arrivée le jeudi 12 mars aux urgences', ['jeudi 12 mars']],
    ['Está internado con nosotros desde el viernes 12', ['viernes 12']],
    // a weekday alone, after an admission or arrival
    ['she was admitted on Saturday with chest pain', ['Saturday']],
    ["he's been with us since Sunday and nobody has visited", ['Sunday']],
    // holidays tied to a patient event
    ['came in on Thanksgiving after carving the turkey and his thumb', ['Thanksgiving']],
    ['caught the Obi twins on Christmas Eve, mama did amazing', ['Christmas Eve']],
    ['llegó en Nochebuena con dolor de pecho', ['Nochebuena']],
    ["patient in room 7 on new year's eve was NPO for surgery", ["new year's eve"]], // typed lower-case
    ['she came in on Boxing Day with chest pain', ['Boxing Day']],
    ["delivered a baby girl for a first time mam on Paddy's Day", ["Paddy's Day"]],
    ['il est arrivé aux urgences à la Toussaint, en pleine nuit', ['Toussaint']],
    // month and day near a procedure or a titled patient
    ['On June 4 we implanted a leadless pacemaker, he walked by dinner', ['June 4']],
    ['Discharged him on Nov 3 after a 6-week stay', ['Nov 3']],
    ['el paciente llegó marzo 15 con fiebre', ['marzo 15']],
    ['On Sunday night she coded twice and we got her back', ['Sunday']],
    ['el lunes llegó con fiebre alta', ['lunes']],
    ["he was born on the jour de l'An in 1931", ["jour de l'An"]],
    ['elle est arrivée le soir de Noël', ['Noël']],
    ['someone wrote her DOB as 30/02/1941 on the chart', ['30/02/1941']],
      ["I was your daughter's nurse on Nov 3 and she was so brave", ['Nov 3']],
    ['Il rentre chez lui le 12 juin', ['12 juin']],
      ['drove out for my regular visit last Thursday and found him on the floor', ['Thursday']],
      ['Delivered a baby in the back of a cab on 21/03, mum and baby fine', ['21/03']],
    ['Doña Chayo nos dejó el 4 de marzo, tranquila', ['4 de marzo']],
    ['his daughter asked us to fill the patient\'s oxycodone early on 11-20', ['11-20']],
    ['su Medicaid de la paciente sale inactivo desde el 1ro de julio', ['1ro de julio']],
    ['Mi paciente Yeison, que se cayó del andamio en diciembre, ya mueve los dedos', ['diciembre']],
    // a bare day after an article, and a weekday right after the event
    ['Mi paciente se cayó el día 5 y desde entonces no camina bien', ['el día 5']],
    ['La señora ingresó el pasado 12 por una neumonía', ['el pasado 12']],
    ['Mme Fortin est arrivée aux urgences le 14 avec une fracture', ['le 14']],
    ['Le patient de la chambre 12 est sorti le 22, enfin.', ['le 22']],
    ['Pt came in Saturday night after a fall at home', ['Saturday']],
    ['Monsieur Gagnon est décédé samedi dernier', ['samedi']],
    ['Our NICU grad Leo came home Jan 2nd weighing 5 lbs', ['Jan 2nd']],
    ['Pt admitted 3-Jan with DKA, discharged 9-Jan.', ['3-Jan', '9-Jan']],
    ['Baby Leo was delivered Sunday the 9th at 2am.', ['Sunday the 9th']], // a birth time is not an event's schedule
    ['9 visits since Sept 2, always sleeping on the bench outside.', ['Sept 2']],
    // the whole date, not the article and its day: "el 14" must not cut "de noviembre" off
    ['Don Ernesto ingresó el 14 de noviembre por una neumonía.', ['14 de noviembre']],
    ['Mi paciente Rosa se operó el 3 nov, ya camina.', ['3 nov']],
    ['DOB 04.11.57, pt Okafor', ['04.11.57']], // a two-digit year after a birth-date word
    ['Eleanor turns 100 on March 3 and her whole family is flying in', ['March 3']],
    ["He's back in A&E for the third St Stephen's Day in a row, her mam says", ["St Stephen's Day"]],
    ['Mi abuela entró a quirófano el 3 de marzo y todavía no sale', ['3 de marzo']],
    ['Notre petit Lucas est sorti jeudi dernier après 3 mois', ['jeudi']],
    ['Le vieux Mbaye rentre chez lui juste avant la Tabaski, sa famille est ravie', ['Tabaski']],
    ['Le pauvre est sur la civière depuis jeudi le 5, le patient attend', ['jeudi le 5']],
    ["her leg ulcer started healing on St David's Day, she says", ["St David's Day"]],
    ["Lola's chemo starts Oct 3, prayers please", ['Oct 3']],
    ['Mon père est entré en réa le 17 juillet', ['17 juillet']],
    ['My patient came into A&E on Sallah day with chest pain', ['Sallah day']],
    ['La patiente est arrivée aux urgences dans la nuit du 21, très agitée', ['nuit du 21']],
    ['El paciente llegó a urgencias la noche del 24 con dolor torácico', ['noche del 24']],
    ['She came in the night of the 21st after the crash', ['night of the 21st']],
    ["Mon petit patient a soufflé ses bougies en pédiatrie le jour de l'Aïd", ["Aïd"]],
    ['Y était pas mal sonné après sa chute à la Saint-Jean', ['Saint-Jean']],
    ['le petit patient, né chez nous à la maternité la nuit de la Tamkharit', ['Tamkharit']],
    ['The patient walked out of the ward on Ugadi morning, 12 days after his TAVI', ['Ugadi']],
    // a day before or after a feast, its eve or night, and days no list holds
    ['The day before CNY my patient Mdm Tan collapsed at home', ['The day before CNY']],
    ["Intervention le lendemain de l'Aïd, le patient est le forgeron", ["le lendemain de l'Aïd"]],
    ['Admitted a 14 yr old on Eid-ul-Fitr night, burns to both hands', ['Eid-ul-Fitr night']],
    ['she came in two days after Santa Marija with chest pain', ['two days after Santa Marija']],
    ['our patient came in on Kadooment Day with a cut hand', ['Kadooment Day']],
    ['el día de la Santina llegó el paciente con el brazo roto', ['día de la Santina']],
    ['Mi paciente cumple el 8 de septiembre, día de la Caridad del Cobre', ['8 de septiembre']], // the feast is the same day again
    ['The lady in bed 3 on Saturday needed four of us to turn her', ['Saturday']], // the day of a numbered bed's stay
    ['Still thinking about the job on the bridge the night of the 21st.', ['night of the 21st']], // a named night stands alone
    ['Get-well to Erlend, who we patched up the night of the County Show; his mam says he is mending', ['the night of the County Show']],
    ['El paciente llegó el día del chupinazo con la muñeca rota', ['el día del chupinazo']],
    ['La patiente est tombée le week-end de la Transju, sa fille nous a appelés', ['le week-end de la Transju']],
    // a short weekday beside its event; a funeral's day
    ['Rogelio came in last tues with his grandson who smuggled him a burrito', ['tues']],
    ['she went home thurs to Pine Bluff after 41 days with us', ['thurs']],
    ['Descanse en paz 🕊️ su velorio es el jueves en la funeraria de la colonia', ['jueves']],
    ["pt's birthday is 3/4 not 4/3, get the DOB right", ['3/4', '4/3']], // a birthday is not a fraction
    ['He turned ninety-four last Sunday and his granddaughter brought a cake', ['Sunday']],
    // the days of the care of the one a reply addresses
    ['Hi Rosalie, so sorry about the wait. Your Tuesday 10:40 slot got bumped, I rebooked you.', ['Tuesday 10:40']],
    ['@big.dan.lifts see you Thursday for the stitches out 👍', ['Thursday']],
    ['Bastien Lemaire, you were triaged at 11:52pm on Nov 9 and left before your results.', ['Nov 9']],
    ["by the time I'd got back he'd gone. TOD 02:47. Can't stop thinking about him", ['02:47']],
    ["Uncle in bed 17 on 12/03, retired headmaster, asked me to read him the paper", ['12/03']],
    ['Hommage à Lella Zohra, décédée dans notre service le vendredi 7 à 95 ans.', ['vendredi 7']], // an age after it, not a clock time
  ])('DATE in %j', (text, surfaces) => {
    expect(spans(date, text)).toEqual(expected(text, 'DATE', ...surfaces));
  });

  it.each([
    // event dates with no patient
    ['Join us for our Community Health Fair! Saturday, October 11, 9 AM – 1 PM'],
    ['Clinic closed Monday, May 26 for Memorial Day.'],
    ["I'm a nurse in Mayo University Hospital, all five came through and he is in theatre"], // County Mayo's, not May
    ['Réunion le vendredi 7 à 9h en salle B'],
    ['Clinic hours: Monday to Friday 7am to 7pm; the patient portal is open 24/7'], // a range and a clock, not days
    ['Cultures before antibiotics, 30 mL/kg, the whole SEP-1 checklist done clean. He still coded twice.'], // the sepsis bundle
    ['Medicare open enrollment runs Oct 15 – Dec 7 every year.'],
    ['Flu shots at the library Nov 28 at 10am, no appointment needed'], // a time in a schedule
    ['Merry Christmas Eve to everyone working nights in bay 3'],
    ['I broke my phone Friday night lol, text me instead'], // the writer's own night
    ['World Down Syndrome Day is March 21 (3/21), wear mismatched socks'],
    ['Pharmacy hours: Dec 24: 9–3, Dec 25: closed'],
    ['Linda is retiring! Join us for cake on March 14th at 2 PM in the Atrium.'],
    ['Flu clinic Oct 12 in the lobby, walk-ins welcome'],
    ['Vaccine clinic for patients: Tuesday March 4, 9am-noon'],
    ['Our patient portal will be down for maintenance on 3/15 from 1-3am.'],
    ['Join Dr. Kim for her talk on March 3 at noon in the auditorium'],
    ['Ana is retiring after 30 years, her last day is June 30'],
    // years, ratios, vitals, doses, ratings
    ['Been a nurse since 2009, charge nurse since 2019'],
    ['pt BP 120/80, HR 72, K 3.1, INR 2.5, SpO2 94%'],
    ['her pain is 7/10 and she takes 1/2 tab of oxycodone'],
    ['Post-op smoothie for our patients: 1 cup oats, 1/2 banana, 3/4 cup milk'],
    ['Receta para pacientes diabéticos: 1/2 taza de zapallo'],
    ['rating my patients\' excuses: "the pill looked at me funny" 3/10'],
    ['pt got 10 mg at 0800 and 5 mg quarterly'],
    ['her NDC 12345-6789-01, firmware 4.2.0.18'],
    ['Happy Halloween from the peds floor!'],
    ['La vacuna es gratis este sábado'],
    ['Vaccin gratuit samedi à la clinique'],
    ['Rendez-vous le mardi 8 avril pour notre journée portes ouvertes'],
    ['Vacunación gratuita el sábado 12 de abril en la feria de salud'],
    ['Clinic open Saturday 10 am to 2 pm for walk-ins'],
    ['Monday 12 patients, Tuesday 15, I am tired'],
    ['Our unit had 3 admissions on Sunday and nobody slept'],
    ['el 5 de cada 10 pacientes con diabetes no lo sabe'], ['le 14 h, réunion de service'], ['el 3% de los pacientes'],
    ['le 2 ou le 3, peu importe, la clinique est fermée'], ['Ganamos el 2 a 1, qué partidazo'],
    ['COVID-19 cases rose in Jan-Mar'],
    ['Merry Christmas Eve to everyone working tonight'],
    ['mom Jasmine said it was the best christmas gift ever'], // a holiday naming a thing
    ['Join us for our Diwali potluck on the ward at 1pm!'],
    ['Boxing Day clinic hours: closed, reopening the 27th'],
    ['Will anyone cover my shift Sunday?'],
    ['Happy Thanksgiving from all of us at Riverbend Health!'],
    ['On Sunday we had a potluck for the unit'],
    ['Last Friday my shift was chaos'],
    ['Happy 4th of July from the ED crew!'],
    // unit and service words are not patients: an opening, a tour, a closed room
    ['Our new chemo infusion suite opens March 3!'],
    ['Labor and delivery tour dates: Oct 5 and Nov 2'],
    ['Room 4 will be closed for cleaning on June 10'],
    ['Bed bugs found in the lobby Dec 3, housekeeping is on it'],
    ['World Breastfeeding Week starts Aug 1, celebrate every baby and every mama'],
    ['Baby shower for our charge nurse on Friday the 13th!'],
      ['Our grief support group for patients meets the 2nd Tuesday of every month'],
      ['Flu clinic runs Oct 1–31, Mon–Fri 8–4, Building C'],
    ['Ran a call for a veteran tonight. Happy Veterans Day, sir'],
      ['pain 14/10 lol'],
    ['Today is World Stroke Day (Oct 29). Know the signs, her life may depend on it'],
    ['Journée mondiale du diabète, 14 novembre : dépistage gratuit pour sa famille'],
    ['she says she will be walking to bingo by Christmas'],
    ['With heavy hearts: our colleague Gerry passed away on August 3 after 34 years with us'],
    ['Ages 11-20 get the booster; take 2-3 tablets on 5-10 days'],
    ['Study published 4/12/2023 in NEJM shows benefit.'],
    ['Le Dr Rousseau devient cheffe du service de réanimation à compter du 1er septembre.'],
    ['Join our Hanukkah blood drive in the lobby, all welcome'],
    ['Flu clinic opens the morning of the 14th for staff'],
    ['Tet spells in tetralogy of Fallot: knee-chest position first'],
    ["His hearing aid was handed in at reception, the patient's family collected it"],
    ['Happy World Kidney Day! Our patients and staff walked 5k today.'],
    ['Sports Day for our patients on the rehab ward was a hit'],
    ['La clinique de Caraquet sera fermée le 15 août pour la Fête nationale'], // the organisation's own timetable
    ['Meeting in room 4 on Tuesday for all staff'],
    ['Bay 4 bed 2 call bell has been broken since Tuesday. Estates, I am begging'], // no one in the bed
    ["Reminder: our Parkinson's support group meets the 2nd Tuesday of every month at 6pm. Caregivers welcome."],
    ["Le Centre hospitalier organise une conférence sur la maladie d'Alzheimer et la maladie de Parkinson le jeudi 6 mars à 18 h. Entrée libre."],
    ["L'hôpital lance une campagne de dépistage du diabète : 500 personnes testées gratuitement la semaine du 10 juin."],
    ['Come see our first aid team the night of the County Show!'],
    ['Pour les urgences vitales, composez le 15. Prise de rendez-vous sur Doctolib'], // a number to dial
    ['Front desk found a note: "Mrs Whitaker – Visa ending 5507 exp 09/27 – bill after visit"'], // a card's expiry
    ['Flu & COVID shot clinics: Mon Oct 21 and Thu Oct 24, 9–3, no appointment needed.'], // a walk-in clinic's days
    ["Notice from the surgery: we'll be CLOSED on Monday 17 March for St Patrick's Day."],
    ["Communiqué — Le 14 novembre, l'hôpital inaugure son nouveau plateau d'imagerie."], // the hospital's own news
    ['Zorionak a todas las matronas en vuestro día (5 de mayo) 💚 Gracias especialmente a Itziar'], // a profession's day
    // a thread's counters
    ['His dad turned up in the same shirt.\n\n4/4 Anyway. Hydrate, and do not headbutt the bus shelter.'],
    ['Heat stroke vs heat exhaustion, a thread 🧵 1/3'],
    ['nuestra higienista presentará el 15 de mayo en el congreso SEPA su trabajo sobre clorhexidina'],
    ['Clinic is closed Monday. Call us Tuesday for a new appointment.'],
    ["To whoever worked registration Tues: Denise Harlan's daughter says she faxed the form"],
    ['tues clinic is cancelled, every thurs we do bingo'],
    ["Le patient du box 6 m'a demandé mon 06, franchement"],
    ['Stir in 3/4 cup of oats and let it rest'],
    ['The volume knob turned all the way up on Sunday for the game'],
    ["Le tournoi de golf du 9 août a permis d'amasser 74 000 $ pour la fondation"], // a fundraiser's day
    ['Replying to everyone asking: the updated COVID shot is at all our sites from Monday, no appointment needed.'],
    ['Flu shot clinic this Thursday 10am–4pm at the community hall, no appt needed'],
    ['Hi all, our clinic is closed Monday 9am for staff training; see you Tuesday for your appointments.'],
    ['Bed 4 call bell fixed on 12/03, thanks maintenance'], // a bed, but no one in it
  ])('nothing in %j', (text) => {
    expect(spans(date, text)).toEqual([]);
  });
});
