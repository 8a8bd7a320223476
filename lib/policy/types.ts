/**
 * The organisation policy document (schema version 1). The JSON Schema in lib/policy/schema.ts is the
 * source of truth for validation; these types mirror it for the code.
 */
import type { Category, PhiCategory, Severity } from '../check/types';

export interface Contact {
  label: string;
  email?: string;
  phone?: string;
  url?: string;
}

/** One section of the organisation's policy text; rules point at sections by id. */
export interface PolicySection {
  id: string;
  title: string;
  markdown: string;
}

/** Settings an organisation can give any built-in rule (ESLint-style). */
export interface RuleSetting {
  enabled?: boolean;
  severity?: Severity;
  /** replaces the rule's own message */
  message?: string;
  /** policy section that explains the rule */
  section?: string;
  /** rule-specific options (term lists, thresholds); each rule documents its own */
  options?: Record<string, unknown>;
}

export interface CustomRule {
  id: string;
  /** a custom rule can be kept in the document but switched off */
  enabled?: boolean;
  /** terms: whole-word list; phrase: compromise match syntax; regex: a JavaScript regular expression */
  kind: 'terms' | 'phrase' | 'regex';
  terms?: string[];
  match?: string;
  pattern?: string;
  flags?: string;
  category?: Category;
  severity: Severity;
  message: string;
  snippet?: string;
  section?: string;
}

export interface Allowlists {
  /** organisation phone numbers, any format */
  phones?: string[];
  /** organisation street addresses */
  addresses?: string[];
  /** web domains (subdomains included) */
  domains?: string[];
  /** social handles, with or without @ */
  handles?: string[];
  /** staff and public names that may be named */
  names?: string[];
  /** any other exact terms never to flag */
  terms?: string[];
}

export type SiteId =
  | 'x' | 'facebook' | 'instagram' | 'linkedin' | 'reddit' | 'threads' | 'bluesky' | 'mastodon'
  | 'tiktok' | 'youtube';

export interface SiteSettings {
  /** master switch for checking on every site */
  enabled?: boolean;
  /** per-site switch; a missing site is on */
  perSite?: Partial<Record<SiteId, boolean>>;
  /** extra match patterns for the organisation's own community sites, e.g. "https://community.example.org/*" */
  extraHosts?: string[];
  /** Mastodon instances beyond the common ones, as host names */
  mastodonInstances?: string[];
}

export interface Snippet {
  id: string;
  title: string;
  body: string;
  tags: string[];
  language: string;
  sourceUrl: string;
  /** ISO date */
  lastReviewed: string;
  /** ISO date after which the snippet must not be used */
  expires?: string;
}

export interface ReplyTemplate {
  id: string;
  title: string;
  body: string;
  language?: string;
}

export interface Disclaimer {
  required: boolean;
  text: string;
  /** health-information: posts that give health information; always: every post */
  appliesTo: 'health-information' | 'always';
}

export interface OverrideSettings {
  /** the Post guard offers "post anyway" for block findings */
  allowPostAnyway: boolean;
  /** a reason must be typed to dismiss or override */
  requireReason: boolean;
  /** users may pause checking */
  allowPause: boolean;
}

export interface PhiSettings {
  /** findings scoring below this are not reported (0..1) */
  minScore: number;
  /** severity for each category; missing categories use "warn" */
  severities: Partial<Record<PhiCategory, Severity>>;
}

export interface Policy {
  /** where editors find the schema; ignored by PostSafe */
  $schema?: string;
  schemaVersion: 1;
  organization: { name: string; contacts?: Contact[] };
  policyText: PolicySection[];
  phi: PhiSettings;
  rules: Record<string, RuleSetting>;
  customRules: CustomRule[];
  allowlists: Allowlists;
  sites: SiteSettings;
  snippets: Snippet[];
  replyTemplates: ReplyTemplate[];
  disclaimer: Disclaimer;
  overrides: OverrideSettings;
}
