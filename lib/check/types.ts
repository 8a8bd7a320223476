/** The engine's vocabulary. Pure types: shared by the extension, the CLI and tests. */

/**
 * HIPAA Safe Harbor identifier kinds (see shared eval FORMAT.md). FACE is Safe Harbor's "full-face
 * photographs": found in attached images only (lib/check/image.ts), never in text.
 */
export const PHI_CATEGORIES = [
  'NAME', 'LOCATION', 'DATE', 'AGE_90_PLUS', 'PHONE', 'FAX', 'EMAIL', 'SSN', 'MRN', 'HEALTH_PLAN',
  'ACCOUNT', 'LICENSE', 'VEHICLE', 'DEVICE', 'URL', 'IP', 'HANDLE', 'OTHER_ID', 'FACE',
] as const;
export type PhiCategory = (typeof PHI_CATEGORIES)[number];

/** Post-level policy labels, upper-cased as the scorer expects, plus the organisation's own kinds. */
export const POLICY_CATEGORIES = [
  'PATIENT_STORY', 'MEDICAL_ADVICE', 'MISINFORMATION', 'UNPROFESSIONAL', 'OUTCOME_GUARANTEE',
  'MISSING_DISCLAIMER', 'CUSTOM',
] as const;
export type PolicyCategory = (typeof POLICY_CATEGORIES)[number];

export type Category = PhiCategory | PolicyCategory;
export type Severity = 'block' | 'warn' | 'info';
export const SEVERITIES: readonly Severity[] = ['block', 'warn', 'info'];

/** Why a finding was raised: enough for a clinician's "why?" and an admin's debugging. */
export interface Evidence {
  /** recognizer or rule implementation that matched, e.g. "phone" or "lexicon" */
  recognizer: string;
  /** the named pattern inside that recognizer, e.g. "us-phone-parens" */
  pattern?: string;
  /** confidence 0..1 after context adjustment */
  score: number;
  /** the context word that raised the score, if any */
  context?: string;
}

/** A way to fix a finding, applied by the compose-box UI through the editor-safe path. */
export type Fix =
  | { kind: 'redact'; replacement: string }
  | { kind: 'replace'; replacement: string; label: string }
  | { kind: 'snippet'; snippetId: string }
  | { kind: 'reply-template'; templateId: string };

export interface Finding {
  /** UTF-16 offsets into the checked text; end exclusive */
  start: number;
  end: number;
  category: Category;
  /** rule id, e.g. "phi-phone", "medical-advice", "custom:no-competitor" */
  rule: string;
  severity: Severity;
  message: string;
  evidence: Evidence;
  fixes?: Fix[];
  /** id of the policy text section that explains this rule */
  section?: string;
}
