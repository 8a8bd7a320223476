import { describe, expect, it } from 'vitest';
import { url } from '../../../../lib/check/phi/url';
import { expected, spans } from './helpers';

describe('url recognizer', () => {
  it.each([
    ['His sister set up gofundme.com/f/help-marcus-rebuild and every dollar helps', 'gofundme.com/f/help-marcus-rebuild'],
    ['Su mamá abrió una página: gofundme.com/f/fuerza-para-jonathan Cualquier ayuda', 'gofundme.com/f/fuerza-para-jonathan'],
    ['share her CaringBridge: https://www.caringbridge.org/site/rosiesjourney 💜', 'https://www.caringbridge.org/site/rosiesjourney'],
    ['lol my pt just friend-requested me. facebook.com/dwight.hollins.52 declined', 'facebook.com/dwight.hollins.52'],
    ['gofundme.com/f/jonathans-fight', 'gofundme.com/f/jonathans-fight'], // a fundraiser needs no context
    ['www.facebook.com/groups/PrayForMarcus', 'www.facebook.com/groups/PrayForMarcus'],
    ['follow www.instagram.com/lil.mateo.strong.', 'www.instagram.com/lil.mateo.strong'],
    ['She gave me permission to share: lindaslupuslife.com or email her', 'lindaslupuslife.com'],
    ['writing about her recovery at ruthiespeaksagain.blog and it is the best', 'ruthiespeaksagain.blog'],
    ['la cagnotte de la patiente : https://example.org/marie-soins', 'https://example.org/marie-soins'],
    ['her brother set up justgiving.com/crowdfunding/help-aisha-walk-again for the rehab', 'justgiving.com/crowdfunding/help-aisha-walk-again'],
    ['his obituary is up: everloved.com/life-of-walter-briggs 💔', 'everloved.com/life-of-walter-briggs'],
    ['my pt streams his recovery on twitch.tv/bigmike_rehab lol', 'twitch.tv/bigmike_rehab'],
    // a funeral notice or obituary under a person's name, on any site; short-link profile hosts
    ['Service details: https://funeral-notices.co.uk/notice/harold-pennock/5521907', 'https://funeral-notices.co.uk/notice/harold-pennock/5521907'],
    ['my patient asked me to share linktr.ee/team.rosalind, she would love the support', 'linktr.ee/team.rosalind'],
    ['Detalles del velorio: https://www.funerariasanjose.com.do/obituarios/altagracia-pena', 'https://www.funerariasanjose.com.do/obituarios/altagracia-pena'],
    ["Our hospice pt's daughter asked me to share her dad's memorial page forevermissed.com/frank-l-oconnor", 'forevermissed.com/frank-l-oconnor'],
    ['Please share his tribute page: remembering.net/walter-pruitt', 'remembering.net/walter-pruitt'],
    ['Please contribute here 👉 https://www.mchanga.africa/fundraiser/78214 every bob counts', 'https://www.mchanga.africa/fundraiser/78214'],
    ['Aidez la famille : https://exemple.fr/cagnotte/pour-amina', 'https://exemple.fr/cagnotte/pour-amina'],
    ['hizo una colecta para su tratamiento: www.vaki.cl/causa/anto-contra-la-leucemia y en Instagram', 'www.vaki.cl/causa/anto-contra-la-leucemia'], // a cause's page
    ['Help our patient Maria Lopez Fund: marialopezfund.com after her surgery', 'marialopezfund.com'],
  ])('URL in %j', (text, surface) => {
    expect(spans(url, text)).toEqual(expected(text, 'URL', surface));
  });

  it.each([
    ['Check your records: https://www.cdc.gov/measles/'],
    ['WHO\'s page: https://www.who.int/campaigns/world-hand-hygiene-day'],
    ['Our bariatric program publishes outcomes at riverbendhealth.org/outcomes.'],
    ['Slides at riverbendhealth.org/grandrounds. Speaker: Dr. A'],
    ['Proud of our partnership. More info at cancer.org.'],
    ['update to 10.4.2.1 or newer'],
    ['email her at linda.lupuslife@example.com'],
    ['e.g. the dose, i.e. 5 mg'],
    ['our page on facebook.com'],
    ['Our Instagram: instagram.com/riverbendhealth'],
    ['Follow us on Facebook: facebook.com/RiverbendHealth'],
    ['Watch on YouTube: youtube.com/@RiverbendHealth'],
    ['Suivez-nous sur facebook.com/HopitalRiverbend'],
    ['Síguenos en instagram.com/ClinicaRiverbend'],
    ['Donate to our foundation: justgiving.com'], // a host alone names no one
    ['Our nurses ran for charity: strava.com/clubs/riverbend-health-runners'],
    ['Read our heart month stories at https://example-health.org/stories/heart-month-2025'],
    ['NHS guidance for her family: https://www.nhs.uk/conditions/addisons-disease/'],
    ['Info for his family at https://www.gov.uk/carers-allowance'],
    ['Cornwall Air Ambulance thanks everyone who came to our open day! Our crews flew 1,000 missions last year. Donate at cornwallairambulancetrust.org.'],
  ])('nothing in %j', (text) => {
    expect(spans(url, text)).toEqual([]);
  });
});
