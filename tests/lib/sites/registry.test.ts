import { describe, expect, it } from 'vitest';
import { SITES, siteFor, matchesPattern } from '../../../lib/sites';
import { SITE_MATCHES } from '../../../lib/sites/matches';

describe('site registry', () => {
  it('has one adapter per site in matches.ts, using those matches', () => {
    expect(SITES.map((s) => s.id).sort()).toEqual(Object.keys(SITE_MATCHES).sort());
    for (const s of SITES) expect(s.matches).toBe(SITE_MATCHES[s.id]);
  });

  it('every adapter names compose boxes and a Post button', () => {
    for (const s of SITES) {
      expect(s.composers.length, s.id).toBeGreaterThan(0);
      expect(s.submitButtons.length, s.id).toBeGreaterThan(0);
    }
  });

  it.each([
    ['https://x.com/home', 'x'],
    ['https://twitter.com/compose/post', 'x'],
    ['https://www.facebook.com/', 'facebook'],
    ['https://www.linkedin.com/feed/', 'linkedin'],
    ['https://bsky.app/', 'bluesky'],
    ['https://mastodon.social/home', 'mastodon'],
    ['https://www.youtube.com/watch?v=1', 'youtube'],
  ])('%s is %s', (url, id) => {
    expect(siteFor(url)?.id).toBe(id);
  });

  it.each(['https://unsupported.example/', 'https://x.com.evil.example/', 'http://x.com/', 'not a url'])('%s is unsupported', (url) => {
    expect(siteFor(url)).toBeNull();
  });

  it('adds the Mastodon instances and extra hosts an organisation lists', () => {
    expect(siteFor('https://toot.hospital.example/home', { mastodonInstances: ['toot.hospital.example'] })?.id).toBe('mastodon');
    expect(siteFor('https://community.example.org/t/1', { extraHosts: ['https://community.example.org/*'] })?.id).toBe('generic');
  });

  it('matches wildcard subdomains only at a dot', () => {
    expect(matchesPattern('https://*.example.org/*', new URL('https://a.example.org/'))).toBe(true);
    expect(matchesPattern('https://*.example.org/*', new URL('https://badexample.org/'))).toBe(false);
  });
});
