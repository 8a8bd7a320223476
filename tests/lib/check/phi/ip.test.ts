import { describe, expect, it } from 'vitest';
import { ip } from '../../../../lib/check/phi/ip';
import { expected, spans } from './helpers';

describe('ip recognizer', () => {
  it.each([
    ['log into my pt\'s portal account from 73.18.204.55: we see you', '73.18.204.55'],
    ['the review came from 203.0.113.77, which matches the IP', '203.0.113.77'],
    ['her connection was coming from 2601:8c0:4a01:3e10::1f and bouncing', '2601:8c0:4a01:3e10::1f'],
    ['pt\'s tablet on 2001:db8:85a3::8a2e:370:7334, Chrome', '2001:db8:85a3::8a2e:370:7334'],
    ['la dirección IP 198.51.100.23 del paciente', '198.51.100.23'],
    ['l\'adresse IP de la patiente est 192.0.2.14', '192.0.2.14'],
    ['someone keeps logging into the patient app as Jago from IP 81.174.252.19 and changed his email', '81.174.252.19'],
    // where an upload or a connection came from
    ["someone posted a photo of a patient's bed and IT traced the upload to 223.19.84.201", '223.19.84.201'],
    ['Sa connexion (102.115.40.77) plafonnait à 1 Mbps', '102.115.40.77'],
  ])('IP in %j', (text, surface) => {
    expect(spans(ip, text)).toEqual(expected(text, 'IP', surface));
  });

  it('finds both addresses in a list', () => {
    const text = 'login attempts against one pt\'s account, all from 198.51.100.23 and then 198.51.100.41.';
    expect(spans(ip, text)).toEqual(expected(text, 'IP', '198.51.100.23', '198.51.100.41'));
  });

  it.each([
    ['update to the latest version (10.4.2.1 or newer) from the store'],
    ['from 256.1.1.1 to 1.2.3.999'],
    ['v1.2.3.4 released'],
    ['upgrade from 4.2.1.0 to 4.3.0.0 fixed her portal'],
    ['shift 07:00:00 to 19:30'],
    ['see section 4.2.1.3 from the guideline'],
    ['If the downtime viewer will not load, use http://10.20.4.15/dtviewer from any unit workstation'],
    ['the app 10.4.2.1 fixed the crash on his ward'],
  ])('nothing in %j', (text) => {
    expect(spans(ip, text)).toEqual([]);
  });
});
