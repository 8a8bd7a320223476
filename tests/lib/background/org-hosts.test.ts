import { describe, expect, it, vi } from 'vitest';
import { ORG_SCRIPT_ID, orgHostPatterns, syncOrgContentScripts, type OrgHostsApi } from '../../../lib/background/org-hosts';
import { DEFAULT_POLICY } from '../../../lib/policy/default';
import type { Policy } from '../../../lib/policy/types';

const policy = (sites: Policy['sites']): Policy => ({ ...DEFAULT_POLICY, sites });

function api(granted: string[]) {
  const calls: unknown[] = [];
  const a: OrgHostsApi = {
    permissions: { contains: vi.fn(async ({ origins }) => origins.every((o: string) => granted.includes(o))) },
    scripting: {
      registerContentScripts: vi.fn(async (s) => { calls.push(['register', s]); }),
      unregisterContentScripts: vi.fn(async (f) => { calls.push(['unregister', f]); }),
    },
  };
  return { a, calls };
}

describe("the organisation's own sites", () => {
  it('come from extra hosts and Mastodon instances, minus what the built-in script covers', () => {
    expect(orgHostPatterns(policy({ extraHosts: ['https://community.example.org/*', 'https://x.com/*'], mastodonInstances: ['Health.Social', 'mastodon.social'] })))
      .toEqual(['https://community.example.org/*', 'https://health.social/*']);
  });

  it('drop patterns that are not https host patterns', () => {
    expect(orgHostPatterns(policy({ extraHosts: ['http://plain.example/*', '<all_urls>', 'https://*.example.org/forum/*'] })))
      .toEqual(['https://*.example.org/forum/*']);
  });

  it('get the content script only where access was granted', async () => {
    const { a, calls } = api(['https://health.social/*']);
    const granted = await syncOrgContentScripts(policy({ extraHosts: ['https://community.example.org/*'], mastodonInstances: ['health.social'] }), a);
    expect(granted).toEqual(['https://health.social/*']);
    expect(calls).toEqual([
      ['unregister', { ids: [ORG_SCRIPT_ID] }],
      ['register', [{ id: ORG_SCRIPT_ID, matches: ['https://health.social/*'], js: ['content-scripts/composer.js'], runAt: 'document_idle' }]],
    ]);
  });

  it('are unregistered when nothing is granted any more', async () => {
    const { a, calls } = api([]);
    expect(await syncOrgContentScripts(policy({ extraHosts: ['https://community.example.org/*'] }), a)).toEqual([]);
    expect(calls).toEqual([['unregister', { ids: [ORG_SCRIPT_ID] }]]);
  });
});
