import { describe, expect, it } from 'vitest';
import { otherId } from '../../../../lib/check/phi/other-id';
import { expected, spans } from './helpers';

describe('other-id recognizer', () => {
  it.each([
    ['the pt in bay 6 will not give us the keys', 'bay 6'],
    ['dialysis pt, MWF chair 7 for 11 years, passed away on the 14th', 'chair 7'],
    ['pt ramirez in rm 12B pulled his NG tube out', 'rm 12B'],
    ['the 92yo in bed 7 asks you to sneak her a Frosty', 'bed 7'],
    ['la paciente de la habitación 214 pidió agua', 'habitación 214'],
    ['le patient de la chambre 12 dort enfin', 'chambre 12'],
    ['la patiente du lit 4 appelle encore', 'lit 4'],
    ['el paciente del box 3 se fue', 'box 3'],
    ['Trauma came in, no ID. Only thing we had was a full-back tattoo of the Virgin with "MAMÁ" underneath. Posting in case his family', 'a full-back tattoo of the Virgin with "MAMÁ" underneath'],
    ['when the starting QB for Central High comes in with a sprained ankle', 'the starting QB'],
    ['he has a dragon tattoo on his neck and was found near the river', 'a dragon tattoo on his neck'],
    ['Unidentified pt in the ED with a tattoo of a koi across her back. Anyone?', 'a tattoo of a koi across her back'],
    // a room or bed tied to a named day, a holiday or a time of one stay, in EN/ES/FR
    ['shout out to bed 14B on New Year\'s Day who proposed to his girlfriend', 'bed 14B'],
    ['le monsieur de la chambre 214 le mardi 8 avril qui chantait du Brel', 'chambre 214'],
    ['la señora de la cama 7 el domingo de Navidad nos cantó villancicos', 'cama 7'],
    ['the lady in room 5 on Christmas Eve asked for her dog', 'room 5'],
    ['the guy in cubicle 3 at 4am Sunday wanted a sandwich', 'cubicle 3'],
    ['Mrs. Greene\'s room number, 412, was posted on the unit board on Monday', 'room number, 412'],
    // a one-of-a-kind role of someone treated, and Mexico's CURP
    ['Today I stitched up the head zookeeper at our city zoo after a penguin bit him', 'the head zookeeper at our city zoo'],
    ['the only pharmacist in town was admitted with chest pain last night', 'the only pharmacist in town'],
    ['Hoy suturé al alcalde del pueblo después de una caída', 'al alcalde del pueblo'],
    ['on a recousu le maire du village après sa chute', 'le maire du village'],
    ['we delivered twins to the lead singer of a local band last night', 'the lead singer of a local band'],
    ['el paciente con CURP HEGG560427MVZRRL04 no tiene expediente', 'HEGG560427MVZRRL04'],
    // a title's dot does not end the clause that ties the room to the person
    ['Mr. Alvarado back in bed 9 this Sunday, same complaint', 'bed 9'],
    ['Victoire : Mme Garnier, chambre 31 depuis le 2 mars, est rentrée chez elle', 'chambre 31'],
    ["Mme Rochat nous a quittés le jour de Noël à l'aube, à 96 ans, chambre 12 de l'unité", 'chambre 12'], // the lady named clauses before
    ['la señora Ortega Ruiz, habitación 312-B desde el 4 de febrero, pide que no entren visitas', 'habitación 312-B'], // a lettered room
      ['despedimos a doña Rosa, que pasó sus últimas semanas en la habitación 208 desde el lunes', 'habitación 208'],
    ['Night shift. Lad in cubicle 9 came in with a hand lac from a broken pint glass', 'cubicle 9'],
    ['Brought in overnight, no ID, no phone. Tattoo of a rosary with "MAMI LUZ" across his chest. Call us if you know him', 'Tattoo of a rosary with "MAMI LUZ" across his chest'],
    ['Le monsieur du 412 est arrivé aux urgences avec un tatouage d\'un orignal avec «Ti-Jean 1974» sur l\'avant-bras', 'tatouage d\'un orignal avec «Ti-Jean 1974» sur l\'avant-bras'],
    ['Volvió a la guardia la piba con la golondrina tatuada en la muñeca', 'tatuada en la muñeca'],
    ['Ya tengo la CURP GOMA820315HDFRRL09 del paciente para el alta', 'GOMA820315HDFRRL09'], // named right before: counts unchecked
    ['Cared for the last full-time lighthouse keeper in Ontario today, what stories.', 'the last full-time lighthouse keeper'], // the named place after it is the place's own finding
    ['The starting goalie for the Wheat Kings broke his collarbone and is on our floor.', 'The starting goalie for the Wheat Kings'],
    ["Treated the town's only female blacksmith for a burn today.", "the town's only female blacksmith"],
    ['Atendimos al único médico del pueblo, que se desmayó en plena consulta.', 'al único médico del pueblo'],
    ["Homme inconnu, la soixantaine, un tatouage d'ancre marine sur l'avant-bras.", "tatouage d'ancre marine sur l'avant-bras"],
    ['The lad with the Cork GAA crest tattooed across his forehead is back in A&E again', 'tattooed across his forehead'],
    ['Our patient, Harold Kimball, is the county\'s longtime fire chief and was back mowing within a week', "the county's longtime fire chief"],
    ['RIP Angus, the last surviving piper of his regiment. Passed peacefully on the ward last night.', 'the last surviving piper of his regiment'],
    ['Falleció don Ernesto, el último afinador de bandoneones de Buenos Aires. Lo cuidamos 3 meses.', 'el último afinador de bandoneones'],
    ['Le vieux Mbaye, doyen des pêcheurs de Yoff, est décédé cette nuit dans notre service.', 'doyen des pêcheurs'],
    ['Our resident Doug, the town\'s only vet for 40 years, turned 95 today!', "the town's only vet"],
    ["Stitched up the last blacksmith in Kilkenny today, 40 years of burns on those hands.", "the last blacksmith"],
    ["Atendimos a la única partera de San Juan, vino con la cadera rota.", "la única partera"],
    ["The kid who wears #9 for the Tigers came in with a broken wrist, big game Friday.", "#9 for the Tigers"],
    ["Ti Jeff, le seul fabricant de tambours de Jacmel, est sorti de réa !", "le seul fabricant de tambours"],
    ['Treated inmate #A-553201 for a stab wound in the ED today', 'A-553201'],
    ["Patient détenu, n° d'écrou 45872, amené menotté aux urgences", '45872'],
    ['The officer, badge #4471, was our patient after the shooting last night', '4471'],
    ['Stitched up the last surviving 28th Maori Battalion veteran in the valley today', 'the last surviving 28th Maori Battalion veteran in the valley'],
    ['Nana Yaw, chief drummer of Akropong, was admitted with a stroke', 'chief drummer'],
    ['pt came in shackled, TDCJ number 02219874 on his jumpsuit', '02219874'],
    ['Treated a lad today, still in the number 7 jersey he wore to every match', 'number 7 jersey'],
    ['Police brought us a remandee, custody no. IAR/2291/24, handcuffed to the bed', 'IAR/2291/24'],
    ['a ranger gored by a buffalo. Service no. KWS/R/4471 on his ID', 'KWS/R/4471'],
    ['How do you handle confidentiality when your pt is the only bush pilot in Tanana?', 'the only bush pilot'],
    ['Get well soon to the only Mountie in Burgeo, medevaced out after that fall', 'the only Mountie'],
    ['Évasan ce matin pour le seul boulanger de Molène. Tout va bien pour lui.', 'le seul boulanger'],
    ['Hoy despedimos con mucho cariño a don Chepe, el único que arreglaba bicis en todo el pueblo', 'el único que arreglaba bicis en todo el pueblo'],
    ['Shoutout to the little lad who plays number 9 for the under-12s and snapped his tib & fib', 'number 9 for the under-12s'],
    ["Nowt better than seeing Ossett United's first-choice keeper walk in without crutches", "United's first-choice keeper"],
    ["She sat in my chair! She's now the only wahine koa canoe builder on the Windward side", 'the only wahine koa canoe builder on the Windward'],
    ['We treated the queenmother of Adanwomase for her pacemaker check', 'the queenmother'],
    ['The lifeboat coxswain from Lochinver was admitted after his fall', 'The lifeboat coxswain from Lochinver'],
    // "the one in bed 23", a French "box", a bed numbered by bay
    ['la abuelita Cachita, la de la cama 23, anoche se nos escapó al pasillo', 'cama 23'],
    ['Le monsieur du box 7 cette nuit nous a juré qu\'il était le bourgmestre', 'box 7'],
    ['their dad (Mr Gopal Krishnan, bed 53-12) was visible behind the carollers', 'bed 53-12'],
  ])('OTHER_ID in %j', (text, surface) => {
    expect(spans(otherId, text)).toEqual(expected(text, 'OTHER_ID', surface));
  });

  it.each([
    ['New infusion chairs arrived! Chair 3 reclines fully, book a tour'],
    ['our lobby has 40 chairs and chair 7 is broken'],
    ['Flu shots are here! Walk in Saturdays, Room 210 of our Main St clinic.'],
    ['We are hiring for our 32-bed med-surg unit'],
    ['Founded with 24 beds, today we care for 80,000 patients'],
    ['Meeting in room 4 at noon'],
    ['she lit 3 candles for her mom'], // English "lit" is not the French bed
    ['the mayor of Columbus thanked our nurses, he was lovely'], // a public figure, not a patient
    ['her mom has a tattoo of a rose and she loves it'],
    ['his emergency room 2 times this week'],
    ['he grabbed box 12 of gloves for his pt'],
    ['the pt waited for a bed 4 hours'],
    ['John Doe in trauma bay 2 had no ID except an expired license'], // a resuscitation bay is a place, not his bed
    ['EMS parked in ambulance bay 3 at 2am'],
    ['Staff meeting in room 4 on Tuesday at noon, bring snacks'],
    ['Flu shots in Room 12 every Saturday 9am-1pm'],
    ['I floated to bay 5 today and it was chaos'], // a day but nobody in the bed
    ['Réunion en chambre 12 le mardi à 14h'],
    ['Room 12 on Monday: the patient advisory council meets at 4pm.'],
    ['the head nurse of our unit came in with a fracture'], // a colleague's role
    ['the head of our department announced the new schedule today'],
    ['the only pediatric ICU in the state is full'],
    ['a CURP like HEGG560427MVZRRL05 with a wrong check digit'],
    ['The only hospital in town treated 400 patients after the storm'], // a place, not a person
    ['the only ICU bed in the county was taken, so we transferred him'],
    ['Got my first tattoo of a compass today, no regrets'],
    ['Tattoo aftercare 101: wash gently, moisturise, and keep it out of the sun for two weeks'],
    ['The last surviving founder of our hospital foundation spoke at the gala.'],
    ["Our pharmacist was the only interpreter in the ED last night when the pt came in, legend."],
    ["The first responder on scene did an amazing job before the patient was brought in."],
    ["She was the last caller before the system went down; the pt came in an hour later."],
    ["El único farmacéutico de guardia atendió a 40 pacientes anoche."],
    ["Le seul médecin de garde a vu 30 patients aux urgences cette nuit."],
    ["The first winter storm brought in 12 patients with falls on ice."],
    ["La primera paciente del día llegó a las 7."],
    ["The last patient of the night came in at 4am, all good now."],
    ["Congrats to the only paramedic in our county to win the award, she brought in more patients than anyone."],
    ['The badge reader on ward 4 is broken again'],
    ['Booking 2 weeks out for new patients'],
    ['call customer service number 1-800-555-0199 about your bill'],
    ['The only guide you need for flu season is on our website.'],
    ['Lo único que pedimos es paciencia en la sala de espera.'],
    ['Mrs. Okafor finally going home! only thing stopping her is the fax machine'],
    ['The president of the Nursing Society opened our conference today'],
    ['Meeting in room 4-12 on Tuesday'],
  ])('nothing in %j', (text) => {
    expect(spans(otherId, text)).toEqual([]);
  });
});
