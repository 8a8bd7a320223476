import patientStory from '../../../../lib/check/rules/patient-story';
import type { Rule } from '../../../../lib/check/rules/rule';
import type { Finding } from '../../../../lib/check/types';
import { ruleTester } from './rule-tester';

const name = (text: string, surface: string): Finding => {
  const start = text.indexOf(surface);
  return { start, end: start + surface.length, category: 'NAME', rule: 'phi-name', severity: 'warn', message: '', evidence: { recognizer: 'test', score: 1 } };
};
/** PHI the checker found in a draft: [surface, category] pairs, so a case carries the identifiers a real post would. */
const found = (text: string, ...spans: [string, string][]): Finding[] =>
  spans.map(([surface, category]) => ({ ...name(text, surface), category: category as Finding['category'] }));
/** A draft with the PHI found in it. */
const draft = (text: string, ...spans: [string, string][]) => ({ text, phi: found(text, ...spans) });

/** Filler for long posts: a write-up about the job that tells no one's story. */
const FILLER = ' Here is what the job is like after twelve years, in numbers and habits rather than stories, because people keep asking.'.repeat(9);
const LONG_JOB_POST = `Background: hospitalist, eight years out of residency, and every patient deserves a fluid plan.${FILLER} Last winter my uncle finally retired from the plant, aged 67, and he keeps asking me about fishing.`;
const LONG_STORY = `Last night a patient, a retired welder aged 91, came in to our ED after a fall at home and his daughter sat with him till 3am.${FILLER}`;

const named = 'Sat with Dorothy after her transplant today, and she made the whole floor laugh.';

ruleTester(patientStory as Rule<never>, {
  valid: [
    "FICTIONAL TEACHING CASE: 'Mr. B' is a made-up 58-year-old man with chest pain who came in today. What's your next step?",
    'Wash your hands before every meal. Flu shots are available at all our clinics this month.',
    'Three reasons to get a colonoscopy at 45: it finds polyps early, it is covered, and it is quick.',
    'We treated 12,000 patients a year in our ED and hired 40 nurses.',
    'Does anyone know how to fax a referral form to the sleep clinic? My pt has been waiting two weeks.',
    'Five years into bedside nursing and still learning from 25-patient clinic days.',
    'Reminder: patients deserve privacy, even in a hallway conversation.',
    'Recuerde: la vacuna contra la gripe es para todas las personas mayores de 6 meses.',
    'A man who has chest pain for more than a few minutes should call 911 right away.',
    'Grateful for the patient families who brought us cookies this week. You are the best.',
    'Patient safety week starts today on every unit, come by the ICU for snacks!',
    'Our patient navigators went above and beyond this week in the oncology clinic.',
    'Happy retirement to Bob, who worked in our ER for 35 years! His wife and his daughter joined us for cake today.',
    'I love my job. Twelve-hour shifts, tired feet, and a patient who smiled at me today.',
    // a long write-up whose signals lie far apart: the job at the top, a relative of the writer at the bottom
    LONG_JOB_POST,
    // hard negatives: compliance questions, staff and hospital news, a shift vented about, teaching
    "Is it okay to text a pt's wife the discharge instructions? Asking for our clinic policy.",
    'Congrats to our charge nurse Ana on 20 years of service in the ICU! 🎉',
    '¡Felicidades a nuestro compañero Luis por sus 30 años de servicio en el quirófano!',
    'Proud to open our new cardiac rehab wing today: 18 beds and a gym for every stroke survivor in the county.',
    'Tonight I worked a 12-hour shift on the unit and my feet hurt. Hydrate, friends.',
    'Rappel : la vaccination contre la grippe est ouverte ce matin au service de pédiatrie.',
    'Today we learned how to place a chest tube in the sim lab. I was nervous but it went well!',
    'Today is the last day to sign up for our free diabetes class at the community center.',
    'Our ICU nurses completed 400 hours of training this year. So proud of this team!',
    'Reminder: if you fell on ice and your wrist is swollen, get an x-ray. Urgent care is open until 9 tonight.',
    'Yesterday I gave a talk on sepsis to the residents. Slides are on our website.',
    'A woman who has a sudden severe headache should call 911. Know the signs of stroke.',
    'Moms and dads: car seats save lives. Our fire station checks them free every Saturday.',
    'Just finished a 14-hour shift in the ER. Going to sleep for a week. Drink water, friends.',
    'Last week our hospital hosted the regional trauma conference. Thanks to everyone who came!',
    'Welcome to the team, Dr. Patel! She joined our cardiology group this month.',
    'We had a fire drill on the unit this morning and everyone did great.',
    'Flu season is here. Get your shot today at any of our clinics, walk-ins welcome.',
    'Our new MRI suite opened this week, cutting wait times in half.',
    'My dad had a stroke last year and the rehab nurses changed our lives. Thank you, stroke unit.',
    'We admitted our 10,000th patient this year and opened two new wings. Proud of this hospital.',
    'This morning I taught a class of 30 students how to take a blood pressure. They were great.',
    'Our team ran a mock code in the ICU today. Practice makes permanent.',
    'Last night I finally slept 8 hours after a week of nights. Who else is on the night-shift struggle bus?',
    'When my son broke his arm, the ER staff were amazing. Now I work there!',
    'Throwback to 2015 when our unit won the Magnet award. Still the best team.',
    'I was a patient once too: my appendix burst in 2019. It made me a better nurse.',
    'Today we celebrated our oncology survivors at the annual picnic. 200 people came!',
    'Does anyone have tips for the first week on a med-surg floor? I start Monday.',
    'Grateful for the family who donated new recliners to our dialysis unit this week.',
    'Every patient who walks in the door deserves dignity. Every single one.',
    'Ayer mi mamá tuvo su cirugía de cadera y todo salió bien. ¡Gracias a todo el equipo!',
    "Ce matin, j'ai passé mon examen de réanimation. Je l'ai réussi !",
    // near misses for the regional, EMS, pharmacy and holiday signals: staff news, notices, teaching, advice
    'Bonne retraite à notre collègue Sylvie après trente ans en réanimation ! Pot de départ vendredi soir.',
    'Our pharmacy counter will be closed on Boxing Day. The drive-thru reopens the morning after.',
    'Rollover crashes are the deadliest kind on rural roads. Buckle up, every trip, every seat.',
    'Cas fictif pour nos étudiants : Mme X, quatre-vingt-cinq ans, chute à domicile. Que faites-vous ?',
    'To the lady who asked in my DMs about her blood pressure pills: please talk to your own pharmacist before changing anything.',
    "Objet trouvé au comptoir de l'accueil ce matin : une paire de lunettes. Passez la chercher au poste de soins.",
    'Feliz jubilación a nuestra enfermera Carmen, que se jubila después de 35 años en el servicio de urgencias.',
    // fresh32/33 round: near-miss hard negatives
    "Une jeune infirmière qui débute, c'est normal d'avoir peur.",
    // the organisation speaking as a service: replies to complaints (an apology and a call back), answers to a
    // parent's question, thanks to donors and hosts, fundraising and job adverts repeat names without telling a story
    draft("Hi Declan, we're so sorry to hear about your dad's long wait in our ED on Tuesday night. Our patient relations team will call you today.", ['Declan', 'NAME']),
    draft('Dear Mr Naidoo, we apologise for the delay in our Casualty on Saturday. We have logged your query against your account.', ['Naidoo', 'NAME']),
    draft('Estimada doña Rosa, lamentamos lo ocurrido con su mamá en urgencias el lunes. La Lic. Pérez, de Servicio al Usuario, le llamará hoy.', ['Rosa', 'NAME']),
    draft('Bonjour M. Benoît, nous sommes désolés de votre attente aux urgences hier soir avec votre père. Le service clientèle vous rappellera.', ['Benoît', 'NAME']),
    draft("For your son's fever, Gus, stop the amoxicillin today and come back to the clinic tomorrow.", ['Gus', 'NAME']),
    draft('Hola Rosmery, por lo que nos contás de tu bebé de 8 meses, traela a la guardia hoy mismo si sigue con fiebre.', ['Rosmery', 'NAME']),
    draft('Bonjour Maria, pour votre fille de 4 ans, donnez-lui du paracétamol ce soir et revenez en consultation demain.', ['Maria', 'NAME']),
    draft('Estimado señor Ela, con relación a la factura por la hospitalización de su esposa del 2 al 9 de mayo, le informamos que el seguro cubrió el 70 %.', ['Ela', 'NAME']),
    draft('A massive thank you to the Rotary Club of Hyde Park for sponsoring 40 new wheelchairs for our rehab unit! Handed over on Friday by our CEO Dr Thabo Mahlangu.', ['Thabo Mahlangu', 'NAME'], ['Hyde Park', 'LOCATION']),
    draft('Merci à la Fondation Sonatel pour le don de 500 moustiquaires à notre service de pédiatrie. Remis par le Directeur, M. Ousmane Sarr, et la major du service, Mme Aminata Fall.', ['Ousmane Sarr', 'NAME'], ['Aminata Fall', 'NAME']),
    draft('Thank you Sunny Acres for hosting our students this semester! 22 BSN students, 180 clinical hours on the unit. Special thanks to Mrs Faith Morales and the whole 2nd floor crew.', ['Faith Morales', 'NAME']),
    draft('Team Ochil View walks 22 miles for our hospice unit today! One very tired fundraising manager (hi Callum). Sponsor us at justgiving.com/team/ochil.', ['Callum', 'NAME']),
    'Leadership lesson from a 92-year-old volunteer on our unit: show up, listen. Our volunteer program is hiring, apply at the front desk today.',
    draft('¡Estamos contratando enfermeras para la UCI! Envía tu CV hoy. Preguntas a nuestra jefa Rosa.', ['Rosa', 'NAME']),
    draft("Le CHU recrute des infirmières pour le service de réanimation ! Envoyez votre candidature aujourd'hui à notre cadre Nadia.", ['Nadia', 'NAME']),
    // a message posted to the wrong place, a privacy lesson, a person who is "not a patient", a question to peers,
    // billing in Spanish and French, and a staff award are not stories either
    draft('wrong app 😬 meant to text this: "pt Lopez in bed 4 needs ur sig on the restraint order today"', ['Lopez', 'NAME']),
    draft('pls fwd to pharmacy: pt in bed 12 from Tucson, ninety, needs renal dose adjust on the vanc today', ['ninety', 'AGE_90_PLUS'], ['Tucson', 'LOCATION']),
    draft('Friendly reminder: posting a patient\'s story, even "anonymized", can identify them. Age + town + date is often enough. A 97-year-old from a town of 800 is not anonymous. When in doubt, leave it out. — Will Chen, Privacy Officer', ['Will Chen', 'NAME']),
    'tattoo reveal!!! an anatomical heart for 10 yrs in the cardiology unit. my cousin did it (not a patient lol) today',
    draft("Does anybody have advice? Mrs. Lee's son calls the unit every night at 3am to ask about her.", ['Lee', 'NAME']),
    draft('Congrats to Maria Lopez, our ICU physician of the year! Today the unit threw her a party.', ['Maria Lopez', 'NAME']),
    // a pronoun and a number that is not an age; a NICU reunion is an event, not a graduate
    "She's 34 weeks and he's 5 minutes away, and our unit is slammed tonight.",
    'Our NICU graduate reunion is Saturday at Riverside Park! RSVP on our website.',
  ],
  invalid: [
    // ... but a story told in one place of a long post is still a story
    {
      text: LONG_STORY,
      errors: [{ messageId: 'story', span: 'Last night a patient, a retired welder aged 91, came in to our ED after a fall at home and his daughter sat with him till 3am.' }],
    },
    // dental, physio and EMS work are clinical settings too
    {
      text: 'A farmer from up the road got 8 porcelain veneers this week and cried at the mirror.',
      errors: [{ messageId: 'story', span: 'A farmer from up the road got 8 porcelain veneers this week and cried at the mirror.' }],
    },
    {
      text: 'Today one uncle came to OPD with his whole family of 9 members for his simple cough, and each one gave a different history',
      errors: [{ messageId: 'story', span: 'Today one uncle came to OPD with his whole family of 9 members for his simple cough, and each one gave a different history' }],
    },
    {
      // no setting word, no identifier: a patient and a past-tense narrative are the story
      text: 'my patient hit 1 year sober today and brought me his chip to hold for a minute. best job there is',
      errors: [{ messageId: 'story', span: 'my patient hit 1 year sober today and brought me his chip to hold for a minute.' }],
    },
    {
      text: 'Had a patient last night, a 67-year-old retired firefighter, who came in with chest pain and told us about his grandson\'s wedding.',
      errors: [{ messageId: 'story', span: 'Had a patient last night, a 67-year-old retired firefighter, who came in with chest pain and told us about his grandson\'s wedding.' }],
    },
    {
      text: 'Big day on the unit! Our sweet resident turned 102 today and the whole unit sang to her after lunch.',
      errors: [{ messageId: 'story', span: 'Our sweet resident turned 102 today and the whole unit sang to her after lunch.' }],
    },
    {
      text: 'Una señora de 88 años llegó anoche a urgencias con su hija y nos contó que fue maestra por cuarenta años.',
      errors: [{ messageId: 'story', span: 'Una señora de 88 años llegó anoche a urgencias con su hija y nos contó que fue maestra por cuarenta años.' }],
    },
    {
      text: 'Ce matin, une patiente de 93 ans est arrivée aux urgences avec sa fille, ancienne infirmière.',
      errors: [{ messageId: 'story', span: 'Ce matin, une patiente de 93 ans est arrivée aux urgences avec sa fille, ancienne infirmière.' }],
    },
    {
      text: 'Worked a code tonight on a 40-something dad of three. We got him back.',
      errors: [{ messageId: 'story', span: 'Worked a code tonight on a 40-something dad of three.' }],
    },
    {
      text: 'A toddler came in tonight after swallowing a button battery. She is okay. Lock up your batteries, parents.',
      errors: [{ messageId: 'story', span: 'A toddler came in tonight after swallowing a button battery.' }],
    },
    {
      // a name found by the PHI checker plus a clinical event supports the story
      text: named,
      phi: [name(named, 'Dorothy')],
      errors: [{ messageId: 'story', span: named }],
    },
    {
      // a clinician's action on a person ("we got a ...") with no patient word
      text: 'Last night we got a retired bus driver who fell off a ladder hanging lights. Two broken wrists and he still asked about his dog.',
      errors: [{ messageId: 'story', span: 'Last night we got a retired bus driver who fell off a ladder hanging lights.' }],
    },
    {
      // a relative as the person in the story, anchored on their sentence
      text: 'Tonight a young mom collapsed in our lobby while her twins watched. We got her back.',
      errors: [{ messageId: 'story', span: 'Tonight a young mom collapsed in our lobby while her twins watched.' }],
    },
    {
      // Spanish referent and preterite narrative
      text: 'Hoy una abuelita llegó sola a urgencias en taxi, tenía un infarto y nos contó que su nieto está en el ejército.',
      errors: [{ messageId: 'story', span: 'Hoy una abuelita llegó sola a urgencias en taxi, tenía un infarto y nos contó que su nieto está en el ejército.' }],
    },
    {
      // French referent and passé composé narrative
      text: 'Cette nuit, une vieille dame est arrivée aux urgences avec son petit-fils. Elle nous a chanté une chanson.',
      errors: [{ messageId: 'story', span: 'Cette nuit, une vieille dame est arrivée aux urgences avec son petit-fils.' }],
    },
    {
      // a patient named by bed number
      text: 'Shout out to bed 12 who walked the whole hallway today after his bypass!',
      errors: [{ messageId: 'story', span: 'Shout out to bed 12 who walked the whole hallway today after his bypass!' }],
    },
    {
      // a person in a numbered room
      text: 'The gentleman in room 9 finally went home today after 40 days with us.',
      errors: [{ messageId: 'story', span: 'The gentleman in room 9 finally went home today after 40 days with us.' }],
    },
    {
      // a code run on a person
      text: 'Ran a code on a 45 yo marathoner at mile 20 this morning. ROSC in the tent.',
      errors: [{ messageId: 'story', span: 'Ran a code on a 45 yo marathoner at mile 20 this morning.' }],
    },
    {
      // "we lost a ..." tells a death
      text: 'We lost a teenager tonight after a car crash. His dad held his hand until the end.',
      errors: [{ messageId: 'story', span: 'We lost a teenager tonight after a car crash.' }],
    },
    {
      // an occupation as the person
      text: 'A retired teacher on my floor recited poetry to me at 3am while I hung her antibiotics.',
      errors: [{ messageId: 'story', span: 'A retired teacher on my floor recited poetry to me at 3am while I hung her antibiotics.' }],
    },
    {
      // French imperfect and passé composé together
      text: "Ce soir, un vieux monsieur m'a raconté sa guerre pendant que je lui posais sa perfusion.",
      errors: [{ messageId: 'story', span: "Ce soir, un vieux monsieur m'a raconté sa guerre pendant que je lui posais sa perfusion." }],
    },
    { text: 'Just had a 19-year-old come in after her first seizure at her college graduation. Her whole family was still in their caps and gowns.', errors: [{ messageId: 'story', span: 'Just had a 19-year-old come in after her first seizure at her college graduation.' }] },
    { text: 'Sat with a dying veteran last night who told me about landing at Normandy. No family came. I held his hand until 4am.', errors: [{ messageId: 'story', span: 'Sat with a dying veteran last night who told me about landing at Normandy.' }] },
    { text: "Our little warrior in bed 6 rang the bell today after 2 years of chemo. There wasn't a dry eye on the unit.", errors: [{ messageId: 'story', span: 'Our little warrior in bed 6 rang the bell today after 2 years of chemo.' }] },
    { text: "A mom brought her twins in this morning, both with RSV. She hadn't slept in three days and cried when we admitted them.", errors: [{ messageId: 'story', span: 'A mom brought her twins in this morning, both with RSV.' }] },
    { text: "The trucker I triaged tonight drove 300 miles with a heart attack because he didn't want to miss his delivery.", errors: [{ messageId: 'story', span: "The trucker I triaged tonight drove 300 miles with a heart attack because he didn't want to miss his delivery." }] },
    { text: 'Hier soir, une étudiante de 20 ans est arrivée en hypothermie après une soirée. Sa mère pleurait dans le couloir.', errors: [{ messageId: 'story', span: 'Hier soir, une étudiante de 20 ans est arrivée en hypothermie après une soirée.' }] },
    { text: 'Esta noche atendí a un bombero de 50 años con quemaduras en las manos. Nos pidió que llamáramos a su hija.', errors: [{ messageId: 'story', span: 'Esta noche atendí a un bombero de 50 años con quemaduras en las manos.' }] },
    // an ambulance call, a regional voice for the person, and no patient word
    { text: 'Rollover on the county road last night. The young fella driving climbed out and he asked for his phone before his own name.', errors: [{ messageId: 'story', span: 'The young fella driving climbed out and he asked for his phone before his own name.' }] },
    // a pharmacy counter story with a spelled-out age
    { text: "Sweet gentleman, ninety-two, read his whole card number out at the counter today and told me he was 'just being helpful'. Bless him.", errors: [{ messageId: 'story', span: "Sweet gentleman, ninety-two, read his whole card number out at the counter today and told me he was 'just being helpful'." }] },
    // a unique role is as good as a name in a small place
    { text: 'Stitched up the only blacksmith on the island this morning. He wanted to be back at the forge by lunch.', errors: [{ messageId: 'story', span: 'Stitched up the only blacksmith on the island this morning.' }] },
    // a memorial in Spanish: the perfect tense and a unique role
    { text: 'Esta mañana se nos ha ido el único zapatero del pueblo. Venía a diálisis conmigo cada martes y siempre nos traía caramelos.', errors: [{ messageId: 'story', span: 'Esta mañana se nos ha ido el único zapatero del pueblo.' }] },
    // "small world": the narrator recognises the patient, in French, with an honorific
    { text: "Petit monde : qui je vois en consultation ce matin ? M. Leroy, mon ancien prof de piano. Il m'a demandé si je jouais encore.", errors: [{ messageId: 'story', span: "Petit monde : qui je vois en consultation ce matin ?" }] },
    // a holiday stands in for the date; an honorific and a spelled-out French age
    { text: 'Mme Leroux, quatre-vingt-douze ans, est sortie le lendemain de la Toussaint après trois semaines chez nous.', errors: [{ messageId: 'story', span: 'Mme Leroux, quatre-vingt-douze ans, est sortie le lendemain de la Toussaint après trois semaines chez nous.' }] },
    // "guess who came back" on a holiday
    { text: 'Guess who rolled into A&E again on Boxing Day? The lad with the fishhook, and this time he brought a fork. Every year.', errors: [{ messageId: 'story', span: 'Guess who rolled into A&E again on Boxing Day?' }] },
    // fresh32/33 round: myth families, contempt phrasings, advice shapes
    { text: "Visite à domicile ce soir. Un vieux berger qui voulait mourir chez lui, avec ses brebis. On a juste ajusté la morphine.", errors: [{ messageId: 'story', span: "Un vieux berger qui voulait mourir chez lui, avec ses brebis." }] },
    // fresh34/35 round: condolences, a hiring tagline under a story and a family's own fundraising stay stories
    {
      ...draft("We're sorry for your loss, Mrs. Diaz. Your husband fought so hard in our ICU last night and the whole unit cried when he passed.", ['Diaz', 'NAME']),
      errors: [{ messageId: 'story', span: "We're sorry for your loss, Mrs. Diaz." }],
    },
    {
      ...draft("POV: you join our travel team and on day one Mr. Clarence from Belzoni teaches you dominoes in the chair while he's on dialysis 😂 We're hiring RNs!", ['Clarence', 'NAME'], ['Belzoni', 'LOCATION']),
      errors: [{ messageId: 'story', span: "POV: you join our travel team and on day one Mr. Clarence from Belzoni teaches you dominoes in the chair while he's on dialysis 😂 We're hiring RNs!" }],
    },
    {
      ...draft("Heartfelt thanks to Bill and Maureen Atkins, who raised £12,000 for our children's ward in memory of their grandson Callum, cared for by our team until he passed last October.", ['Maureen Atkins', 'NAME'], ['Callum', 'NAME']),
      errors: [{ messageId: 'story', span: "Heartfelt thanks to Bill and Maureen Atkins, who raised £12,000 for our children's ward in memory of their grandson Callum, cared for by our team until he passed last October." }],
    },
    {
      // "not a patient man" is a trait, not a disclaimer
      ...draft('Mrs. Jones told me today that her late husband was not a patient man, but he waited 6 hours in our ER for her.', ['Jones', 'NAME']),
      errors: [{ messageId: 'story', span: 'Mrs. Jones told me today that her late husband was not a patient man, but he waited 6 hours in our ER for her.' }],
    },
    // a NICU graduate is a patient; an age after a pronoun (a child, or 60 to 89: 90 and over is PHI already)
    {
      ...draft('my lil nicu grad Mateo came back to visit today!! born at 24 wks, now look at him running around 😭', ['Mateo', 'NAME']),
      errors: [{ messageId: 'story', span: 'my lil nicu grad Mateo came back to visit today!!' }],
    },
    {
      text: 'tfw ur pt is named after a movie star and every resident makes the same joke today. he is 81 and has never seen the movie',
      errors: [{ messageId: 'story', span: 'tfw ur pt is named after a movie star and every resident makes the same joke today.' }],
    },
    {
      text: "Spent 90 min on the phone with the pump company today because my pt's insulin pump kept alarming. She's 14 and just wanted to go to her school dance.",
      errors: [{ messageId: 'story', span: "Spent 90 min on the phone with the pump company today because my pt's insulin pump kept alarming." }],
    },
    // a date the stay began, the OR and the attending, a discharge and twins in Spanish and French
    {
      text: "so my pt's son found my personal insta and dm'd me asking for his mom's results. she's still on our floor, been here since 3/14",
      errors: [{ messageId: 'story', span: "so my pt's son found my personal insta and dm'd me asking for his mom's results." }],
    },
    {
      text: "IF MR KOWALSKI'S SON CALLS ONE MORE TIME ABOUT DAD EATING PIEROGIES I SWEAR. HE IS GOING TO THE OR AT 0730.",
      errors: [{ messageId: 'story', span: "IF MR KOWALSKI'S SON CALLS ONE MORE TIME ABOUT DAD EATING PIEROGIES I SWEAR." }],
    },
    {
      ...draft('he\'s ninety eight and told the attending "kid, i\'ve had this heart longer than u been alive"', ['ninety eight', 'AGE_90_PLUS']),
      errors: [{ messageId: 'story', span: 'he\'s ninety eight and told the attending "kid, i\'ve had this heart longer than u been alive"' }],
    },
    {
      ...draft('Don Ramón se fue con el alta después de tres semanas en sala.', ['Ramón', 'NAME']),
      errors: [{ messageId: 'story', span: 'Don Ramón se fue con el alta después de tres semanas en sala.' }],
    },
    {
      ...draft('Los trillizos de Migdalia Sosa, nacidos en mayo, se fueron hoy a casa. Tres varones, 1,9 kg cada uno al alta.', ['Migdalia Sosa', 'NAME']),
      errors: [{ messageId: 'story', span: 'Los trillizos de Migdalia Sosa, nacidos en mayo, se fueron hoy a casa.' }],
    },
    { text: 'Cette nuit à la maternité, une jeune maman a accouché de jumeaux dans le hall.', errors: [{ messageId: 'story', span: 'Cette nuit à la maternité, une jeune maman a accouché de jumeaux dans le hall.' }] },
  ],
});
