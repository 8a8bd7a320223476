/**
 * The site registry: one adapter per site, in one list. The manifest's content-script matches come from
 * matches.ts (the single source of host patterns); this file picks the adapter for a page.
 */
import bluesky from './bluesky';
import facebook from './facebook';
import generic from './generic';
import instagram from './instagram';
import linkedin from './linkedin';
import mastodon from './mastodon';
import reddit from './reddit';
import threads from './threads';
import tiktok from './tiktok';
import x from './x';
import youtube from './youtube';
import type { SiteAdapter } from './define';

export type { SiteAdapter } from './define';
export { defineSite } from './define';

export const SITES: SiteAdapter[] = [x, facebook, instagram, linkedin, reddit, threads, bluesky, mastodon, tiktok, youtube];
export const GENERIC_SITE = generic;

/** Whether a match pattern ("https://host/*", "https://*.host/*") covers a URL. */
export function matchesPattern(pattern: string, url: URL): boolean {
  const m = /^(\*|https?):\/\/([^/]+)(\/.*)?$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host] = m;
  if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
  if (host === '*') return true;
  if (host.startsWith('*.')) return url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1));
  return url.hostname === host;
}

/**
 * The adapter for a page: a site whose matches cover it, a Mastodon instance the policy lists, or the
 * generic adapter for the organisation's extra hosts. Null means unsupported: do nothing at all.
 */
export function siteFor(href: string, extra: { mastodonInstances?: string[]; extraHosts?: string[] } = {}): SiteAdapter | null {
  let url: URL;
  try { url = new URL(href); } catch { return null; }
  const known = SITES.find((s) => s.matches.some((p) => matchesPattern(p, url)));
  if (known) return known;
  if (extra.mastodonInstances?.some((h) => h.toLowerCase() === url.hostname)) return SITES.find((s) => s.id === 'mastodon') ?? null;
  if (extra.extraHosts?.some((p) => matchesPattern(p, url))) return GENERIC_SITE;
  return null;
}
