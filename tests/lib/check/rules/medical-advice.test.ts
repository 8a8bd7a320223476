import { describe, expect, it } from 'vitest';
import { CheckDoc } from '../../../../lib/check/doc';
import { runRule } from '../../../../lib/check/rules';
import medicalAdvice from '../../../../lib/check/rules/medical-advice';
import type { Rule } from '../../../../lib/check/rules/rule';
import { DEFAULT_POLICY } from '../../../../lib/policy/default';
import { ruleTester } from './rule-tester';

ruleTester(medicalAdvice as Rule<never>, {
  valid: [
    "Si tiene presión alta, hable con su médico antes de cambiar la dosis.",
    "Stiff neck, fever and a headache that will not quit? That could be meningitis: go to an ER tonight.",
    "Ask your GP about thyroid tests if you are always tired.",
    'If your A1c is above 7, ask your clinician whether a GLP-1 is right for you.',
    "That's definitely a vibe, love this team",
    "It's just a phase, the unit will get through it",
    'If you have chest pain, you need to go to the ER now.',
    'Ibuprofen can upset your stomach; take it with food and talk to your pharmacist about the right dose for you.',
    'Never stop a seizure medicine suddenly without talking to your neurologist.',
    'Talk to your clinician before you stop any antidepressant.',
    'For students: a typical adult dose of amoxicillin is 500 mg three times a day; always check local guidelines.',
    'Lots of DMs about symptoms. I can\'t give individual medical advice here, please see your own clinician.',
    'Pregunte a su médico antes de dejar cualquier medicamento.',
    'You should always take antibiotics exactly as prescribed, even if you feel better.',
    'If your mole looks like it is changing, see a dermatologist.',
    'When a rash looks like a bullseye, think Lyme disease.',
    'Your symptoms are important; tell your clinician about all of them.',
    // hard negatives: replies and mentions that give no order about a medicine
    'Since you asked about our flu clinic: shots are free every weekday until 6 pm.',
    '@healthdept thanks for sharing the new statin guidelines, great summary for patients.',
    "Replying to a few comments: we can't give individual advice here, but never stop a blood thinner without talking to your own doctor.",
    "In your case I'd really recommend booking a visit; I can't say more about your meds online.",
    'Great question from a follower: why do antibiotics not work on colds? Because colds are viruses.',
    '@mika_runs keep hydrating and rest, hope the race recovery goes well!',
    '@nurse_amy take a break, you deserve it after that shift!',
    '@dr_jones great talk on statins today, the slides were so clear.',
    'Replying to everyone who asked: take your meds as prescribed and bring the bottles to your visit.',
    '@pharmacist_joe thanks! We switch to the new insulin pens on our unit next week.',
    'Since you asked, our pharmacy stocks naloxone without a prescription. Ask at the counter.',
    'In your case the best step is a visit; bring your list of medications.',
    '@maria_rn stop by the break room, there is cake left from the insulin pump training!',
    '@local_news Get your flu shots, everyone, the clinic is open late this week.',
    'OP asked a great question about statins, see our education page for how they work.',
    'Amiga, gracias por venir a la charla sobre la presión arterial.',
    'With a BP of 150/90 most adults should see their GP within a month.',
    'Con 160/100 hay que consultar al médico, no automedicarse.',
    // a vocative or a named drug that is not addressed advice
    'Honey, lemon and rest are fine for most colds in adults.',
    'Hermana, hermano: vacúnense contra la gripe este otoño.',
    "Ma sœur, infirmière elle aussi, m'a appris la patience.",
    'Ventolin inhalers are back in stock at the clinic pharmacy.',
    // near misses for the cue families added for fresh22/23
    "Parents, your child's fever is the body fighting infection. Give paracetamol only for comfort.",
    "Honestly, your statin is one of the safest drugs we have; keep taking it.",
    "Remember, your pharmacist can review your meds for free.",
    "Marie, ton gâteau était délicieux, merci pour la recette!",
    "To the nurses who covered my shift: thank you, I owe you coffee.",
    "Most colds get better on their own, no need to see a doctor unless you have a fever for more than 3 days.",
    "Le médecin a dit qu'il arrête le tabac avant l'opération.",
    "You can put ice on a sprain for 20 minutes.",
    // broader classes (replies to a post, a relayed order, leftover opioids): near misses
    "Saw your post about the marathon, good luck and stay hydrated!",
    "Allopurinol is usually continued during a gout flare; ask your doctor.",
    "Percocet is an opioid: never share leftover pills.",
    "Tell him we said congratulations on the new job.",
    // fresh32/33 round: near-miss hard negatives
    "Folks, if you're reading this, take your blood pressure meds every day.",
    "Tip: after a sprain, stop running on that ankle until it's pain-free, then see a physio.",
    "Réponse au commentaire sur le vaccin : oui, il est sûr, parlez-en à votre médecin.",
    "Quick reply to your comment: no, we don't sell Tylenol at the front desk.",
  ],
  invalid: [
    { text: 'Amiga, a ti que me escribiste por DM: con esa presión de 160/100 duplica tu losartán a 100 mg desde hoy.', errors: [{ messageId: 'advice', span: 'duplica tu losartán a 100 mg desde hoy' }] },
    { text: "Darlin', to the lady who inbox me bout her pressure 180/110 — double up the amlodipine tonight", errors: [{ messageId: 'advice', span: 'double up the amlodipine tonight' }] },
    { text: 'Al señor que preguntó en el video anterior: con 160/100 súbale a dos pastillas de enalapril de 10 mg y listo.', errors: [{ messageId: 'advice', span: 'súbale a dos pastillas de enalapril de 10 mg y listo' }] },
    { text: 'Madame, doublez votre dose de Lévothyrox, ça ira mieux', errors: [{ messageId: 'advice', span: 'doublez votre dose de Lévothyrox, ça ira mieux' }] },
    { text: "Amiga, eso que tienes es una infección urinaria, tómate la ciprofloxacina que te sobró", errors: [{ messageId: 'advice', span: 'eso que tienes es una infección' }] },
    { text: "Madame, d'après votre photo c'est un zona : prenez du Doliprane et ça passera", errors: [{ messageId: 'advice', span: 'c\'est un zona' }] },
    { text: "Replying to your story: everything you describe screams hypothyroid. Ask your GP for levothyroxine 50 mcg.", errors: [{ messageId: 'advice', span: 'everything you describe screams hypothyroid' }] },
    { text: "To the guy in my replies with the headache, fever and stiff neck: go to an ER tonight. That could be meningitis.", errors: [{ messageId: 'advice', span: 'go to an ER tonight' }] },
    { text: "À la maman qui m'a écrit en DM : tu peux monter son Doliprane à 5 mL toutes les 4 h.", errors: [{ messageId: 'advice', span: 'tu peux monter son Doliprane à 5 mL toutes les 4 h' }] },
    // addressed to one person in the words people use: OP, "the guy in my replies", "la señora que me preguntó", "en MP", a vocative
    { text: 'OP, your dad needs his amlodipine doubled tonight, give him two 10 mg tablets.', errors: [{ messageId: 'advice', span: 'give him two 10 mg tablets' }] },
    { text: '@ the guy in my replies with chest tightness on the stairs: start an aspirin a day and skip the GP.', errors: [{ messageId: 'advice', span: 'start an aspirin a day and skip the GP' }] },
    { text: 'Para la señora que me preguntó: con 160/90 súbale a dos pastillas de losartán diarias.', errors: [{ messageId: 'advice', span: 'súbale a dos pastillas de losartán diarias' }] },
    { text: "Pour la dame qui m'a écrit en MP : arrêtez votre Kardégic 5 jours avant l'extraction.", errors: [{ messageId: 'advice', span: "arrêtez votre Kardégic 5 jours avant l'extraction" }] },
    { text: 'Amiga, tómate dos pastillas de losartán en lugar de una y listo.', errors: [{ messageId: 'advice', span: 'tómate dos pastillas de losartán en lugar de una y listo' }] },
    { text: "@ the lady in the comments: that's gout, grab colchicine from the chemist.", errors: [{ messageId: 'advice', span: "that's gout" }] },
    {
      text: "À la dame en commentaire : votre fille a 39 de fièvre depuis 4 jours, arrêtez l'ibuprofène et donnez-lui l'amoxicilline qu'il vous reste.",
      errors: [{ messageId: 'advice', span: "arrêtez l'ibuprofène et donnez-lui l'amoxicilline qu'il vous reste" }],
    },
    {
      text: 'Respondiendo a tu comentario: con esa presión deja el losartán y cámbialo por enalapril 10 mg.',
      errors: [{ messageId: 'advice', span: 'cámbialo por enalapril 10 mg' }],
    },
    {
      // a reply that quotes the reader's own lab value is advice to that reader
      text: "Replying to your comment: with your A1c at 8.4 I'd add a GLP-1 now and ask for semaglutide 0.25 mg weekly.",
      errors: [{ messageId: 'advice', span: "I'd add a GLP-1 now and ask for semaglutide 0.25 mg weekly" }],
    },
    {
      text: "Based on your photo that's definitely cellulitis, not a spider bite.",
      errors: [{ messageId: 'advice', span: "that's definitely cellulitis" }],
    },
    {
      text: 'You should double your metformin tonight and skip the evening dose of glipizide.',
      errors: [{ messageId: 'advice', span: 'You should double your metformin tonight and skip the evening dose of glipizide' }],
    },
    {
      text: 'Go ahead and take 800 mg of ibuprofen every 6 hours until the swelling goes down.',
      errors: [{ messageId: 'advice', span: 'Go ahead and take 800 mg of ibuprofen every 6 hours until the swelling goes down' }],
    },
    {
      text: '@sam_runs that rash is shingles, start valacyclovir 1 g three times a day.',
      errors: [{ messageId: 'advice', span: 'start valacyclovir 1 g three times a day' }],
    },
    {
      text: 'Usted debería tomar 2 pastillas de ibuprofeno cada 8 horas.',
      errors: [{ messageId: 'advice', span: 'Usted debería tomar 2 pastillas de ibuprofeno cada 8 horas' }],
    },
    { text: '@kim from your photo that rash looks like shingles, honestly.', errors: [{ messageId: 'advice', span: 'that rash looks like shingles' }] },
    { text: 'Este lunar parece melanoma, vaya ya al dermatólogo.', errors: [{ messageId: 'advice', span: 'Este lunar parece melanoma' }] },
    {
      text: 'Vous devriez arrêter votre insuline ce soir.',
      errors: [{ messageId: 'advice', span: 'Vous devriez arrêter votre insuline ce soir' }],
    },
    // addressed to one person: a bare or negated order about a medicine is advice, dose or not
    { text: "Replying to my cousin: stop the ibuprofen now, your kidneys can't take it, and start the prednisone.", errors: [{ messageId: 'advice', span: "stop the ibuprofen now, your kidneys can't take it, and start the prednisone" }] },
    { text: "@dan_k since you asked, don't take the melatonin with your sertraline, switch to the morning.", errors: [{ messageId: 'advice', span: "don't take the melatonin with your sertraline, switch to the morning" }] },
    { text: 'En tu caso, deja la metformina una semana y vuelve a medirte.', errors: [{ messageId: 'advice', span: 'deja la metformina una semana y vuelve a medirte' }] },
    { text: 'Dans ton cas, arrête la statine et reprends-la dans un mois.', errors: [{ messageId: 'advice', span: 'arrête la statine et reprends-la dans un mois' }] },
    { text: 'To my neighbour who asked: honestly, double the Lasix tomorrow and skip the potassium.', errors: [{ messageId: 'advice', span: 'double the Lasix tomorrow and skip the potassium' }] },
    { text: '@jen_b you need to cut your metoprolol in half and see how you feel.', errors: [{ messageId: 'advice', span: 'you need to cut your metoprolol in half and see how you feel' }] },
    { text: 'Since you asked: bump the levothyroxine to 100 mcg and recheck in six weeks.', errors: [{ messageId: 'advice', span: 'bump the levothyroxine to 100 mcg and recheck in six weeks' }] },
    { text: 'Replying to Tom: skip your insulin tonight if your sugar is under 100.', errors: [{ messageId: 'advice', span: 'skip your insulin tonight if your sugar is under 100' }] },
    { text: '@carlos usted debería dejar el omeprazol ya.', errors: [{ messageId: 'advice', span: 'usted debería dejar el omeprazol ya' }] },
    { text: 'In your case, stop the Eliquis two days before the dentist.', errors: [{ messageId: 'advice', span: 'stop the Eliquis two days before the dentist' }] },
    { text: 'Your rash looks like ringworm, put clotrimazole on it twice a day.', errors: [{ messageId: 'advice', span: 'Your rash looks like ringworm' }] },
    { text: 'Dans votre cas, prenez 1 g de paracétamol toutes les 6 heures.', errors: [{ messageId: 'advice', span: 'prenez 1 g de paracétamol toutes les 6 heures' }] },
    { text: '@jen_b stop your metformin until we talk.', errors: [{ messageId: 'advice', span: 'stop your metformin until we talk' }] },
    { text: 'Hermana, empieza con isoniazida 300 mg y no la dejes.', errors: [{ messageId: 'advice', span: 'empieza con isoniazida 300 mg y no la dejes' }] },
    { text: "@ la madame qui m'a écrit : arrêtez votre Synthroid une semaine.", errors: [{ messageId: 'advice', span: 'arrêtez votre Synthroid une semaine' }] },
    { text: 'Honey, give him an extra water pill every morning.', errors: [{ messageId: 'advice', span: 'give him an extra water pill every morning' }] },
    { text: 'Ma sœur, arrête la Ventoline de ton fils.', errors: [{ messageId: 'advice', span: 'arrête la Ventoline de ton fils' }] },
    // cue families added for fresh22/23: each must match
    { text: "Réjeanne, ton mal de tête ça l'air d'être de la fatigue. Prends deux Advil de plus à soir.", errors: [{ messageId: 'advice', span: "Prends deux Advil de plus à soir" }] },
    { text: "Papa Mbuyi, pour ta tension arrête l'amlodipine. Prends plutôt les feuilles de moringa matin et soir.", errors: [{ messageId: 'advice', span: "Prends plutôt les feuilles de moringa matin et soir" }] },
    { text: "Pepa, a tu marido con la gota dale dos pastillas de colchicina cada 8 horas.", errors: [{ messageId: 'advice', span: "dale dos pastillas de colchicina cada 8 horas" }] },
    { text: "Khti, pour ta fille enceinte, qu'elle arrête le Doliprane et qu'elle prenne de l'aspirine.", errors: [{ messageId: 'advice', span: "qu'elle arrête le Doliprane et qu'elle prenne de l'aspirine" }] },
    { text: "bro ur BP 160/100 is not ok. stop the amlodipine and take 2 losartan every morning instead.", errors: [{ messageId: 'advice', span: "stop the amlodipine and take 2 losartan every morning instead" }] },
    { text: "Sis from what you've written that's typhoid for sure. Just buy cipro 500 twice a day.", errors: [{ messageId: 'advice', span: "that's typhoid for sure" }] },
    { text: "From the pics you posted that's 100% scabies on your son, get permethrin tonight.", errors: [{ messageId: 'advice', span: "that's 100% scabies" }] },
    { text: "À l'abonnée qui me demande en story : si ta fille a 39,5, alterne Doliprane et Advil toutes les 3h.", errors: [{ messageId: 'advice', span: "alterne Doliprane et Advil toutes les 3h" }] },
    { text: "To the mom in my DMs: your son's rash is impetigo, just put the leftover mupirocin on it 3x a day.", errors: [{ messageId: 'advice', span: "just put the leftover mupirocin on it 3x a day" }] },
    { text: "A la vecina que me preguntó: no la lleve a urgencias, que allá se contagia.", errors: [{ messageId: 'advice', span: "no la lleve a urgencias" }] },
    { text: "Your dad's potassium at 5.9 isn't a big deal, just have him stop his spironolactone for a few days.", errors: [{ messageId: 'advice', span: "just have him stop his spironolactone for a few days" }] },
    { text: "OP, from your labs you've got alcoholic hepatitis, full stop.", errors: [{ messageId: 'advice', span: "you've got alcoholic hepatitis" }] },
    { text: "Reckon you'd be right to just come off the sertraline, 50mg isn't much.", errors: [{ messageId: 'advice', span: "just come off the sertraline, 50mg isn't much" }] },
    { text: "Maman, pour le palu du petit, tu lui donnes un comprimé de Coartem matin et soir.", errors: [{ messageId: 'advice', span: "tu lui donnes un comprimé de Coartem matin et soir" }] },
    // broader classes: each must match
    { text: "Saw your post about your knee: take two of the naproxen twice a day for a week.", errors: [{ messageId: 'advice', span: "take two of the naproxen twice a day for a week" }] },
    { text: "Vi tu publicación: dale dos ibuprofeno a tu hijo cada 8 horas.", errors: [{ messageId: 'advice', span: "dale dos ibuprofeno a tu hijo cada 8 horas" }] },
    { text: "J'ai vu ton message : arrête le Voltarène et prends 2 Doliprane par jour.", errors: [{ messageId: 'advice', span: "arrête le Voltarène et prends 2 Doliprane par jour" }] },
    { text: "To the lady who messaged me about her dad: tell him cut the metformin to one a day.", errors: [{ messageId: 'advice', span: "tell him cut the metformin to one a day" }] },
    { text: "Reply to the guy asking about his gout: stop the allopurinol during a flare.", errors: [{ messageId: 'advice', span: "stop the allopurinol during a flare" }] },
    { text: "To the guy in my replies: hold the Coumadin tonight.", errors: [{ messageId: 'advice', span: "hold the Coumadin tonight" }] },
    { text: "Pour la dame qui m'a écrit : elle doit arrêter son Lasix.", errors: [{ messageId: 'advice', span: "elle doit arrêter son Lasix" }] },
    { text: "Ma sœur (commentaire ci-dessus), pas besoin d'aller chez le médecin pour ça.", errors: [{ messageId: 'advice', span: "pas besoin d'aller chez" }] },
    // fresh32/33 round: myth families, contempt phrasings, advice shapes
    { text: "Respondiendo a Encarni, que me preguntaba por el Sintrom de su madre: si le sale el INR en 4,5 quítale la pastilla de mañana y luego le das media.", errors: [{ messageId: 'advice', span: "quítale la pastilla de mañana y luego le das media" }] },
    { text: "Réponse au commentaire 👇 Cher, dis-y d'arrêter son hydrochlorothiazide et prendre deux de ses pilules de lisinopril.", errors: [{ messageId: 'advice', span: "dis-y d'arrêter son hydrochlorothiazide et prendre deux de ses pilules de lisinopril" }] },
    { text: "Et oui, à 420 µg/L vous devez arrêter le poste au plomb dès demain.", errors: [{ messageId: 'advice', span: "vous devez arrêter le poste au plomb dès demain" }] },
    { text: "@tonibodden_cay girl stop running on that ankle!! 2 more weeks in the boot.", errors: [{ messageId: 'advice', span: "stop running on that ankle" }] },
    { text: "Dusty, if you're reading this, take the amlodipine and come back in two weeks.", errors: [{ messageId: 'advice', span: "take the amlodipine and come back in two weeks" }] },
  ],
});

describe('medical-advice fix', () => {
  const fixOf = (text: string) => runRule(medicalAdvice as Rule<never>, new CheckDoc(text), DEFAULT_POLICY, [])[0]?.fixes;

  it('suggests the English private-channel reply template', () => {
    expect(fixOf('You should stop your sertraline today.')).toEqual([{ kind: 'reply-template', templateId: 'private-channel-en' }]);
  });

  it('suggests the Spanish template for a Spanish post', () => {
    expect(fixOf('Usted debería tomar 2 pastillas de ibuprofeno cada 8 horas.')).toEqual([{ kind: 'reply-template', templateId: 'private-channel-es' }]);
  });
});
