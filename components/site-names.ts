/** Display names for the supported sites. Brand names are not translated. */
import type { SiteId } from '../lib/policy/types';

export const SITE_NAMES: Record<SiteId, string> = {
  x: 'X', facebook: 'Facebook', instagram: 'Instagram', linkedin: 'LinkedIn', reddit: 'Reddit', threads: 'Threads',
  bluesky: 'Bluesky', mastodon: 'Mastodon', tiktok: 'TikTok', youtube: 'YouTube',
};

/** The content script reports a site id (or a host name for generic sites): show it the way people say it. */
export function siteLabel(site: string): string {
  return SITE_NAMES[site as SiteId] ?? site;
}
