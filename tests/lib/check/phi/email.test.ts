import { describe, expect, it } from 'vitest';
import { email } from '../../../../lib/check/phi/email';
import { expected, spans } from './helpers';

describe('email recognizer', () => {
  it.each([
    ['email her at linda.lupuslife@example.com 🦋', 'linda.lupuslife@example.com'],
    ['reach out to her at dana.whitfield.rn2b@example.net', 'dana.whitfield.rn2b@example.net'],
    ['pt emailed me from jane+clinic@example.co.uk at 2am', 'jane+clinic@example.co.uk'],
    ['(mrs.h.teaches4th@example.org)', 'mrs.h.teaches4th@example.org'],
    ['La paciente pidió sus resultados por correo a rosario.mtz@example.com.', 'rosario.mtz@example.com'],
    ['Le courriel de la patiente : m_dupont@example.fr', 'm_dupont@example.fr'],
    // written to dodge scrapers
    ['her son asked me to send it to mike.h [at] gmail [dot] com', 'mike.h [at] gmail [dot] com'],
    ['pt wants results at rosa.v(at)outlook.com', 'rosa.v(at)outlook.com'],
    ['his wife said email her, jane dot doe at gmail dot com', 'jane dot doe at gmail dot com'],
    ['su correo es lupita_89 arroba hotmail punto com', 'lupita_89 arroba hotmail punto com'],
    ['email jane.smith@wales.nhs.uk about her mum', 'jane.smith@wales.nhs.uk'], // a person's address at a public body
    ['her email is maria.info@gmail.com', 'maria.info@gmail.com'],
  ])('EMAIL in %j', (text, surface) => {
    expect(spans(email, text)).toEqual(expected(text, 'EMAIL', surface));
  });

  it.each([
    ['Apply at our site or email talent@riverbendhealth.org'],
    ['Questions: info@example.org, careers@example.org, no-reply@example.org'],
    ['follow @ruthie@mastodon.social for updates'],
    ['staff lunch @ 12:30, bring a@ friend'],
    ['a@b'],
    ['Recruiting! Contact the coordinator at study@example.org'],
    ['Contact Jane at jane.doe@riverbendhealth.org for media inquiries'],
    ['Join us! Email Jane at jane.doe@riverbendhealth.org to apply'],
    ['user@localhost'],
    ['email her at gmail dot com, she said'],
    ['meet at noon at the main entrance'],
    ['Questions? info [at] riverbendhealth [dot] org'],
    ['¡Buscamos enfermeras para UCI! Envía tu CV a seleccion@hospitalsanrafael.es indicando la referencia'],
    ['We are hiring night RNs! Send your CV to maria.lopez@riverbendhealth.org'],
    // a department's mailbox at a hospital's or health service's domain
    ['Informal chats welcome: email physio.recruitment@wales.nhs.uk or ring our team office'],
    ['Poste en réanimation. Candidatures : recrutement.ide@chru-strasbourg.fr'],
  ])('nothing in %j', (text) => {
    expect(spans(email, text)).toEqual([]);
  });
});
