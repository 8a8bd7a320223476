/** The organisation's allowlists (policy.allowlists): public phones, addresses, domains, handles, names. */
import type { PhiCategory } from '../types';
import type { Policy } from '../../policy/types';

const digits = (s: string) => s.replace(/\D/g, '');
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

function phoneMatches(value: string, list: readonly string[]): boolean {
  // "(614) 555-0100 ext. 4" is the listed main line; the extension does not make it another number.
  const d = digits(value.replace(/\s*(?:ext\.?|x|#)\s*\d{1,5}$/i, '')).replace(/^1(?=\d{10}$)/, '');
  return d.length >= 3 && list.some((p) => digits(p).replace(/^1(?=\d{10}$)/, '') === d);
}

function domainMatches(value: string, list: readonly string[]): boolean {
  const host = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/\s:?#]+)/i.exec(value.trim())?.[1]?.toLowerCase().replace(/^www\./, '');
  const emailHost = value.includes('@') ? value.split('@').pop()!.toLowerCase() : undefined;
  return list.some((d) => {
    const dom = d.toLowerCase().replace(/^\*?\.?/, '').replace(/^www\./, '');
    return [host, emailHost].some((h) => h !== undefined && (h === dom || h.endsWith('.' + dom)));
  });
}

export function isAllowlisted(value: string, category: PhiCategory, policy: Policy): boolean {
  const a = policy.allowlists ?? {};
  const v = norm(value);
  if (a.terms?.some((t) => norm(t) === v)) return true;
  switch (category) {
    case 'PHONE':
    case 'FAX':
      return phoneMatches(value, a.phones ?? []);
    case 'URL':
    case 'EMAIL':
      return domainMatches(value, a.domains ?? []);
    case 'HANDLE':
      return (a.handles ?? []).some((h) => norm(h).replace(/^@/, '') === v.replace(/^@/, ''));
    case 'NAME':
      return (a.names ?? []).some((n) => {
        const name = norm(n);
        return name === v || name.split(' ').includes(v) || v.split(' ').every((part) => name.split(' ').includes(part));
      });
    case 'LOCATION':
      return (a.addresses ?? []).some((ad) => norm(ad).includes(v) || v.includes(norm(ad)));
    default:
      return false;
  }
}
