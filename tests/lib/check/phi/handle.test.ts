import { describe, expect, it } from 'vitest';
import { handle } from '../../../../lib/check/phi/handle';
import { expected, spans } from './helpers';

describe('handle recognizer', () => {
  it.each([
    ['my former patient @ruthie@mastodon.social is writing about her stroke', '@ruthie@mastodon.social'],
    ['Síganlo en @donchuy_elabuelo que su nieta le sube videos', '@donchuy_elabuelo'],
    ['my girl Kayla (@kaylaruns_again) ditched the crutches today, 6 months s/p ACL recon', '@kaylaruns_again'],
    ['@tomwelds.bsky.social hey Tom, bump your lisinopril', '@tomwelds.bsky.social'],
    ['@reggie_runs44 stop running on that ankle!! I told you 2 more weeks in the boot', '@reggie_runs44'], // a reply about their body
    ['@mari_cruz77 mija, con esa glucosa deja la metformina y me escribes', '@mari_cruz77'],
    ['@jen.tulsa.mom DO NOT let them give that baby his shots', '@jen.tulsa.mom'],
    ['So proud of our little warrior @lil.mateo.strong ringing the bell', '@lil.mateo.strong'],
    ['@BeckyRunsOnHope ran her first 5K after her transplant', '@BeckyRunsOnHope'],
    ['my pt posted it. Username u/Dialysis_Dan_88, details match', 'u/Dialysis_Dan_88'],
    ['la cuenta de su hija es @maria_lopez22.', '@maria_lopez22'],
    ['le compte de sa fille : @chloe.martin', '@chloe.martin'],
    ['follow her on insta @sophies_journey', '@sophies_journey'],
    ['her TikTok @jayden.fights.cancer', '@jayden.fights.cancer'],
    // the patient's own progress after the handle, and a patient's account before it
    ['shoutout to @big_mike_lifts who did 10 pushups in cardiac rehab 3 weeks after his CABG', '@big_mike_lifts'],
    ['1 year post transplant!!! @dani.runs.again tagged us in her anniversary video', '@dani.runs.again'],
    ['Mi paciente favorito, @elchino_beltran, me etiquetó en su video saliendo de rehabilitación', '@elchino_beltran'],
    ['the pt\'s insta @gabe.grows.strong is so sweet', '@gabe.grows.strong'],
    ['@rosie_runs_again finished her first 10K two months after her knee replacement', '@rosie_runs_again'],
    ['his username on the forum is vet_dad_1979, he posted his scans', 'vet_dad_1979'],
    ['His IG handle is gabe.grows.strong', 'gabe.grows.strong'],
    ['her Venmo @Linda-Lupus-Warrior for the meds fund', '@Linda-Lupus-Warrior'],
      ['My pt asked me to share his account so folks with COPD can follow his playlist: @wheezy_walt_52', '@wheezy_walt_52'],
    // a relative named just before the handle is the patient's family
    ['His girlfriend @cloe.tremblay.mtl brought croissants for the whole team', '@cloe.tremblay.mtl'],
    ['Her mum @anjali.makes.things filmed it', '@anjali.makes.things'],
    ['Sa maman @laura.devaux_ a lancé une cagnotte', '@laura.devaux_'],
    // a practice's client, a relative's bedside, an account to follow in a patient post, a reply about the person's health
    ['Another happy client @jess_glowsup 🥰 Six sessions and she dropped 3 dress sizes', '@jess_glowsup'],
    ['Shoutout to @mikey_tanaka_88 who has been sleeping in a chair next to his mom for 9 nights', '@mikey_tanaka_88'],
    ['Porfa sigan a @fuerzaparathiago 🙏 es la cuenta que armó la mamá de mi pacientito', '@fuerzaparathiago'],
    ["@dazza_fitz mate that's textbook gout. Grab colchicine from the chemist", '@dazza_fitz'],
    ['@maria_lopez89 eso suena a infección urinaria, tómate el antibiótico', '@maria_lopez89'],
    ['@brittneyluvs3kids saw ur post girl, an A1c of 9.8 means you need to bump your Lantus', '@brittneyluvs3kids'],
    ['Go give her some love @jessinbondi 💕 #smilemakeover', '@jessinbondi'],
    ['@brenda.k.wallace so sorry about the wait, Brenda! I checked and your biopsy came back benign', '@brenda.k.wallace'],
    ['@mart1_tremblay merci pour ton beau commentaire! Content que ta réadaptation après ton AVC avance bien.', '@mart1_tremblay'],
    ['@sully_southie84 glad ya made it home ok bud, keep that foot elevated', '@sully_southie84'],
    ["Le dimos el alta a Nahuel. Seguilo en @nahue_9oficial que va a volver a romperla ⚽", "@nahue_9oficial"],
    ["If y'all see @RodeoSam_TX posting from his hospital bed, no he should NOT be on his phone", "@RodeoSam_TX"],
    ["Coucou @lina_et_sa_maman 👋 hâte de revoir Lina en consultation de suivi !", "@lina_et_sa_maman"],
    ["@marija_b_92 from what you describe that's definitely shingles, see a GP", '@marija_b_92'], // a reply diagnosing its reader
    ['@ohio_mama_of3 with those symptoms, just give him the leftover amoxicillin', '@ohio_mama_of3'], // a reply dosing the reader's child
    ['@yesi_ceibeña mija eso que tenés es dengue clarito, no tomés ibuprofeno', '@yesi_ceibeña'],
    ['Still strumming her ukulele. Her moʻopuna @kealoha_ohana808 posted the video', '@kealoha_ohana808'],
    // replies in other voices (Jamaican "yuh", a lab value, a stop-your-meds directive) and the parents under a birth announcement
    ["@sharon.j876 mi read yuh comment bout di pressure 170/105 an di headache", '@sharon.j876'],
    ['@nadia13_marseille je viens de lire votre commentaire sur votre TSH à 8', '@nadia13_marseille'],
    ["@kaylee_marie_ohio hun I'm a nurse and honestly just stop the sertraline", '@kaylee_marie_ohio'],
    ['Bienvenue au petit Noah né le 12 avril 💙 Félicitations à @lea.dupont.bxl et à son chéri', '@lea.dupont.bxl'],
    ['@brendan.k.runs honestly bro with that rash spreading past the bite you need to get seen', '@brendan.k.runs'], // the health word first
    ['Tagging mama_bear_of_3_kings because she said I could! Her little guy ran his first 5k after surgery', 'mama_bear_of_3_kings'],
    // a reply that speaks to the person about their own care, or answers their handle
    ['@flor.ibarra ¡qué alegría verte ayer en el control! Acordate del Eutirox en ayunas.', '@flor.ibarra'],
    ["@julie.vdb_ trop contente d'avoir été ta sage-femme 💕", '@julie.vdb_'],
    ['respondiendo a @karla.mtz22: sí amiga, te atendí yo en urgencias el domingo', '@karla.mtz22'],
  ])('HANDLE in %j', (text, surface) => {
    expect(spans(handle, text)).toEqual(expected(text, 'HANDLE', surface));
  });

  it('finds a parent\'s page after the child', () => {
    const text = 'Go follow his mama\'s page @mateosmama_fights for updates';
    expect(spans(handle, text)).toEqual(expected(text, 'HANDLE', '@mateosmama_fights'));
  });

  it.each([
    ['Follow our friends @RiverbendHealth and @cdcgov for flu updates'],
    ['@DrPriyaNair congrats on the teaching award!! the residents adore you'],
    ['@jlee_md your talk on diabetes was great'],
    ['Follow @healthyhabits_jo for tips on managing diabetes'], // no patient in the post
    ['Great thread on gout from @rheum_jane, you should read it'], // not a reply that opens on the handle
    ['@drjones he has a point about strep testing in adults'], // a reply to a colleague's argument
    ['Our hospital is on here now: follow @riverbend@med.social for health tips. No patient info, ever.'],
    ['Staff lunch @ 12:30 in the lounge'],
    ['Congrats @DrPriyaNair! She won the teaching award'],
    ['Welcome @jordan_blake_np to the team, he starts Monday'],
    ['see her @5pm and @12:30'],
    ['email her at jane@example.com'],
    ['Thanks @jdoe_rn for the great talk on ICU delirium this week'],
    ['Congrats @sarah_kim on passing her boards!'],
    ['Shoutout to @RiverbendFoundation for funding our cardiac rehab gym'],
    ['Great panel with @healthpolicyguy on stroke prevention today'],
    ['Username and password are on the sticky note'],
    ['our usuario is admin, ask IT'],
    ['I can handle it. Venmo is not how we take copays.'],
    ['Thanks Sarah (@sarah_codes) for the new website'],
    ['Her colleague @sam_designs made the poster'],
      ['@OhioMedicaid why is my pt showing terminated?'],
    ["Thanks @marisol_ops for covering the ICU board this week, the unit ran smoothly"],
    ["Great post-op pain talk via @anesth_digest, worth a read"],
    ['Congrats to @maya_lab on her poster at the diabetes conference!'], // no birth in the post: a colleague
    ['@healthpolicyguy stop the spread of this myth, the data are clear'],
    ['Tagging along to the wound care conference next week'], // no handle's shape after "tagging"
    ['@clinicnews your visit hours change on Monday, thanks for the heads-up'], // an organisation's account, not a patient's
  ])('nothing in %j', (text) => {
    expect(spans(handle, text)).toEqual([]);
  });
});
