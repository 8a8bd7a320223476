/**
 * The organisation's own sites (policy sites.extraHosts and sites.mastodonInstances) get the composer
 * content script too, registered at run time for the hosts the user or admin has granted (optional
 * host permissions; the options page asks). Nothing runs on a host that was not granted.
 */
import { browser } from 'wxt/browser';
import type { Policy } from '../policy/types';
import { orgHostPatterns } from '../sites/matches';

export { orgHostPatterns };

export const ORG_SCRIPT_ID = 'postsafe-organisation-sites';
const CONTENT_SCRIPT = 'content-scripts/composer.js';

/** The parts of the browser API this needs (injected in tests). */
export interface OrgHostsApi {
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
  scripting?: {
    registerContentScripts(scripts: { id: string; matches: string[]; js: string[]; runAt: 'document_idle' }[]): Promise<void>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  };
}

/** Registers the content script for the granted organisation sites; returns their patterns. */
export async function syncOrgContentScripts(policy: Policy, api: OrgHostsApi = browser as unknown as OrgHostsApi): Promise<string[]> {
  if (!api.scripting) return []; // a browser without dynamic content scripts: built-in sites only
  const granted: string[] = [];
  for (const pattern of orgHostPatterns(policy)) {
    if (await api.permissions.contains({ origins: [pattern] }).catch(() => false)) granted.push(pattern);
  }
  await api.scripting.unregisterContentScripts({ ids: [ORG_SCRIPT_ID] }).catch(() => undefined);
  if (granted.length) {
    await api.scripting.registerContentScripts([{ id: ORG_SCRIPT_ID, matches: granted, js: [CONTENT_SCRIPT], runAt: 'document_idle' }]);
  }
  return granted;
}
