import { describe, expect, it } from 'vitest';
import { location } from '../../../../lib/check/phi/location';
import { expected, spans } from './helpers';

describe('location recognizer', () => {
  it.each([
    ["He's at 1420 W Maple Ave, Apt 3C, daughter has the key.", ['1420 W Maple Ave, Apt 3C']],
    ['pt lives at 1423 Oak St with her sister', ['1423 Oak St']],
    ['my patient lives alone outside Cullman, Alabama with three dogs', ['Cullman']], // a town, then its state spelled out
    ["Cagnotte pour Lou-Anne, 7 ans, d'Épernay, suivie chez nous", ['Épernay']], // where someone is from, after their age
    ['Said goodbye to Ted, 91, from Ely, this morning', ['Ely']],
    ['She lives alone out on Ridge Rd.', ['Ridge Rd']],
    ['he lost everything in the apartment fire on Delmar Ave last week', ['Delmar Ave']],
    ['Single-car rollover on County Rd 14, driver unhurt', ['County Rd 14']],
    ['3rd heat stroke this week from the same trailer park in 85009.', ['85009']],
    ['She lives in Sun City West and says it "looks old."', ['Sun City West']],
    ['the 58-year-old welder from Tuscarawas County', ['Tuscarawas County']],
    ['admitted from a nursing home in Wapakoneta', ['Wapakoneta']],
    ['91 y/o F, lives alone on a farm outside Cynthiana', ['Cynthiana']],
    ['her daughter drove up from Columbus every weekend', ['Columbus']],
    ['the family from Pilsen who brought pozole', ['Pilsen']],
    ['el paciente vive en Ciudad Juárez con su hija', ['Ciudad Juárez']],
    ['nos contaba historias de su rancho en San Isidro', ['San Isidro']],
    ['la patiente habite à Lyon avec sa fille', ['Lyon']],
    ['my pt from the Eastside keeps missing dialysis', ['Eastside']],
    ['she lives at 45 Rue de la Paix', ['45 Rue de la Paix']],
    ['pt lives on 5th Ave in Brooklyn', ['5th Ave', 'Brooklyn']],
    ['her family drove up from McAllen to see her', ['McAllen']],
    ["she's in Apt 4B, pt lives alone", ['Apt 4B']],
    ['La señora Martínez de 94 años vive en Ciudad Juárez', ['Ciudad Juárez']],
    // a house number alone is enough; any street suffix
    ['ok whoever at 5120 Crestview Rd keeps calling 911 for a stubbed toe', ['5120 Crestview Rd']],
    ['found down at 811 N Tejon Blvd, brought in by a neighbour', ['811 N Tejon Blvd']],
    ['she lives on Birchwood Ln near the old mill', ['Birchwood Ln']],
    // Spanish and French order: the number after the street name, the town after a comma
    ['Visita domiciliaria hoy en Calle Tetuán 88, Río Piedras, la abuela nos dio café', ['Calle Tetuán 88, Río Piedras']],
    ['vive en la calle Hidalgo 45 con sus tres nietos', ['calle Hidalgo 45']],
    ['la patiente habite au 14 rue des Lilas, à Villeurbanne', ['14 rue des Lilas', 'Villeurbanne']],
    // neighbourhoods and named landmarks
    ['Vive en la colonia Santa María la Ribera y ya dejó el cigarro', ['colonia Santa María la Ribera']],
    ['su familia vive en el barrio La Perla', ['barrio La Perla']],
    ['il vit dans le quartier Saint-Roch avec sa femme', ['quartier Saint-Roch']],
    ['he grew up in the Fishtown neighborhood and still lives there', ['Fishtown']],
    ['pt lives near Lake Martin and fishes every morning', ['Lake Martin']],
    // a ZIP after a street or town
    ['new referral lives at 40 Dogwood Ct, 30307, son has the key', ['40 Dogwood Ct', '30307']],
    ["pt's address is Hawthorne Ave, zip 43215", ['Hawthorne Ave', '43215']],
    ['el paciente es de Guadalupe Victoria, Puebla', ['Guadalupe Victoria']],
    ["pt's zip is 35801 and she has no ride", ['35801']],
    ['lives in Huntsville, AL 35806 with her grandson', ['Huntsville', '35806']],
    ['La señora Refugio, de Iztapalapa, nos trajo flores', ['Iztapalapa']],
    ['the rollover on Harewood Lane last night, driver trapped', ['Harewood Lane']],
      ['finally went home to Lakewood after 40 days with us', ['Lakewood']],
    ['"Monica from Cedar Falls lost 40 lbs with our program!"', ['Cedar Falls']],
    ['pulled him out of the ditch off Rt 12 last night', ['Rt 12']],
    ["elle a pu rentrer à Vénissieux hier", ['Vénissieux']],
      ['Intervention SMUR cette nuit sur la N7 : le conducteur est sorti seul', ['N7']],
    ['a possible DUI swerving on I-94 at 2am', ['I-94']],
      ['Mr Ellis, who lives around PR1 4QS, has missed two visits', ['PR1 4QS']],
    ['Loretta from Marshall was on high-flow for a week', ['Marshall']],
    ["Medevac'd a fella out of Old Crow last night, everyone up there will know who I mean", ['Old Crow']],
    // a trade, then where the person is from
    ['Paco, pescador de Carboneras, llegó con una hernia discal que no le dejaba salir al mar', ['Carboneras']],
    ['Fitted sclerals on a lobsterman out of Stonington whose keratoconus was bad', ['Stonington']],
    ['a wallet with a driver licence for Gerald Arsenault of Tignish, licence no. 204417', ['Tignish']], // any surname after a given name
    ['M. Gagnon de Limoilou est venu après son opération', ['Limoilou']],
      ['An elderly woman was brought to our A&E in Surulere, confused', ['Surulere']],
    ['Grosse journée au CLSC. M. Gagnon de Beauport est venu après son opération', ['Beauport']],
    // a town with its state's code, and "of <town>" after a person
    ['my pt is a retired welder from Toledo, OH who still rides his Harley', ['Toledo']],
    ['Renata Kowalczyk, 64, of Hamtramck and her grandson came by the unit today', ['Hamtramck']],
    // a street named without a number, a residence, a ZIP named as such
    ['Appel pour une chute rue des Acacias, la dame vit seule', ['rue des Acacias']],
    ['she has lived at Rosewood Manor for ten years and her son visits Sundays', ['Rosewood Manor']],
    ['Mme Ouellet, 96 ans, au CHSLD Sainte-Anne depuis 2019', ['CHSLD Sainte-Anne']],
    ['anyone know a food pantry for a patient in the 60623 zip?', ['60623']],
    ['the rollover on the M62 near Brighouse, driver airlifted', ['M62', 'Brighouse']],
    ['her daughter teaches at Lincoln Elementary and drives her to dialysis', ['Lincoln Elementary']],
    ['the pt collapsed at Broad & Olney, his wife did CPR', ['Broad & Olney']],
    ['Chute chez elle, avenue Jean-Jaurès, Lyon 7e : la dame vit seule', ['avenue Jean-Jaurès', 'Lyon 7e']],
    ['M. Gagnon a sa ferme dans le rang Saint-Édouard, sa fille passe chaque jour', ['rang Saint-Édouard']],
    ['little Priya from Dovercourt Public School buttoned her own coat', ['Dovercourt Public School']],
    ['she was a dinner lady at Brixton Hill school for thirty years', ['Brixton Hill school']],
    ['Sweetest lady in all of Louisa County', ['Louisa County']],
    ['our pt was found on the corner of 5th and Main, his wife says', ['5th and Main']],
    ["Today's visit: Mr. Hope on Delancey & 3rd, 98 and still sharp, his daughter says", ['Delancey & 3rd']],
    ['nos llamaron a la esquina de la Carrera 7 con Calle 45 porque un señor se cayó del techo', ['Carrera 7 con Calle 45']],
    ['la señora vive en la Calle 45 # 7-20, su hija la cuida', ['Calle 45 # 7-20']],
    ["nous avons détecté chez un patient de 94 ans d'Ixelles une interaction grave", ['Ixelles']],
    ['una paciente de 80 años de Temuco llegó con fiebre', ['Temuco']],
    ["OOH GP wouldn't authorise the anticipatory meds for my lady in Treorchy, her chart was wrong", ['Treorchy']], // the patient's, after a job
    ['Visita a la comunidad de Caquena 🏔️ La abuelita Justina tiene 93 años y su nieto la cuida', ['Caquena']],
    ['Grand lad in this morning, Seánie from out Enniscrone way, 84 and still cutting turf', ['Enniscrone']], // "out X way"
    ["Dressing clinic out at Ruatoria today. Whaea Huia's leg ulcer is finally closing", ['Ruatoria']], // a round out to a town
    ['home visit out at nimbin today for darryl, wheelchair doesnt fit thru the bathroom door', ['nimbin']],
    ['Ronda rural a Putre 🏔️ La señora Eulogia (91 años) nos esperaba con sopaipillas', ['Putre']],
    ["tournée du matin à jambes : mme lambotte m'a encore dicté son numéro", ['jambes']],
    ['job in goonellabah tonight, old mate fell in the shower, lying there 14hrs', ['goonellabah']], // an ambulance job
    ['Ruth is Paisley born and bred and she out-danced the physios', ['Paisley']],
    ['Kid from Hollyhock Elementary came in with a broken arm', ['Hollyhock Elementary']],
    ['Nora, ninety-three, of St. Colman\'s parish. She taught the county to knit', ["St. Colman's parish"]],
    // more ways to say where: dans, round, il habite; call-outs and finds in three languages
    ['Intervention ce matin sur la rue Masson dans Rosemont : un monsieur tombé dans sa cour', ['rue Masson', 'Rosemont']],
    ['if anyone finds a blue PDM round Saltaire, his mum lost it at the park', ['Saltaire']],
    ['Contactez son frère, il habite Pikine.', ['Pikine']],
    ['Job last arvo: rolled ute just outside Gympie, bloke was fine', ['Gympie']],
    ['lo encontraron inconsciente en la colonia Santa Tere.', ['colonia Santa Tere']],
    ['a las 4 de la mañana entra un señor con una anchoa en la nariz. Solo os digo que es de Santoña', ['Santoña']],
    ["He turned 7 on Valentine's Day and he's teaching the whole town of Challis about kindness", ['Challis']],
    ['Lolo from Brgy. San Isidro came in with chest pain', ['Brgy. San Isidro']],
    ['the patient walked all the way from Purok 3 in Barangay Malinao', ['Purok 3', 'Barangay Malinao']],
    ['Un chaval de Vallecas llegó con una herida por arma blanca.', ['Vallecas']],
    ['La nena es de Villa Lugano y la trajeron en ambulancia.', ['Villa Lugano']],
    ["On l'a retrouvé inconscient dans une ruelle d'Hochelaga.", ['Hochelaga']],
    ['Un petit de Roubaix, 6 ans, brûlé au deuxième degré.', ['Roubaix']],
    ['Pt lives on a farm outside Mitchell, 40 mins from the nearest hospital.', ['Mitchell']], // a given name after 'outside' is a town
    ['The gogo from Khayelitsha walked 2 hours to get to clinic for her BP meds.', ['Khayelitsha']],
    ['She lives on the Westfield estate with her four kids.', ['Westfield']],
    ['Merci à Mme Ghislaine Tremblay de Chicoutimi, qui a vécu 14 mois avec son cœur artificiel', ['Chicoutimi']],
    ['un señor de Iztapalapa llegó con un desarmador clavado en la mano', ['Iztapalapa']],
    ['Le monsieur de Saint-Henri est revenu pour la troisième fois', ['Saint-Henri']],
    ['la paciente del Barrio Obrero llegó sola', ['Barrio Obrero']],
    ['La paciente de Villa Crespo volvió hoy a la guardia', ['Villa Crespo']],
    ['Discharged home to Portadown Friday 6 Dec with her daughter.', ['Portadown']],
    ['Vecino de Getafe, 58 años, y lo primero que pregunta es si le van a multar', ['Getafe']],
    ['Encontramos al paciente desorientado. Vive en Carolina y su hija llegó en 20 minutos.', ['Carolina']],
    ['atendimos al último pastor, que bajó de Riaño con una fractura de muñeca', ['Riaño']],
    // where a crash happened: a bridge, a causeway, a regional road, "a la altura de"
    ['Truck crash on the Meghna Bridge early morning. Driver admitted with chest trauma.', ['Meghna Bridge']],
    ['a bike skid on the Woodlands Causeway in the rain. Rider ok, fracture only.', ['Woodlands Causeway']],
    ['Accidente en el puente Belice, pickup contra la baranda. El señor herido sigue grave.', ['puente Belice']],
    ["Intervention sur le pont de l'Europe : une Golf contre la glissière.", ["pont de l'Europe"]],
    ['Salida esta mañana a la AC-552 a la altura de Carballo: un coche contra un muro.', ['AC-552', 'Carballo']],
    ['Accidente en la A-6 km 32, el conductor de 24 años', ['A-6 km 32']],
    ["Le patient d'Antsirabe qui porte le stimulateur doit revenir", ['Antsirabe']],
    ["La famille du monsieur d'Apatou nous cherche", ['Apatou']],
    ["Le petit Fanilo d'Ambohipo doit être opéré du cœur", ['Ambohipo']],
    ["Madame Vandenbroucke d'Outremeuse sonne toutes les dix minutes", ['Outremeuse']],
    ['The lady from Feeny we lifted off the mountain road is home', ['Feeny']],
    ['Un chico de Manrique llegó con el brazo roto', ['Manrique']],
    // the opening names the writer's job, then a small town: it still narrows the patients down
    ["Our HCA Siobhán's dad Pat Twomey from Ballincollig set up a page", ['Ballincollig']],
    // ... but a patient's town after the clinic, in their story, is theirs
    ['When Will first came to our structural heart clinic, the 58-year-old welder from Tuscarawas County could not climb the stairs', ['Tuscarawas County']],
    ["PMH billing can't find Mr Rolle in the system. He lives Fox Hill, off the main road.", ['Fox Hill']], // "lives" without a preposition
    // a settlement's word ends a town's name; a town after a courtesy title and a name; one "de" after a lone name
    ['Condolences to the family of Miss Icilda from Spanish Town. 103 years old and still telling us how to make sorrel', ['Spanish Town']],
    ['Doña Chepita de Monimbó lleva tres meses sin cobrar su pensión', ['Monimbó']],
    ["Mme Gagnon de Saint-Jérôme m'a tricoté des bas de laine pendant sa chimio", ['Saint-Jérôme']],
    // Tagalog "taga", Hindi "se" in apposition, Pidgin "stay for", a capitalised "Venue d'"
    ['grabe si lola Remedios taga Tondo, 93 na pero ang lakas pa rin', ['Tondo']],
    ['Bhai ek patient aaya, Pappu ji, Ghaziabad se, bola doctor sahab', ['Ghaziabad']],
    ['her son no dey pick call again, she dey stay for Ajegunle alone.', ['Ajegunle']],
    ["Mamie Jo a fêté ses 100 ans chez nous. Venue d'Anderlecht il y a 3 semaines.", ['Anderlecht']],
    // towns named after people stay towns
    ['La paciente vive en Benito Juárez y llegó sola', ['Benito Juárez']],
    // the town in a quoted patient's attribution, and a ZIP ending its clause
    ['"I was walking again in 3 weeks!" — Linda Marchetti, Auburn. Book a consult today', ['Auburn']],
    ["« J'ai remarché en 6 semaines. » – Ginette Lavoie, Shawinigan, témoignage partagé", ['Shawinigan']],
    ["we discharged a pt to his daughter's place in 46805 and she left him on the porch", ['46805']],
    // the town a home visit goes to, with the person visited named after it
    ['Out to Belmullet today to see Nóra and the new baby.', ['Belmullet']],
    ["up to Heptonstall again to redress Arthur's legs, kettle on before I'd got my coat off", ['Heptonstall']],
    ['Bajé a Baños a ver a Nube, ya camina con el andador', ['Baños']],
  ])('LOCATION in %j', (text, surfaces) => {
    expect(spans(location, text)).toEqual(expected(text, 'LOCATION', ...surfaces));
  });

  it.each([
    ['Happy Friday from the L&D crew! Rose is my favourite colour for scrubs'], // a lone letter is not a town
    ['Dans Rosemont, la clinique ouvre lundi.'],
    ["On a donné un comprimé d'Advil et d'Efferalgan au patient"], // d' before a drug, not a town
    ['Join us! Riverbend Health, 2200 Lakeshore Dr, Building C lobby'],
    ['Now open in Dublin! Riverbend Urgent Care at 6400 Sawmill Rd'],
    ['Our Main St clinic is now open late. 125 Main St, Suite 300.'],
    ['Use the Oak St entrance (2200 Lakeshore Dr, Entrance C)'],
    ['Our pediatric clinic on Elm St has Saturday slots'],
    ['Grace grew up in Ohio and trained in Cincinnati'],
    ['his son lives in Arizona and never visits'],
    ['she moved here from Mexico'],
    ['presenting at the IHI Forum in Orlando this December'],
    ['pregunte por la prueba de HbA1c en su consulta'],
    ['her HbA1c in March was 7.2'],
    ['pt in ICU since Monday'],
    ['la familia de Jonathan, uno de nuestros pacientes'],
    ['Our Chicago clinic is hiring MAs'],
    // hospital services, products and languages after a preposition, in patient posts
    ['pt messaged me in MyChart about her results'],
    ['pt transferred from Cardiology to Oncology last night'],
    ['she came from Hospice with her daughter'],
    ['pt refused the Lovenox in Pre-op'],
    ['her results came back from Quest'],
    ['my pt only speaks Spanish, we used an interpreter in Spanish'],
    ['my patient in Peds asked for a popsicle'],
    // areas larger than a state
    ['pt just moved here from Europe'],
    ['she grew up in the Midwest'],
    ['pt is from Puerto Rico'],
    ['la patiente vient de Bretagne'],
    ['she works in Healthcare'],
    ["regression: anyone near Betty Lou's place, she was just discharged"],
    ['Join us in the Atrium for cake, her favourite'],
    ['Join us Saturday, March 8 for our community health fair at 400 Elm St'],
    ['Our Westside clinic at 2300 Lakeview Pkwy is now open Saturdays'],
    ['Visit us at 500 Oak St, Suite 200, open until 7 pm'],
    ['Our Main St clinic is now open until 8 pm! 125 Main St, Suite 300. Call to book.'],
    ['I went fishing at Lake Travis on my day off'],
    ['Fort Worth nurses, we need you at the job fair'],
    ['gave heparin, 10000 units, per protocol'],
    ['Our new clinic in Decatur, GA 30030 opens Monday'],
    ['Su médico de cabecera es de Cruz Roja'],
    ['Mass casualty drill this Thursday at 1200 Riverside Dr, all staff report by 7'],
    ['The Bronx neighborhood where I grew up shaped my nursing'],
    ['The Smith neighborhood association donated masks'],
    ['Nuestro hospital está en Avenida Insurgentes 300, Col. Roma'],
    ['Loved my vacation at Lake Tahoe, back to nights tomorrow'],
    ['Our 5K route passes Lake Merritt, register at the link'],
    ['Vacunación gratuita el sábado en el Centro de Salud Norte, Calle Olmo 12'],
      ['FLU SHOT CLINIC Saturday, Main Lobby of Lakeside Community Hospital, 300 Birch Ave. No appointment needed'],
    ["We're hiring! Our outpatient PT clinic in Tacoma needs a DPT"],
      ['He lives off near the Kroger, the pt said'],
    ['Whitening in one visit! Dr. Cole and team at BrightSmile Dental, 200 Oak St, Austin.'],
    ['Best team in Kaduna, hands down'],
    ['Our new clinic in Toledo, OH opens its doors on Monday'],
    ['Presenting our sepsis bundle at the Denver, CO conference next week'],
    ['Proud grad of the University of Michigan and the College of Nursing'],
    ['Join us at Rosewood Manor for the spring fair, open to all'],
      ['Spent the night in Bed 12 with a gentleman who had no visitors'.replace('Bed 12 ', 'Bed ')],
    ['Proud of Kaiser and his team for the win'],
    ['Dr. Smith of Cardiology and her team presented today'],
    ['Engine 12 pulled a silver Tacoma, FL tag 8BKT42 out of the canal, driver stable'],
    ['She trained at Harvard Medical School and Johns Hopkins'],
    ['Our clinic is on the corner of 5th and Main, open daily'],
    ['We met at Smith and Jones for lunch before the shift'],
    ['I rang Services Australia again and her card bounced'], // English "rang", not a Quebec rang
    // the writer's own workplace, birthplace or group, in a long post that tells of patients elsewhere
    ["I'm a hospitalist in Albuquerque. Seven on, seven off, 18 to 22 patients a day during Delta."],
    ['Je travaille pour une agence de soins à domicile à Boston depuis sept ans. La semaine passée, la fille d\'un patient a appelé.'],
    ['My mom says nobody reads Substack. Pharmacist in Biloxi, 19 years. Thread on the GLP-1 mess, her patients too.'],
    ['Nací en Chalatenango en 1988. Llegué a Houston a los 15 años y hoy cuido a mis pacientes.'],
    ['Nearest EP is about 180 miles away in Denver. Got called at 2am for a sweet lady with a pacer.'],
    ['más de 1 de cada 3 adultos en Estados Unidos tiene prediabetes, y su familia no lo sabe'], // a country in Spanish
    ['Hola grupo de Cuidadoras Latinas de Nueva Orleans. Yo cuido a un señor de 80 años.'],
    ['currently on contract at a regional hospital on the Alabama Gulf Coast, and my patient was 80'], // a region
    ['Our job in Leeds is advertised now, apply by Friday'], // a vacancy, not a call-out
    ['we had a call in progress when the power went'],
    ['Join us for the ribbon-cutting, tours of the child-life playroom, and remarks from Mayor Jerry Dyer.'],
    ['Our Women\'s Health Pavilion opens Monday: mammography and pelvic floor PT at 2450 Magnolia Avenue. Book online or call our scheduling line.'],
    ['Le Centre hospitalier ouvre son nouveau centre mémoire : 12 avenue des Tilleuls, 91290 Arpajon. Rendez-vous au 01 69 55 40 00.'],
    ['Free flu clinic at St. Anne\'s Parish Hall, 45 Church Street. No appointment needed'],
    ['El síndrome de Down, la enfermedad de Addison y el mal de Chagas llevan el nombre de médicos'],
    ['le syndrome de Guillain-Barré et la maladie de Charcot portent le nom de neurologues'],
    ['Son lo máximo, equipo de Urgencias.'],
    ['his son (who lives in Arizona and has not visited once) says Dad would want everything done'], // a state
    ['The Golden Gate Bridge lights up pink for breast cancer awareness month!'],
    ['Our team walked across the Brooklyn Bridge for the heart walk, thanks to all 300 of you!'],
    ['Retenciones en la A-4 por obras, salid con tiempo para vuestro turno'], // a national motorway
    ['Si no le llegan, que nos llame. Saludos desde La Ceiba 🌴'], // the writer's own town
    ['Mis niños, se lo digo yo que soy enfermera en Lanzarote: el aloe vera no cura nada'],
    ['Collègues informaticiens de Yaoundé, vos conseils sont les bienvenus.'],
    ['Her mum asked us to share the crowdfunder for their travel to Great Ormond Street'], // a hospital known by its street
    ['Objeto encontrado en la sala de espera. Pasar a Trabajo Social.'],
    ["Le Centre d'Accueil de jour ouvre ses portes aux patients lundi"],
    ['Nurses from Rousay and Westray joined our training day'],
    // a post that opens with the writer's job in a big city: their workplace, not a patient's town
    ['GP partner in Bristol, sanity check pls. A man turned up at reception asking for records.'],
    ['Hospice nurse in Cleveland. Tonight I sat with someone who asked for one thing.'],
    ['Psychologue libérale à Lyon. Un ancien consultant m\'envoie des messages.'],
    // the organisation's own premises and contact lines
    ["Bless her heart, she still remembers every kid's favorite flavor. Free screenings Sat at our Macon office, 1420 Forsyth Rd. Call to hold a spot!"],
    ['Our clinic can now claim NDIS directly. Referrals: 07 4055 5120, 12 Grafton St. Great work to speechie Priya Nair!'],
    ['Proud to open our new MRI suite 🎉 Ribbon cutting at 10am, 550 Peachtree St NE, with the Mayor.'],
    ['How our telehealth hub links rural clinics to specialists 🇿🇲 Featuring Dr. Chanda Mulenga and nurse Mutale Banda.'], // a doctor, not a drive
    ['nuestra higienista presentará el 15 de mayo en el congreso SEPA de Barcelona su trabajo sobre periodontitis'],
    ["La Maison de soins palliatifs de Moncton organise sa marche annuelle le dimanche 22 septembre."],
    // the writer's own town in an intro after a title line, in a sign-off, after a placement or a greeting
    ['**Weirdest forged script this year**\n\nPharmacist in Tucson, chain store.\n\nScript comes in for oxycodone 30mg'],
    ["Vidéo tournée à l'officine, aucun patient filmé. Julien, pharmacien à Clermont-Ferrand #pharmacie #auvergne"],
    ['No patient data. Filmed in my own time. Hannah, Diagnostic Radiographer, Preston'],
    ['Soy interno en un hospital de Bogotá. Rotación de medicina interna.'],
    ['Bonjour, deuxième année, stage en gériatrie à Reims.'],
    ['Ojo con partir las pastillas sin preguntar. Un saludo desde Albacete.'],
    ['Black Lives Matter banners went up outside the clinic'],
    // a person after "de", a hospital's unit, a company
    ['Bravo à Geneviève Roy, préposée aux bénéficiaires, lauréate de notre prix'],
    ['0:35 La panorámica de Lupita Ibarra'],
    ['we stay for Christmas with the kids this year'],
    ['He told me in Igbo that he wants to go home. She only speaks Tagalog.'],
    ['POV : t\'es infirmière à Casablanca et Hajja Khadija, 91 ans, te demande en mariage'], // the writer's town
    ['"Best preceptor ever!" — Maria Lopez, RN'], // a colleague's credential, not a town
    ['We screened 12000 people in 2024 and 2025 at the county fair'],
    ["Merci à notre président d'honneur, M. Luc Béliveau, de Béliveau Construction."], // a company, not a town
    ['We went to Paris to see the Louvre on our day off'],
    ['Drove up to Toronto to visit my sister this weekend'],
    ['Drove out to Kelso to see Dad after my shift'],
    ['Bonne soirée! — Polyclinique du Sart-Tilman'], // the clinic signing off
  ])('nothing in %j', (text) => {
    expect(spans(location, text)).toEqual([]);
  });
});
