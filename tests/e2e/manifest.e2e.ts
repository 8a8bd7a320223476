/**
 * Least privilege: every permission the built manifest asks for is listed in the README's permissions
 * table with its reason, and host access is limited to the supported sites' content-script matches.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_SITE_MATCHES } from '../../lib/sites/matches';
import { EXTENSION_DIR, ROOT } from './harness';

const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const table = readme.slice(readme.indexOf('### Permissions and why'));
const documented = new Set([...table.matchAll(/^\| `([^`]+)`/gm)].map((m) => m[1]));

describe('the built manifest asks only for what it uses', () => {
  it('every API permission is in the README table', () => {
    for (const p of manifest.permissions ?? []) expect(documented, `README lacks a row for "${p}"`).toContain(p);
  });

  it('asks for host access only to the sites its content script already runs on, and documents the optional ones', () => {
    // The loader injects the composer there (scripting.executeScript): no site beyond the content script's.
    const matches = (manifest.content_scripts ?? []).flatMap((c: { matches: string[] }) => c.matches);
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual([...matches].sort());
    expect(documented, 'README lacks the host permissions row').toContain('host_permissions');
    expect(manifest.optional_permissions ?? []).toEqual([]);
    for (const p of manifest.optional_host_permissions ?? []) expect(documented, `README lacks a row for "${p}"`).toContain(p);
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
  });

  it('content scripts run only on the supported sites', () => {
    const matches = (manifest.content_scripts ?? []).flatMap((c: { matches: string[] }) => c.matches);
    for (const m of matches) expect(ALL_SITE_MATCHES).toContain(m);
  });

  it('loads no remote code', () => {
    expect(manifest.content_security_policy?.extension_pages ?? '').not.toMatch(/https?:/);
    // extension pages (popup, side panel, options, the offscreen OCR page and its worker) cannot reach the network
    expect(manifest.content_security_policy?.extension_pages ?? '').toContain("connect-src 'self' data: blob:");
    expect(manifest.manifest_version).toBe(3);
  });
});
