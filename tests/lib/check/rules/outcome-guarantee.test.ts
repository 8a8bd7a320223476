import outcomeGuarantee from '../../../../lib/check/rules/outcome-guarantee';
import type { Rule } from '../../../../lib/check/rules/rule';
import { ruleTester } from './rule-tester';

ruleTester(outcomeGuarantee as Rule<never>, {
  valid: [
    'Our new cardiac rehab program helped 80% of participants improve their walking distance. Results vary.',
    'We can\'t guarantee results, but most patients feel better within weeks.',
    'Hodgkin lymphoma is one of the most curable cancers in young adults.',
    'Two doses of MMR are about 97% effective.',
    'We guarantee you will be seen within 30 minutes at our urgent care.',
    'Los resultados varían: hable con su médico sobre lo que puede esperar.',
    'Results may vary; most patients see improvement within 6 weeks.',
    "We can't promise a cure, but we can promise to listen.",
    'Our wait times are guaranteed under 30 minutes or your visit is free.',
    'Vaccines are safe and effective for almost everyone.',
    'I never want to have a night like that again.',
    "Take your meds and you'll feel better soon, most people do.",
  ],
  invalid: [
    { text: 'Guaranteed to cure your sciatica in one visit or your money back!', errors: [{ messageId: 'promise', span: 'Guaranteed' }] },
    { text: 'Nuestro tratamiento elimina el dolor de rodilla para siempre, resultados garantizados.', errors: [{ messageId: 'promise', span: 'elimina el dolor de rodilla para siempre' }] },
    { text: 'Résultats garantis : plus jamais mal au dos après trois séances.', errors: [{ messageId: 'promise', span: 'garantis' }] },
    { text: 'This diet reverses heart disease for good, every patient gets off their statins.', errors: [{ messageId: 'promise', span: 'reverses heart disease for good' }] },
    { text: '"Dr. Smith fixed my knee forever!" - a happy patient', errors: [{ messageId: 'promise', span: 'fixed my knee forever' }] },
    { text: 'A 100% success rate with our new hip protocol.', errors: [{ messageId: 'promise', span: '100% success rate' }] },
    { text: 'Our program cures back pain in 3 sessions or your money back!', errors: [{ messageId: 'promise', span: 'your money back' }] },
    { text: 'Lose 30 pounds in 30 days, guaranteed!', errors: [{ messageId: 'promise', span: 'guaranteed' }] },
    { text: 'You WILL be pain free after our treatment. Every single time.', errors: [{ messageId: 'promise', span: 'You WILL be pain free' }] },
    { text: 'Nuestro tratamiento elimina la artritis para siempre.', errors: [{ messageId: 'promise', span: 'elimina la artritis para siempre' }] },
    { text: 'Notre méthode guérit définitivement le mal de dos.', errors: [{ messageId: 'promise', span: 'guérit définitivement' }] },
    { text: '100% of our IVF patients go home with a baby.', errors: [{ messageId: 'promise', span: '100% of our IVF patients' }] },
    { text: 'Never need glasses again after one laser session!', errors: [{ messageId: 'promise', span: 'Never need glasses again' }] },
    { text: 'Our patients never get sick again after the detox.', errors: [{ messageId: 'promise', span: 'never get sick again' }] },
    { text: 'Con este tratamiento estarás completamente curado en un mes.', errors: [{ messageId: 'promise', span: 'estarás completamente curado' }] },
    { text: 'Nunca más sufrirá dolor de rodilla con nuestra terapia.', errors: [{ messageId: 'promise', span: 'Nunca más sufrirá' }] },
  ],
});
