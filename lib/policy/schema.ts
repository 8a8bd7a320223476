/**
 * The policy document's JSON Schema (draft-07), built from one TypeScript source. Every built-in rule
 * contributes its own options schema from its `meta`, so the schema and the rules cannot drift apart.
 * scripts/gen-schemas.ts writes it to schema/policy.schema.json and derives Chrome's managed-storage
 * schema from it (see managed-schema.ts); a test checks the committed files equal what this builds.
 */
import { PHI_CATEGORIES, SEVERITIES } from '../check/types';
import { RULES } from '../check/rules';

export type JsonSchema = Record<string, unknown>;

export const SCHEMA_VERSION = 1;
export const SCHEMA_ID = 'https://postsafe.invalid/schema/policy/v1.json';

/** `x-hint` is our annotation: the words an admin reads when a value fails `pattern`, `format` or `minLength`. */
export const HINT = 'x-hint';

const text = (description: string, extra: JsonSchema = {}): JsonSchema => ({ type: 'string', description, ...extra });
const nonEmpty = (description: string, maxLength = 2000): JsonSchema =>
  text(description, { minLength: 1, maxLength, [HINT]: 'must not be empty' });
const list = (items: JsonSchema, description: string, maxItems = 5000): JsonSchema => ({ type: 'array', description, items, maxItems });
const object = (properties: Record<string, JsonSchema>, required: string[], description: string): JsonSchema => ({
  type: 'object', description, properties, ...(required.length ? { required } : {}), additionalProperties: false,
});

const id = (description: string): JsonSchema =>
  text(description, { pattern: '^[a-z0-9][a-z0-9._-]{0,63}$', [HINT]: 'must be a short id of lower-case letters, digits, ".", "_" or "-" (e.g. "flu-vaccine-en")' });
const httpsUrl = (description: string): JsonSchema =>
  text(description, { pattern: '^https://[^\\s/?#]+\\.[^\\s]+$', format: 'uri', maxLength: 2000, [HINT]: 'must be a web address starting with https://' });
const isoDate = (description: string): JsonSchema =>
  text(description, { pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date', [HINT]: 'must be a date written YYYY-MM-DD, e.g. 2025-09-30' });
const language = text('language code, e.g. "en", "es", "fr"', { pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$', [HINT]: 'must be a language code such as "en" or "es"' });
const severity: JsonSchema = { type: 'string', enum: [...SEVERITIES], description: 'block: stops posting until fixed; warn: shown but allowed; info: a note' };
const category: JsonSchema = { type: 'string', enum: [...PHI_CATEGORIES, 'PATIENT_STORY', 'MEDICAL_ADVICE', 'MISINFORMATION', 'UNPROFESSIONAL', 'OUTCOME_GUARANTEE', 'MISSING_DISCLAIMER', 'CUSTOM'], description: 'the kind of finding to report' };

const phiRuleIds = PHI_CATEGORIES.map((c) => `phi-${c.toLowerCase().replace(/_/g, '-')}`);

function ruleSetting(description: string, options: JsonSchema): JsonSchema {
  return object({
    enabled: { type: 'boolean', description: 'false turns the rule off' },
    severity,
    message: nonEmpty('replaces the rule\'s own message; {{placeholders}} are filled in'),
    section: id('policy text section that explains the rule'),
    options,
  }, [], description);
}

function rulesSchema(): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const rule of RULES) properties[rule.meta.id] = ruleSetting(rule.meta.description, rule.meta.options);
  for (const ruleId of phiRuleIds) properties[ruleId] = ruleSetting(`PHI recognizer for ${ruleId.slice(4)}`, { type: 'object', description: 'no options' });
  return { type: 'object', description: 'settings for each built-in rule, by rule id', properties, additionalProperties: false };
}

export function buildPolicySchema(): JsonSchema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_ID,
    title: 'PostSafe organisation policy',
    description: `What clinicians of an organisation may post, checked by PostSafe. Schema version ${SCHEMA_VERSION}. Sections left out are taken from PostSafe's built-in default policy.`,
    type: 'object',
    properties: {
      $schema: text('where editors find this schema, e.g. "https://postsafe.invalid/schema/policy/v1.json"; ignored by PostSafe', { maxLength: 2000 }),
      schemaVersion: { type: 'integer', enum: [SCHEMA_VERSION], description: 'version of this schema; always 1' },
      organization: object({
        name: nonEmpty('organisation name shown to clinicians', 200),
        contacts: list(object({
          label: nonEmpty('who to ask, e.g. "Privacy office"', 200),
          email: text('e-mail address', { format: 'email', pattern: '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$', maxLength: 320, [HINT]: 'must be an e-mail address like privacy@example.org' }),
          phone: text('phone number', { maxLength: 40 }),
          url: httpsUrl('web page'),
        }, ['label'], 'a contact'), 'people to ask about the policy', 50),
      }, ['name'], 'the organisation'),
      policyText: list(object({
        id: id('section id; rules point at it'),
        title: nonEmpty('section title', 200),
        markdown: nonEmpty('section text (Markdown)', 20000),
      }, ['id', 'title', 'markdown'], 'a section of the policy text'), 'the policy itself, in sections', 200),
      phi: object({
        minScore: { type: 'number', minimum: 0, maximum: 1, description: 'findings scoring below this are not reported (0 to 1)' },
        severities: {
          type: 'object',
          description: 'severity for each kind of identifier',
          properties: Object.fromEntries(PHI_CATEGORIES.map((c) => [c, severity])),
          additionalProperties: false,
        },
      }, [], 'patient information (HIPAA identifiers)'),
      rules: rulesSchema(),
      customRules: list(object({
        id: id('rule id, reported as custom:<id>'),
        enabled: { type: 'boolean', description: 'false keeps the rule but switches it off' },
        kind: { type: 'string', enum: ['terms', 'phrase', 'regex'], description: 'terms: whole words; phrase: compromise match syntax; regex: a regular expression' },
        terms: list(nonEmpty('a word or phrase', 200), 'for kind "terms"'),
        match: nonEmpty('for kind "phrase": compromise match syntax, e.g. "(cure|heal) #Noun"', 500),
        pattern: nonEmpty('for kind "regex": a JavaScript regular expression', 1000),
        flags: text('regular expression flags (default "i")', { pattern: '^[imsu]*$', [HINT]: 'may only use the flags i, m, s and u' }),
        category,
        severity,
        message: nonEmpty('what the clinician reads; {{text}} is the matched text'),
        snippet: id('approved snippet to suggest'),
        section: id('policy text section that explains the rule'),
      }, ['id', 'kind', 'severity', 'message'], 'a rule of the organisation\'s own'), 'the organisation\'s own rules', 500),
      allowlists: object({
        phones: list(text('phone number, any format', { maxLength: 40 }), 'organisation phone numbers never flagged'),
        addresses: list(text('street address', { maxLength: 300 }), 'organisation addresses never flagged'),
        domains: list(text('web domain; subdomains included', { pattern: '^(\\*\\.)?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$', [HINT]: 'must be a domain name like example.org (no https://, no path)' }), 'web domains never flagged'),
        handles: list(text('social handle, with or without @', { maxLength: 200 }), 'organisation handles never flagged'),
        names: list(text('a name', { maxLength: 200 }), 'staff and public names that may be named'),
        terms: list(text('an exact term', { maxLength: 200 }), 'other terms never flagged'),
      }, [], 'things that look like patient information but belong to the organisation or the public'),
      sites: object({
        enabled: { type: 'boolean', description: 'master switch for checking on every site' },
        perSite: {
          type: 'object',
          description: 'switch per site; a missing site is on',
          properties: Object.fromEntries(['x', 'facebook', 'instagram', 'linkedin', 'reddit', 'threads', 'bluesky', 'mastodon', 'tiktok', 'youtube'].map((s) => [s, { type: 'boolean' }])),
          additionalProperties: false,
        },
        extraHosts: list(text('match pattern', { pattern: '^https://[^/\\s]+/.*$', [HINT]: 'must be a match pattern like https://community.example.org/*' }), 'the organisation\'s own community sites', 100),
        mastodonInstances: list(text('host name', { pattern: '^[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$', [HINT]: 'must be a host name like mastodon.example' }), 'Mastodon instances beyond the common ones', 200),
      }, [], 'where PostSafe checks'),
      snippets: list(object({
        id: id('snippet id'),
        title: nonEmpty('title', 200),
        body: nonEmpty('text clinicians may post', 5000),
        tags: list(id('tag'), 'topics', 50),
        language,
        sourceUrl: httpsUrl('public source the text is based on'),
        lastReviewed: isoDate('when the text was last reviewed'),
        expires: isoDate('after this date the snippet must not be used'),
      }, ['id', 'title', 'body', 'tags', 'language', 'sourceUrl', 'lastReviewed'], 'an approved snippet'), 'approved health-education snippets', 2000),
      replyTemplates: list(object({
        id: id('template id'),
        title: nonEmpty('title', 200),
        body: nonEmpty('reply text', 5000),
        language,
      }, ['id', 'title', 'body'], 'a reply template'), 'replies that move a conversation to a private channel', 200),
      disclaimer: object({
        required: { type: 'boolean', description: 'true: posts it applies to must carry the text' },
        text: nonEmpty('the disclaimer', 1000),
        appliesTo: { type: 'string', enum: ['health-information', 'always'], description: 'health-information: posts that give health information; always: every post' },
      }, ['required', 'text', 'appliesTo'], 'a disclaimer the organisation may require'),
      overrides: object({
        allowPostAnyway: { type: 'boolean', description: 'offer "post anyway" for block findings' },
        requireReason: { type: 'boolean', description: 'a reason must be typed to dismiss or override' },
        allowPause: { type: 'boolean', description: 'clinicians may pause checking' },
      }, ['allowPostAnyway', 'requireReason', 'allowPause'], 'what clinicians may override'),
    },
    required: ['schemaVersion', 'organization', 'policyText', 'phi', 'rules', 'customRules', 'allowlists', 'sites', 'snippets', 'replyTemplates', 'disclaimer', 'overrides'],
    additionalProperties: false,
  };
}
