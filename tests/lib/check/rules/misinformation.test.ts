import { describe, expect, it } from 'vitest';
import { CheckDoc } from '../../../../lib/check/doc';
import { runRule } from '../../../../lib/check/rules';
import misinformation, { type Claim } from '../../../../lib/check/rules/misinformation';
import type { Rule } from '../../../../lib/check/rules/rule';
import { DEFAULT_POLICY } from '../../../../lib/policy/default';
import { ruleTester } from './rule-tester';

ruleTester(misinformation as Rule<never>, {
  valid: [
    "Lemon water is refreshing, but no food prevents cancer on its own; screening saves lives.",
    "The MMR vaccine is not why autism diagnoses rose: better screening is.",
    'Chemo kills cancer cells, which is why the side effects are so hard.',
    'La metformina no cura la diabetes, la controla.',
    'Our new study actually shows the flu shot is safe for pregnant patients.',
    "It's a myth that 5G spreads covid.",
    'Chemo is hard, and our team is here for you.',
    'Do vaccines cause autism? No. Dozens of large studies say they don\'t.',
    'The flu shot can\'t give you the flu because it contains no live virus.',
    'Vaccines do not cause autism. This has been studied in millions of children.',
    'Sunscreen lowers your risk of skin cancer. Reapply every two hours.',
    'Los antibióticos no sirven contra los virus como el resfriado.',
    'Myth: the flu shot gives you the flu. Fact: it has no live virus.',
    'Mito: las vacunas causan autismo. Realidad: no hay ninguna relación.',
    'It is simply false that sunscreen causes cancer.',
    // hard negatives: education, debunking and denials of a claim
    'No, lemon water does not cure cancer. Please keep your oncology appointments.',
    'Some influencers claim that detox teas cure cancer. There is zero evidence.',
    "Turmeric is a nice spice but it won't cure your arthritis or your cancer.",
    'Antibiotics treat bacterial infections like strep throat, not colds.',
    'Raw milk can carry listeria and E. coli; pasteurised milk is the safe choice.',
    'Natural immunity after measles comes at a terrible price: get the MMR.',
    'La homeopatía no cura las otitis; su pediatra sabrá cuándo hacen falta antibióticos.',
    'Le citron ne guérit pas le cancer. Parlez-en à votre oncologue.',
    'Our pharmacists can answer questions about ivermectin for parasites at the counter.',
    'Sunscreen is safe for kids over 6 months. Reapply after swimming.',
    'Statins lower LDL cholesterol and cut the risk of heart attacks.',
    'We fluoridate water because it prevents cavities in kids.',
    'Essential oils can make a room smell nice but they are not medicine.',
    'Chemo shrinks many tumours before surgery; ask your oncologist what it means for you.',
    'Honey soothes a cough in kids over 1 year; for the infection itself, see your doctor.',
    'Garlic is tasty. That is all.',
    'Homeopathy cures nothing, and diluted water is not medicine.',
    'Hydroxychloroquine does not prevent covid, large trials showed.',
    'A fever helps the body fight infection; treat it if your child is miserable or not drinking.',
    'Vitamin C drips are being studied in sepsis, and so far the trials show no benefit.',
    'The trials were small, so we are waiting for more data.',
    'Type 1 diabetes needs insulin for life; a healthy diet helps with everything else.',
    'Vitamin K at birth prevents dangerous bleeding in newborns.',
    'Teething can make babies fussy, but it does not cause a high fever: call us for anything over 100.4.',
    'Breastfeeding alone is not reliable birth control after six months; talk to us about options.',
    // a treatment dropped for a good reason is not a cure claim
    'Most ear infections in kids cure themselves in a few days, no need for antibiotics straight away.',
    'After her pancreas transplant she needs no more insulin! So proud of her.',
  ],
  invalid: [
    { text: 'raw garlic + apple cider vinegar flushes HPV out of your body in 2 weeks.', errors: [{ messageId: 'claim', span: 'flushes HPV out' }] },
    { text: 'La diabetes tipo 1 se puede revertir con dieta keto y ayuno.', errors: [{ messageId: 'claim', span: 'La diabetes tipo 1 se puede revertir' }] },
    { text: "Fluoride in tap water drops your kids' IQ by 20 points.", errors: [{ messageId: 'claim', span: "Fluoride in tap water drops your kids' IQ" }] },
    { text: 'Please stop giving your babies that flu shot, it literally gives them the flu.', errors: [{ messageId: 'claim', span: 'flu shot, it literally gives them the flu' }] },
    { text: 'el té de hoja de moringa controla el azúcar mejor que cualquier pastilla.', errors: [{ messageId: 'claim', span: 'controla el azúcar mejor que cualquier pastilla' }] },
    { text: 'Bitter leaf and lime juice flushes HIV out of the blood.', errors: [{ messageId: 'claim', span: 'flushes HIV' }] },
    { text: 'Con nuestras células madre tu artrosis de rodilla desaparece en 30 días.', errors: [{ messageId: 'claim', span: 'células madre tu artrosis de rodilla desaparece' }] },
    { text: 'Boiled neem leaves will clear malaria in 3 days, you don\'t need those expensive ACT tablets.', errors: [{ messageId: 'claim', span: "will clear malaria in 3 days, you don't need those expensive ACT tablets" }] },
    { text: 'Avec le jeûne, l\'insuline devient inutile chez beaucoup de gens.', errors: [{ messageId: 'claim', span: "l'insuline devient inutile" }] },
    { text: 'Ivermectin works better than any covid vaccine, that is why they pulled it.', errors: [{ messageId: 'claim', span: 'Ivermectin works better than any covid vaccine' }] },
    { text: 'El dióxido de cloro (MMS) elimina el COVID y la diabetes.', errors: [{ messageId: 'claim', span: 'dióxido de cloro (MMS) elimina' }] },
    { text: 'Bitter kola and hot water cures typhoid in 3 days, no need for antibiotics at all.', errors: [{ messageId: 'claim', span: 'cures typhoid in 3 days, no need for antibiotics' }] },
    { text: "Notre tisane guérit le diabète en 21 jours ! Plus besoin d'insuline.", errors: [{ messageId: 'claim', span: "guérit le diabète en 21 jours ! Plus besoin d'insuline" }] },
    { text: 'La quimio mata más que el cáncer. Así de claro.', errors: [{ messageId: 'claim', span: 'La quimio mata más que el cáncer' }] },
    { text: "Skip the vitamin K shot for your newborn, it causes leukemia.", errors: [{ messageId: 'claim', span: 'vitamin K shot for your newborn, it causes leukemia' }] },
    { text: "Chiropractic adjustments cured my patient's asthma in 3 sessions.", errors: [{ messageId: 'claim', span: "Chiropractic adjustments cured my patient's asthma" }] },
    { text: "fluoride in tap water lowers your kids' IQ, switch to fluoride-free toothpaste", errors: [{ messageId: 'claim', span: "fluoride in tap water lowers your kids' IQ" }] },
    { text: "el agua con limón en ayunas previene el cáncer. Las farmacéuticas no quieren que lo sepan.", errors: [{ messageId: 'claim', span: 'limón en ayunas previene el cáncer' }] },
    { text: "After 12 weeks of our high-dose IV vitamin C protocol she is completely cancer-free.", errors: [{ messageId: 'claim', span: 'IV vitamin C protocol she is completely cancer-free' }] },
    { text: "Mon patient a guéri son diabète de type 1 uniquement avec le jeûne et le citron.", errors: [{ messageId: 'claim', span: 'guéri son diabète de type 1 uniquement avec' }] },
    { text: "Nobody says it out loud but the MMR jab is why autism rates exploded.", errors: [{ messageId: 'claim', span: 'MMR jab is why autism' }] },
    { text: "Personne n'en parle, mais les antennes 5G affaiblissent le système immunitaire des nourrissons.", errors: [{ messageId: 'claim', span: '5G affaiblissent le système immunitaire' }] },
    { text: "Señora, deje la metformina unos días y tómese té de canela.", errors: [{ messageId: 'claim', span: 'deje la metformina' }] },
    // a filler inside the claim is read through; the span is still the typed text
    { text: 'Reminder that the flu shot literally gives you the flu.', errors: [{ messageId: 'claim', span: 'flu shot literally gives you the flu' }] },
    { text: 'La vacuna de la gripe realmente te da la gripe, lo he visto.', errors: [{ messageId: 'claim', span: 'vacuna de la gripe realmente te da la gripe' }] },
    // the same claims in Spanish and French wordings
    { text: 'La diabetes se cura con té de canela en ayunas.', errors: [{ messageId: 'claim', span: 'La diabetes se cura con' }] },
    { text: 'Las vacunas contra el VPH causan infertilidad.', errors: [{ messageId: 'claim', span: 'vacunas contra el VPH causan infertilidad' }] },
    { text: 'La 5G affaiblit le système immunitaire, dormez loin de la box.', errors: [{ messageId: 'claim', span: 'La 5G affaiblit le système immunitaire' }] },
    { text: 'La gripe se trata con antibióticos, siempre.', errors: [{ messageId: 'claim', span: 'La gripe se trata con antibióticos' }] },
    { text: 'Apple cider vinegar dissolves kidney stones in two days.', errors: [{ messageId: 'claim', span: 'vinegar dissolves kidney stones' }] },
    { text: 'Cancer is a fungus, baking soda is all you need.', errors: [{ messageId: 'claim', span: 'Cancer is a fungus' }] },
    { text: 'Vitamin K shots cause leukemia, look it up.', errors: [{ messageId: 'claim', span: 'Vitamin K shots cause leukemia' }] },
    { text: 'Teething causes fevers up to 104 and that is normal.', errors: [{ messageId: 'claim', span: 'Teething causes fevers' }] },
    { text: 'La lactancia materna es un anticonceptivo 100% efectivo todo el año.', errors: [{ messageId: 'claim', span: 'La lactancia materna es un anticonceptivo' }] },
    { text: "Les vaccins des bébés surchargent le système immunitaire et provoquent l'autisme.", errors: [{ messageId: 'claim', span: "vaccins des bébés surchargent le système immunitaire et provoquent l'autisme" }] },
    { text: 'Adjusting infant spines cures colic, every time.', errors: [{ messageId: 'claim', span: 'Adjusting infant spines cures colic' }] },
    { text: 'Warm olive oil and garlic in the ear, and skip the antibiotics.', errors: [{ messageId: 'claim', span: 'olive oil and garlic in the ear, and skip the antibiotics' }] },
    { text: 'IV vitamin C drips cure sepsis, no profit in it so nobody does it.', errors: [{ messageId: 'claim', span: 'IV vitamin C drips cure sepsis' }] },
    { text: 'A fever is your body detoxing. Never bring it down with Tylenol.', errors: [{ messageId: 'claim', span: 'fever is your body detoxing' }] },
    { text: 'Ivermectin clears long covid in a week, I have seen it.', errors: [{ messageId: 'claim', span: 'Ivermectin clears long covid' }] },
    { text: 'The trials were rigged. Trust your gut.', errors: [{ messageId: 'claim', span: 'The trials were rigged' }] },
    { text: 'Les vaccins à ARN modifient votre ADN, je refuse.', errors: [{ messageId: 'claim', span: 'vaccins à ARN modifient votre ADN' }] },
    { text: 'El cáncer se cura con bicarbonato, compartan.', errors: [{ messageId: 'claim', span: 'El cáncer se cura con bicarbonato' }] },
    { text: 'My client reversed her type 1 diabetes with a carnivore diet!', errors: [{ messageId: 'claim', span: 'reversed her type 1 diabetes with a carnivore diet' }] },
    { text: 'El té de canela con limón cura la diabetes, ya no necesitas la insulina', errors: [{ messageId: 'claim', span: 'té de canela con limón cura la diabetes' }] },
    { text: 'Chemo is poison. Stage 4 cancer reversed with alkaline water.', errors: [{ messageId: 'claim', span: 'Chemo is poison' }] },
    { text: 'Vaccines cause autism and I am done pretending they don\'t.', errors: [{ messageId: 'claim', span: 'Vaccines cause autism' }] },
    { text: 'Honestly, vaccines cause autism and everyone knows it.', errors: [{ messageId: 'claim', span: 'vaccines cause autism' }] },
    { text: 'Las vacunas causan autismo, no se deje engañar.', errors: [{ messageId: 'claim', span: 'vacunas causan autismo' }] },
    { text: 'Le vaccin contre la grippe donne la grippe, c\'est prouvé.', errors: [{ messageId: 'claim', span: 'vaccin contre la grippe donne la grippe' }] },
    { text: 'Antibiotics kill the flu, so ask for a Z-pack early.', errors: [{ messageId: 'claim', span: 'Antibiotics kill the flu' }] },
    { text: 'Mammograms cause breast cancer; skip them.', errors: [{ messageId: 'claim', span: 'Mammograms cause breast cancer' }] },
    { text: 'Skip the sunscreen: sunscreen causes cancer.', errors: [{ messageId: 'claim', span: 'sunscreen causes cancer' }] },
    { text: 'Lemon juice and baking soda cure cancer naturally, my aunt is proof.', errors: [{ messageId: 'claim', span: 'baking soda cure cancer' }] },
    { text: 'Los aceites esenciales curan el cáncer mejor que la quimio.', errors: [{ messageId: 'claim', span: 'aceites esenciales curan el cáncer' }] },
    { text: 'Natural immunity is better than any shot, skip the booster.', errors: [{ messageId: 'claim', span: 'Natural immunity is better' }] },
    { text: 'Les huiles essentielles guérissent le cancer, les médecins ne veulent pas que vous le sachiez.', errors: [{ messageId: 'claim', span: 'huiles essentielles guérissent le cancer' }] },
    { text: 'Raw milk is perfectly safe and healthier for your kids.', errors: [{ messageId: 'claim', span: 'Raw milk is perfectly safe' }] },
    { text: "Cholesterol doesn't cause heart attacks, sugar does.", errors: [{ messageId: 'claim', span: "Cholesterol doesn't cause heart attacks" }] },
    { text: 'El colesterol no causa infartos, es un invento.', errors: [{ messageId: 'claim', span: 'El colesterol no causa infartos' }] },
    { text: "Big pharma doesn't want you to know that fasting kills tumors.", errors: [{ messageId: 'claim', span: 'fasting kills tumors' }] },
    { text: 'Les labos ne veulent pas que vous sachiez que le jeûne guérit tout.', errors: [{ messageId: 'claim', span: 'Les labos ne veulent pas que vous sachiez' }] },
    { text: 'There are microchips in the vaccines, wake up.', errors: [{ messageId: 'claim', span: 'microchips in the vaccines' }] },
    { text: "L'homéopathie soigne les angines plus vite que les antibiotiques.", errors: [{ messageId: 'claim', span: 'homéopathie soigne' }] },
    { text: 'Sunscreen is worse than the sun, the chemicals soak right into your blood.', errors: [{ messageId: 'claim', span: 'Sunscreen is worse than the sun' }] },
    { text: 'Chlorine dioxide kills cancer cells, I give it to my whole family.', errors: [{ messageId: 'claim', span: 'Chlorine dioxide kills cancer' }] },
    { text: 'Un jugo verde al día elimina los tumores, lo he visto con mis propios ojos.', errors: [{ messageId: 'claim', span: 'jugo verde al día elimina los tumores' }] },
    {
      text: 'Microwaves cook the nutrients out of food.',
      options: { claims: [{ id: 'microwave', summary: 'microwaves destroy nutrients', patterns: ['microwaves? cook the nutrients out'], snippet: 'hand-hygiene-en' }] },
      errors: [{ messageId: 'claim', span: 'Microwaves cook the nutrients out' }],
    },
    { text: 'The MMR shot gave my nephew autism, nobody can tell me otherwise.', errors: [{ messageId: 'claim', span: 'shot gave my nephew autism' }] },
    { text: 'They put tracking chips in the covid shots. Do your research.', errors: [{ messageId: 'claim', span: 'chips in the covid shots' }] },
    { text: 'Fluoride in our water is poisoning our kids and lowering their IQ.', errors: [{ messageId: 'claim', span: 'Fluoride in our water is poison' }] },
    { text: "Ivermectin cured my covid in two days, the hospitals won't tell you.", errors: [{ messageId: 'claim', span: 'Ivermectin cured my covid' }] },
    { text: 'A 3-day juice cleanse flushes out the toxins that cause cancer.', errors: [{ messageId: 'claim', span: 'flushes out the toxins that cause' }] },
    { text: 'Raw milk is healthier than pasteurized, I give it to all my kids.', errors: [{ messageId: 'claim', span: 'Raw milk is healthier' }] },
    { text: 'HIV is a hoax invented to sell drugs.', errors: [{ messageId: 'claim', span: 'HIV is a hoax' }] },
    { text: 'Oregano oil works better than antibiotics for ear infections.', errors: [{ messageId: 'claim', span: 'Oregano oil works better than antibiotics' }] },
    { text: 'The flu vaccine gives you the flu every single time.', errors: [{ messageId: 'claim', span: 'flu vaccine gives you the flu' }] },
    { text: 'Antibiotics will clear up your cold faster, just ask for a Z-pack.', errors: [{ messageId: 'claim', span: 'Antibiotics will clear up your cold' }] },
    { text: 'Las vacunas tienen microchips para controlarnos.', errors: [{ messageId: 'claim', span: 'vacunas tienen microchips' }] },
    { text: 'La leche cruda es más sana que la pasteurizada.', errors: [{ messageId: 'claim', span: 'La leche cruda es más sana' }] },
    { text: "Le vaccin ROR provoque l'autisme chez les garçons.", errors: [{ messageId: 'claim', span: "vaccin ROR provoque l'autisme" }] },
    { text: 'Les antibiotiques soignent la grippe, il faut en prendre dès le début.', errors: [{ messageId: 'claim', span: 'Les antibiotiques soignent la grippe' }] },
  ],
});

describe('misinformation claims in the default policy', () => {
  const claims = (DEFAULT_POLICY.rules.misinformation.options?.claims ?? []) as Claim[];

  it('pairs every claim with an approved snippet that exists', () => {
    const ids = new Set(DEFAULT_POLICY.snippets.map((s) => s.id));
    for (const c of claims) expect(ids.has(c.snippet), c.id).toBe(true);
  });

  it('offers the correcting snippet as the fix', () => {
    const [f] = runRule(misinformation as Rule<never>, new CheckDoc('the flu shot gives you the flu, every year'), DEFAULT_POLICY, []);
    expect(f.fixes).toEqual([{ kind: 'snippet', snippetId: 'flu-vaccine-en' }]);
    expect(f.severity).toBe('block');
  });

  it('offers the Spanish snippet for a Spanish post', () => {
    const [f] = runRule(misinformation as Rule<never>, new CheckDoc('Las vacunas causan autismo, no se deje engañar por los médicos.'), DEFAULT_POLICY, []);
    expect(f.fixes).toEqual([{ kind: 'snippet', snippetId: 'vaccines-autism-es' }]);
  });
});
