/**
 * IP: IPv4 dotted quads (octets 0-255, no leading zeros) and IPv6 (full or :: compressed). A dotted
 * quad after "version" / "v" is a software version, and one inside a link ("http://10.20.4.15/viewer") is a
 * server's, not a person's.
 */
import { patternRecognizer } from './recognizer';
import { ipv4Valid, ipv6Valid } from './checksums';
import { clauseBefore } from './nearby';

/** "update to 10.4.2.1", "upgrade from 4.2.1.0 to 4.3.0.0", "section 4.2.1.3": not addresses. */
const VERSION_WORDS = /(?<![\p{L}])(?:v|ver\.?|version|versión|release|build|update|upgrade|patch|firmware|section|§)(?![\p{L}])/iu;

export const ip = patternRecognizer({
  id: 'ip',
  category: 'IP',
  patterns: [
    { name: 'ipv4', score: 0.45, regex: /(?<![\w.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\w]|\.\d)/g },
    { name: 'ipv6', score: 0.85, regex: /(?<![\w:.])[0-9A-Fa-f]{0,4}(?::{1,2}[0-9A-Fa-f]{1,4}){2,7}(?:::)?(?![\w:])/g },
  ],
  context: ['ip', 'address', 'from', 'login', 'logins', 'logged', 'portal', 'connection', 'server', 'logs', 'vpn', 'network', 'wifi', 'dirección', 'adresse', 'desde', 'depuis', 'pt', 'patient', 'her', 'his',
    // where a post or a call came from: "IT traced the upload to ...", "Sa connexion (...)"
    'traced', 'upload', 'uploaded', 'posted', 'router', 'modem', 'connexion', 'conexión', 'su', 'sa', 'son'],
  validate(value) {
    if (value.includes(':')) return ipv6Valid(value) && (value.includes('::') || /[a-f]/i.test(value)) ? undefined : false;
    return ipv4Valid(value) ? undefined : false;
  },
  invalidate(_value, { doc }, start) {
    // "http://10.20.4.15/dtviewer", "\\10.0.0.5\scans": a server people browse to, not someone's address
    // "app" only right before the number ("the app 10.4.2.1"), not "logging into the patient app as Jago from IP ..."
    return VERSION_WORDS.test(clauseBefore(doc.text, start, 40)) || /(?<![\p{L}])app\s{0,2}$/iu.test(doc.text.slice(Math.max(0, start - 6), start)) || /(?:https?:\/\/|\\\\)$/i.test(doc.text.slice(Math.max(0, start - 8), start));
  },
});
