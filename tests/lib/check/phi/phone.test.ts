import { describe, expect, it } from 'vitest';
import { phone } from '../../../../lib/check/phi/phone';
import { evidence, expected, spans } from './helpers';

describe('phone recognizer', () => {
  it.each([
    // every NANP shape, with patient wording near it
    ['pt asked me to call back at (555) 201-3344 tomorrow', '(555) 201-3344'],
    // a sentence ended by an emoji is not the clause of "our ER" before it
    ["She left her glasses in our ER last night 🙈 Her son's number is 808-961-4427 but he's not answering", '808-961-4427'],
    ['If anyone finds his wallet give his daughter a bell on 07723 418556', '07723 418556'],
    ['Dile a tu tía que la llamo yo al 642 318 907 cuando salga', '642 318 907'],
    ['So sorry for the wait. Our patient relations team will call you on 98450 37712 today', '98450 37712'], // the org calling the patient on theirs
    // national mobiles after a phone word: Australian, Indian
    ['his daughter asked you ring her first on 0412 387 559', '0412 387 559'],
    ['His number 98450 12736 is not reachable', '98450 12736'],
    ['her number 555.201.3344 is disconnected', '555.201.3344'],
    ['Spouse contact: 555.201.9090', '555.201.9090'],
    ['her cell (555)\u00a0201-3344 is off', '(555)\u00a0201-3344'], // a no-break space pasted from a web page
    ['his cell is 555-201-3344, call him', '555-201-3344'],
    ['her phone +1 555 201 4410 goes to voicemail', '+1 555 201 4410'],
    ['texted my pt\'s wife at 5552019987 to let her know', '5552019987'],
    ['her daughter\'s cell (555) 201-3344 ext. 12 works', '(555) 201-3344 ext. 12'],
    ['his son in London, +44 7700 900123, wants updates', '+44 7700 900123'],
    // "us" alone is not the organisation's line
    ['Pt\'s daughter asked us to call her at 614-555-0199 when he is out', '614-555-0199'],
    // Spanish and French
    ['El teléfono de la paciente es 555-201-3344', '555-201-3344'],
    ['Le téléphone de la patiente : 555 201 3344', '555 201 3344'],
    ['Le portable de sa fille : 06 12 34 56 78', '06 12 34 56 78'],
    ['El móvil de su hijo es 612 345 678', '612 345 678'],
    ['Llamé a la hija de la paciente al 55 1234 5678', '55 1234 5678'],
    // international shapes: country code with spaces, dashes, a trunk "(0)", an area in brackets, none at all
    ['por favor llamen a su hija al +52 55 4132 8890, no la localizamos', '+52 55 4132 8890'],
    ['his son in London is on +44 (0)20 7946 0958 if anything changes', '+44 (0)20 7946 0958'],
    ['Le portable de son fils : +33 6 12 34 56 78', '+33 6 12 34 56 78'],
    ['her sister in Mexico, +52 (55) 4132 8890, wants updates', '+52 (55) 4132 8890'],
    ['el número de su esposa es +34 612 34 56 78', '+34 612 34 56 78'],
    ['his brother in Manchester: +447700900123', '+447700900123'],
    ['el celular de su hijo es 0052 55 4132 8890', '0052 55 4132 8890'],
    // national shapes after a phone word
    ['Llamé a su esposo al 55-4132-8890 tres veces', '55-4132-8890'],
    ['El WhatsApp de la hija: (33) 1234 5678', '(33) 1234 5678'],
    ['her daughter\'s mobile is 07700 900123', '07700 900123'],
    ['El móvil de la paciente es 612 34 56 78', '612 34 56 78'],
    // two separator styles, and weak but present patient wording (a title, a relative)
    ['Mr. Ortiz\'s niece left 614 823-4471 twice, no answer', '614 823-4471'],
    ['his grandma keeps calling from 312.555-0143 about the discharge', '312.555-0143'],
      ['pídanle a su hermana que nos llame, o llámenla al +52 33 4821 7390', '+52 33 4821 7390'],
      ['His landline 01772 558 904 just rings out', '01772 558 904'],
    // French and UK national numbers after any form of a calling verb
    ["le fils de Mme Roy appelle tous les soirs depuis le 06 12 34 56 78", '06 12 34 56 78'],
    ['her husband keeps ringing the ward from 07700 900123 after midnight', '07700 900123'],
    ['for updates call her son Musa on 0803 412 7781', '0803 412 7781'],
    ['Su hija Lupita nos dejó su cel +52 33 1478 2265 para avisarle', '+52 33 1478 2265'],
    ['Contactez son frère au 77 512 34 86, il habite Pikine.', '77 512 34 86'], // Senegal
    ['Appelez sa fille au 76 123 45 67 svp', '76 123 45 67'],
    ['Sa fille a laissé son numéro, le 079 123 45 67, à l\'accueil.', '079 123 45 67'], // Switzerland
    ['Llamen a la hija de la señora al 9 8765 4321, está preocupada.', '9 8765 4321'], // Chile
    ["Pt's daughter's number is 9123 4567, pls call her after rounds.", '9123 4567'], // Singapore
    ['Sa fille a laissé le 0475 31 82 06 mais ça sonne dans le vide.', '0475 31 82 06'], // Belgium, after 'left'
    ['Appelez son fils au 02 512 34 56 svp', '02 512 34 56'],
    ["Anyone who'd like to send her a little support, her M-Pesa is 0722 555 014.", '0722 555 014'],
    ["for those who wish to help, her apo's GCash is 0917 555 2284", '0917 555 2284'],
    ['Ses petits-enfants disent que vous pouvez l appeler au 77 412 36 98', '77 412 36 98'],
    ['Su teléfono es 0414-555-2871.', '0414-555-2871'],
    ['Envoi Orange Money au 6 99 55 47 12 (son fils Patrice).', '6 99 55 47 12'],
    ['Grandson say if unnu want to bless her, call (876) 555-0147 now', '(876) 555-0147'], // a call to action for a person
    ['se fue AMA anoche del ER y no contesta al (956) 555-0138. Vive por Pharr', '(956) 555-0138'],
    ['Pueden yapear al 987 654 321 (su hija Rosa) o depositar en la cuenta', '987 654 321'],
    ['Dites à la famille de rappeler au 77 451 23 09, on a ses résultats', '77 451 23 09'],
    ['Pour les dons en nature, sa maman répond au 079 555 12 34', '079 555 12 34'],
    ['Contact de sa fille : 0475 12 34 56', '0475 12 34 56'],
    ["Patient's brother keeps calling on 01712-448903 and nobody picking up", '01712-448903'],
    ['En la cartera de la paciente solo había un número, 5512-8834, que no contesta.', '5512-8834'],
    ["appelez son fils au 0661 23 45 78, le numéro qu'il avait dans sa poche", '0661 23 45 78'],
    ['Please contact her husband on 9841 276 530. Share garnu hola', '9841 276 530'],
    ['Contact her father on 0321-4478120. Jazak Allah.', '0321-4478120'],
    ["Dons par MVola au 034 12 456 78 au nom de sa mère", '034 12 456 78'],
    ['sa fille ne répond pas au 78 45 21.', '78 45 21'],
    ['Sputum back positive. Call 024 418 7723 (her son) or the ward.', '024 418 7723'],
    ['Please call the ward at (02) 8554-8400 loc. 3201 or his daughter Marites at 0917 558 2214.', '0917 558 2214'],
    // the cue after the number, or a try at calling before it
    ["His NHI is on the referral but 021 555 4187 isn't answering. If you're his family, flick us a message", '021 555 4187'],
    ['Sa mère nous a appelés du 06 61 55 42 18 mais ça coupe.', '06 61 55 42 18'],
    ['her husband? we tried 0803 555 2190 like four times', '0803 555 2190'],
    ["his wife's number is 08035552190, she never picks up", '08035552190'], // Nigeria's mobiles run together
    ['Bed 6 Mzee Langat, family meeting tomorrow 10am, son Kiprono on 0722 481 906.', '0722 481 906'], // a handover's relative and a Kenyan mobile
  ])('PHONE in %j', (text, surface) => {
    expect(spans(phone, text)).toEqual(expected(text, 'PHONE', surface));
  });

  it.each([
    ['fax the POLST for pt to (419) 555-0187 attn Dr. Lee', '(419) 555-0187'],
    ['the fax line 5552013309 on my pt\'s referral form bounces', '5552013309'],
    ['fax Mr. O\'s PT orders to 614.555.0122 before 5', '614.555.0122'],
    ['La paciente quiere sus resultados por fax al (956) 555-0190 de su hijo', '(956) 555-0190'],
    ['Envoyez le dossier de la patiente par télécopie au 555-201-8890', '555-201-8890'],
    ['the pt\'s wife faxes us from +44 20 7946 0958 every week', '+44 20 7946 0958'],
    ['her records went by e-fax to (502) 339-7104 this morning', '(502) 339-7104'],
    ['his home health agency F: 614-555-0122 needs the orders', '614-555-0122'],
    ['pls send his records, fax no. +44 20 7946 0958', '+44 20 7946 0958'],
    ['her fax number is 614-555-0122', '614-555-0122'],
    ['Faxe le compte rendu de la patiente au 01 23 45 67 89', '01 23 45 67 89'],
    ['Mándame por fax los laboratorios del paciente al 55 4132 8890', '55 4132 8890'],
    ['whoever faxed his referral to our practice from 0161 496 0733, page 2 is missing', '0161 496 0733'],
      ['Merci de renvoyer le dossier au 01 45 55 02 18, le fax précédent était illisible', '01 45 55 02 18'],
      ["whoever faxed Ms. Reyes's records to 503-555-0199 please resend", '503-555-0199'],
    ['el centro de salud nos pide que le mandemos el informe por fax al 954 61 28 73, el de la gestoría de su hija', '954 61 28 73'],
    ['Mandamos el informe de la paciente por fax al 91 234 56 78 y no llegó.', '91 234 56 78'], // Madrid landline
    ["Fax to 555-0187 bounced, the pt's home fax is dead.", '555-0187'], // seven digits after a fax word
    ['his son sends his meds list by fax from the farm, 026 45123, every single Monday', '026 45123'],
    ['Referral letter for the patient faxed to +880-2-9661551 three times since morning', '+880-2-9661551'],
    ['y por fax al consultorio de su médico, 2552-7781. Si no le llegan', '2552-7781'],
  ])('FAX in %j', (text, surface) => {
    expect(spans(phone, text)).toEqual(expected(text, 'FAX', surface));
  });

  it('tells a home fax from a cell in the same sentence', () => {
    const text = 'her daughter wants it faxed to (312) 555-0177 and left her cell as (312) 555-0143 in case';
    expect(spans(phone, text)).toEqual([...expected(text, 'FAX', '(312) 555-0177'), ...expected(text, 'PHONE', '(312) 555-0143')]);
  });

  it.each([
    // public hotlines and 3-digit numbers
    ['Book your place by ringing the maternity unit on 021 492 0000. All welcome'], // the unit's own line
    ['Le bilan: 77 512 34 86 patients vus'], // no phone word
    ['Call me about the 2024 2025 rota'], // two years, not a number
    ['Ratio 9123 4567 in the lab sheet'], // no phone word
    ['Información y citas en el teléfono 96 512 34 56.'], // a national shape with only a phone word: the clinic's
    ['Si tienes dudas sobre tu medicación, llama a tu farmacia o al 91 234 56 78.'],
    ['If you are struggling, call or text 988 any time.'],
    ['Call 911 for emergencies; her pt line is down'],
    ['call Poison Control at 1-800-222-1222 right away for your child'],
    ['her Domestic Violence Hotline is 1-800-799-7233'],
    // the organisation's own lines
    ['Questions? Call our main line at (614) 555-0100.'],
    ['Our financial counselors are at 614-555-0100 ext. 4, Mon-Fri.'],
    ['Welcome Jordan! Call (614) 555-0130 to schedule.'],
    ['Para más información llame al (614) 555-0100. Se habla español.'],
    ['Pour la patiente : appelez-nous au 555-201-3344.'],
    ['Text FLU to 555-201-3000 to find a clinic near you.'],
    ['Parents: if your son or daughter has a fever, call 555-201-0000 any time.'],
    ['Medicare help for her and your family. Call (614) 555-0100 and ask for the Senior Center.'],
    ['Questions about her bill? Contact us at 555-201-3344.'],
    ['our refill-request fax is (614) 555-0111. Please put patient name on the cover sheet.'],
    // numbers that are not phones
    ['pt BP 120/80, HR 72, K 3.1, INR 2.5'],
    ['her NDC 12345-6789-01 and lot 2025-03-14'],
    ['pt ICD-10 E11.9, CPT 99213, n=3,533 in 2024'],
    ['her SSN 254-83-6610'],
    ['her number is 123-456-7890'], // 123 is not an area code
    ['his number is 555-011-3344'], // nor 0 an exchange
    ['A bare 5552013344 with no context at all'],
    ['Score 612 345 678 points for her team'], // national shapes need a phone word
    ['her scores were 06 12 34 56 78'],
    ['Para citas llame al +52 55 5555 1234.'],
    ['Questions? Give us a call at 614-555-0100.'],
    ['She scored 20 7946 0958 on the quiz'],
    ['Call 0044 20 7946 0958 today'], // a 00 prefix alone is not enough
    ['HbA1c 7.2, BP 120/80, 2024-2025, n=4412'],
    ['ICD-10 I21.4, CPT 93458, 120 mg daily x 14 days'],
    ['his NHS number is 943 476 5919'], // another identifier's label, not a phone
    ['tarjeta de afiliación IMSS 12345678901 de la paciente'],
    ['Tel: +33 1 44 55 66 77 — Service de cardiologie, Hôpital Riverbend'],
    ['Phone (614) 555-0100 | Riverbend Clinic, Mon-Fri 8-5'],
    ['Teléfono: 55 5555 1234, Clínica del Valle, horario 8 a 5'],
    ['Results: 312 patients, 55.4% female, p = 0.013'],
    ['Nuestro teléfono: +52 55 5555 1234'],
    ['Appelez notre standard au +33 1 23 45 67 89'],
    ['We saw 98450 12736 visitors this year'],
    ['Order ref 0412 387 559 shipped'],
      ['Unknown male brought in overnight. If this is your family member please call Mercy General at 614-303-1000.'],
      ['Our fax number changed! New referrals line for the Sleep Center: fax 503-555-0149'],
    ['Appelez-nous au 01 42 55 67 89 pour prendre rendez-vous'],
    ['ratio was 0803 412 7781 in the spreadsheet'],
    ['Welcome Dr. Amara Okafor to our team! New patient appointments: (317) 555-0100'],
    ['Journée portes ouvertes samedi à la clinique ! Tél. 04 78 55 01 20, venez nous rencontrer'],
    ['Para citas nos puede llamar al 954 61 28 73 de lunes a viernes'],
    ['En cas de fièvre, consultez dans les 24 h. Numéro vert: 800 00 50 50.'],
    ['Pour toute question, notre secrétariat répond au 01 45 55 02 18.'],
    ['call us about the 2023-2024 numbers for her ward'],
    ['Call (217) 555-0100 or book online. Walk-ins welcome for the families we serve.'],
    ['Call 024 418 7723 to book your screening.'],
    ["Envoyez 2 500 000 FCFA par Orange Money à la fondation"],
    ['Call 13 11 14 any time, day or night.'],
    ['we tried 2 500 000 FCFA last year for the new wing'], // an amount after "tried"
    ['Order 0803555219 shipped and nobody answered the door'], // ten digits are no Nigerian mobile
    ['Order ref 0722 481 906 shipped on Monday'], // the shape alone, with no phone word or relative
  ])('nothing in %j', (text) => {
    expect(spans(phone, text)).toEqual([]);
  });

  it('explains itself: pattern and context word', () => {
    expect(evidence(phone, 'her cell is 555-201-3344')).toEqual([{ recognizer: 'phone', pattern: 'nanp-separated', score: 0.8, context: 'her' }]);
  });
});

describe('phone allowlist', () => {
  it('honours the organisation\'s listed numbers in any format, extensions included', async () => {
    const { check } = await import('../../../../lib/check');
    const { DEFAULT_POLICY } = await import('../../../../lib/policy/default');
    const policy = { ...DEFAULT_POLICY, allowlists: { ...DEFAULT_POLICY.allowlists, phones: ['614-555-0100'] } };
    const text = 'Her cell is (614) 555-0100 ext. 12, her daughter\'s is 614.555.0199';
    const found = check(text, policy).filter((f) => f.category === 'PHONE').map((f) => text.slice(f.start, f.end));
    expect(found).toEqual(['614.555.0199']);
  });
});
