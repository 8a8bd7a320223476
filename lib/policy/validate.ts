/**
 * Validates a policy document: merged over the embedded default (see merge.ts), checked against the
 * JSON Schema and then for what a schema cannot say (checks.ts). Every problem is reported with its JSON
 * path in words an admin understands. A document with any error is rejected whole: it is never
 * half-applied.
 */
import type { ErrorObject } from 'ajv';
import { semanticErrors } from './checks';
import { DEFAULT_POLICY } from './default';
import { mergeOver } from './merge';
import schemaValidator from './generated/policy-validator.js';
import { HINT, SCHEMA_VERSION } from './schema';
import type { Policy } from './types';

export interface PolicyError {
  /** JSON path of the offending field, e.g. "/snippets/3/sourceUrl" ("" for the whole document) */
  path: string;
  message: string;
}

export type ValidationResult = { ok: true; policy: Policy } | { ok: false; errors: PolicyError[] };

/** Documents larger than this are refused before parsing: a policy is a few hundred kilobytes at most. */
export const MAX_POLICY_BYTES = 5_000_000;


const TYPE_WORDS: Record<string, string> = {
  string: 'text in quotes', number: 'a number', integer: 'a whole number', boolean: 'true or false',
  array: 'a list in [ ]', object: 'a group of settings in { }', null: 'null',
};

function describe(e: ErrorObject): PolicyError {
  const path = e.instancePath;
  const hint = (e.parentSchema as Record<string, unknown> | undefined)?.[HINT] as string | undefined;
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return { path: `${path}/${String(p.missingProperty)}`, message: 'is required but missing' };
    case 'additionalProperties': {
      const name = String(p.additionalProperty);
      const what = path === '/rules' ? 'is not a rule PostSafe knows' : 'is not a setting PostSafe knows';
      return { path: `${path}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`, message: `${what}; check the spelling` };
    }
    case 'type':
      return { path, message: `must be ${String(p.type).split(',').map((t) => TYPE_WORDS[t] ?? t).join(' or ')}` };
    case 'enum':
      return { path, message: `must be one of: ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}` };
    case 'pattern':
    case 'format':
      return { path, message: hint ?? `is not in the expected form (${String(p.pattern ?? p.format)})` };
    case 'minLength':
      return { path, message: hint ?? `must be at least ${String(p.limit)} characters long` };
    case 'maxLength':
      return { path, message: `is too long: at most ${String(p.limit)} characters` };
    case 'minimum':
      return { path, message: `must be ${String(p.limit)} or more` };
    case 'maximum':
      return { path, message: `must be ${String(p.limit)} or less` };
    case 'maxItems':
      return { path, message: `has too many entries: at most ${String(p.limit)}` };
    default:
      return { path, message: e.message ?? 'is not valid' };
  }
}

/** An admin fixes errors from the top; past this many, a list only hides the first ones. */
export const MAX_REPORTED_ERRORS = 100;

function uniqueErrors(errors: PolicyError[]): PolicyError[] {
  const seen = new Set<string>();
  const unique = errors.filter((e) => {
    const key = `${e.path}\u0000${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (unique.length <= MAX_REPORTED_ERRORS) return unique;
  const more = unique.length - MAX_REPORTED_ERRORS;
  return [...unique.slice(0, MAX_REPORTED_ERRORS), { path: '', message: `and ${more} more error(s) like these; fix the ones above first` }];
}

export function validatePolicy(input: unknown): ValidationResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: [{ path: '', message: 'the policy must be a JSON object in { }' }] };
  }
  const version = (input as { schemaVersion?: unknown }).schemaVersion;
  if (version === undefined) {
    return { ok: false, errors: [{ path: '/schemaVersion', message: `is required but missing: add "schemaVersion": ${SCHEMA_VERSION}` }] };
  }
  if (version !== SCHEMA_VERSION) {
    return { ok: false, errors: [{ path: '/schemaVersion', message: `is ${JSON.stringify(version)}, but this PostSafe reads schema version ${SCHEMA_VERSION}` }] };
  }
  const merged = mergeOver(DEFAULT_POLICY, input);
  const validate = schemaValidator;
  const shapeErrors = validate(merged) ? [] : (validate.errors ?? []).map(describe);
  const errors = [...shapeErrors, ...semanticErrorsOf(merged, input, shapeErrors.length > 0)];
  return errors.length ? { ok: false, errors: uniqueErrors(errors) } : { ok: true, policy: merged as Policy };
}

/**
 * Duplicate ids and broken regexes are reported alongside shape errors, so an admin sees every problem
 * in one pass. On a misshapen document the checks may meet a value of the wrong type; what they can
 * check is still reported, and the shape errors already explain the rest.
 */
function semanticErrorsOf(merged: unknown, input: unknown, misshapen: boolean): PolicyError[] {
  try {
    return semanticErrors(merged as Policy, input);
  } catch (e) {
    if (!misshapen) throw e;
    return [];
  }
}

/** Parses JSON text (naming the line and column of a syntax error) and validates it. */
export function parsePolicyJson(text: string): ValidationResult {
  if (text.length > MAX_POLICY_BYTES) {
    return { ok: false, errors: [{ path: '', message: `the policy file is too large (${text.length} characters; at most ${MAX_POLICY_BYTES})` }] };
  }
  if (!text.trim()) return { ok: false, errors: [{ path: '', message: 'the policy file is empty' }] };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const msg = (e as Error).message;
    const pos = /position (\d+)/.exec(msg);
    if (pos) {
      const offset = Number(pos[1]);
      const before = text.slice(0, offset);
      const line = before.split('\n').length;
      const column = offset - before.lastIndexOf('\n');
      return { ok: false, errors: [{ path: '', message: `not valid JSON at line ${line}, column ${column}: ${msg}` }] };
    }
    const truncated = /end of (JSON )?input|Unterminated/i.test(msg) ? ' (the file looks cut off)' : '';
    return { ok: false, errors: [{ path: '', message: `not valid JSON${truncated}: ${msg}` }] };
  }
  return validatePolicy(data);
}
