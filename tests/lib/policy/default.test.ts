import { describe, expect, it } from 'vitest';
import { PHI_CATEGORIES } from '../../../lib/check/types';
import { DEFAULT_POLICY } from '../../../lib/policy/default';

/** Public health bodies a snippet may cite. */
const PUBLIC_HEALTH = /^https:\/\/(?:www\.)?(?:cdc\.gov|who\.int|[a-z.]*nih\.gov|medlineplus\.gov|fda\.gov|samhsa\.gov|[a-z.]*hrsa\.gov|cancer\.gov|hhs\.gov)\//;

describe('the embedded default policy', () => {
  const { snippets } = DEFAULT_POLICY;

  it('has at least 30 approved snippets in English and Spanish', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(30);
    expect(snippets.filter((s) => s.language === 'en').length).toBeGreaterThanOrEqual(15);
    expect(snippets.filter((s) => s.language === 'es').length).toBeGreaterThanOrEqual(15);
  });

  it.each(snippets.map((s) => [s.id, s]))('snippet %s cites a public health body and is reviewed', (_id, s) => {
    expect(s.sourceUrl).toMatch(PUBLIC_HEALTH);
    expect(s.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(s.tags.length).toBeGreaterThan(0);
  });

  it.each(['vaccines', 'flu', 'hand-hygiene', 'sun-safety', 'heart', 'stroke', 'mental-health', 'antibiotics', 'screening'])('covers %s', (tag) => {
    expect(snippets.some((s) => s.tags.includes(tag))).toBe(true);
  });

  it('blocks direct identifiers and warns on quasi-identifiers', () => {
    const s = DEFAULT_POLICY.phi.severities;
    for (const c of PHI_CATEGORIES) expect(s[c], c).toBeDefined();
    expect([s.SSN, s.MRN, s.PHONE, s.EMAIL, s.HEALTH_PLAN]).toEqual(['block', 'block', 'block', 'block', 'block']);
    expect([s.NAME, s.DATE, s.LOCATION, s.AGE_90_PLUS]).toEqual(['warn', 'warn', 'warn', 'warn']);
  });

  it('allowlists public health sites, major journals and hotlines', () => {
    const { domains = [], phones = [] } = DEFAULT_POLICY.allowlists;
    for (const d of ['cdc.gov', 'who.int', 'nih.gov', 'medlineplus.gov', 'fda.gov', 'nejm.org', 'thelancet.com', 'jamanetwork.com', 'bmj.com']) expect(domains).toContain(d);
    for (const p of ['911', '988', '1-800-222-1222']) expect(phones).toContain(p);
  });

  it('has private-channel reply templates in English and Spanish and an optional disclaimer', () => {
    expect(DEFAULT_POLICY.replyTemplates.map((t) => t.language)).toEqual(expect.arrayContaining(['en', 'es']));
    expect(DEFAULT_POLICY.disclaimer.required).toBe(false);
  });
});
