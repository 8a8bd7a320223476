import type { Policy } from '../policy/types';

/**
 * Where the composer content script runs. Kept apart from the adapters so the manifest can be built
 * without importing DOM code. Each line: the site and why its hosts are listed.
 */
export const SITE_MATCHES: Record<string, string[]> = {
  x: ['https://x.com/*', 'https://twitter.com/*'],
  facebook: ['https://www.facebook.com/*', 'https://web.facebook.com/*'],
  instagram: ['https://www.instagram.com/*'],
  linkedin: ['https://www.linkedin.com/*'],
  reddit: ['https://www.reddit.com/*', 'https://old.reddit.com/*'],
  threads: ['https://www.threads.com/*', 'https://www.threads.net/*'],
  bluesky: ['https://bsky.app/*'],
  // Common instances; organisations add their own through the policy (sites.mastodonInstances).
  mastodon: ['https://mastodon.social/*', 'https://mastodon.online/*', 'https://mstdn.social/*', 'https://med-mastodon.com/*'],
  tiktok: ['https://www.tiktok.com/*'],
  youtube: ['https://www.youtube.com/*'],
};

export const ALL_SITE_MATCHES = Object.values(SITE_MATCHES).flat();

/** Match patterns for the organisation's sites that the built-in content script does not cover. */
export function orgHostPatterns(policy: Pick<Policy, 'sites'>): string[] {
  const sites = policy.sites ?? {};
  const patterns = [
    ...(sites.extraHosts ?? []),
    ...(sites.mastodonInstances ?? []).map((host) => `https://${host.toLowerCase()}/*`),
  ];
  return [...new Set(patterns)].filter((p) => /^https:\/\/(\*\.)?[a-z0-9.-]+\/.*$/i.test(p) && !ALL_SITE_MATCHES.includes(p));
}
