/**
 * The one typed message protocol between the extension's parts. Only the background owns policy,
 * pause and history state; pages and content scripts ask it. Messages carry no draft text except
 * `check/run` (a compose box's text to the background's checker, answered and forgotten) and
 * `image/check` (an attached image, read on this device and forgotten: its text and faces);
 * `snippet/insert` carries an approved snippet body, which is policy data, not user text.
 */
import type { Finding, Severity } from '../check/types';
import type { PolicyError } from '../policy/validate';
import type { Policy, SiteId } from '../policy/types';
import type { ImageFinding } from '../images/regions';

export type PolicySource = 'default' | 'imported' | 'managed';

export interface PolicyState {
  policy: Policy;
  source: PolicySource;
  /** errors of the last rejected document (managed or imported); the policy above stays in force */
  errors: PolicyError[];
  /** which document the errors above came from */
  errorSource?: 'managed' | 'imported';
  /** top-level policy fields set by the organisation (shown locked in options) */
  locked: string[];
  /** the user has imported a policy (in force, or overridden by the organisation's) */
  hasImport?: boolean;
  /** the user's own per-site switches (ignored for sites the organisation locks) */
  userSites: Partial<Record<SiteId, boolean>>;
}

/** What the popup and side panel see of a finding: no draft text. */
export interface FindingSummary {
  rule: string;
  category: Finding['category'];
  severity: Severity;
  message: string;
  section?: string;
}

export interface HistoryEntry {
  kind: 'warning' | 'override';
  rule: string;
  site: string;
  /** epoch ms */
  time: number;
}

export interface PauseState {
  /** paused for this site until (epoch ms; 0 means "until turned back on") */
  sites: Record<string, number>;
  /** paused everywhere until (epoch ms; 0 means "until turned back on") */
  everywhereUntil?: number;
}

/** Requests to the background, tagged by `kind`, with their responses. */
export type Request =
  | { kind: 'policy/get' }
  | { kind: 'policy/import'; json: string }
  | { kind: 'policy/reset' }
  | { kind: 'findings/report'; site: string; findings: FindingSummary[] }
  /**
   * The one message that carries draft text: from a compose box's content script to the background,
   * which runs the checker off the page's main thread. It stays inside the browser, is never stored,
   * logged or forwarded, and only content scripts may send it.
   */
  | { kind: 'check/run'; text: string }
  /**
   * An image attached to a compose box, as a data URL: the background reads its text on this device
   * (OCR in an offscreen document) and runs the same checker on it. Never stored or uploaded.
   */
  | { kind: 'image/check'; dataUrl: string }
  | { kind: 'findings/get'; tabId: number }
  | { kind: 'pause/get' }
  | { kind: 'pause/set'; site: string; until: number | null }
  | { kind: 'history/get' }
  | { kind: 'history/record'; entry: HistoryEntry }
  | { kind: 'history/clear' }
  | { kind: 'snippet/insert'; tabId: number; snippetId: string }
  /** pause everywhere until (epoch ms; 0 = until turned back on; null = resume) */
  | { kind: 'pause/set-all'; until: number | null }
  | { kind: 'sites/set'; site: SiteId; enabled: boolean | null }
  /** opens the side panel (from a user gesture), optionally at a policy section */
  | { kind: 'sidepanel/open'; section?: string }
  /** the content-script loader saw a box take focus: inject the composer into that frame (once) */
  | { kind: 'composer/load' };

export interface ResponseMap {
  'policy/get': PolicyState;
  'policy/import': { ok: boolean; errors: PolicyError[] };
  'policy/reset': PolicyState;
  'findings/report': null;
  'check/run': { findings: Finding[] };
  /**
   * the text read from the image and the findings on it (offsets into that text, each with the regions
   * of the image it covers, in the image's pixels), faces included; the image's size
   */
  'image/check': { text: string; findings: ImageFinding[]; width: number; height: number };
  'findings/get': { site: string | null; findings: FindingSummary[] };
  'pause/get': PauseState;
  'pause/set': PauseState;
  'history/get': HistoryEntry[];
  'history/record': null;
  'history/clear': null;
  'snippet/insert': { ok: boolean; error?: string };
  'pause/set-all': PauseState;
  'sites/set': PolicyState;
  'sidepanel/open': { ok: boolean; error?: string };
  'composer/load': { ok: boolean };
}

export type ResponseFor<R extends Request> = ResponseMap[R['kind']];

/** Messages the background sends to a tab's content script. */
export type TabMessage =
  | { kind: 'tab/insert-snippet'; body: string }
  | { kind: 'tab/policy-changed' }
  | { kind: 'tab/pause-changed' };

/** Broadcasts from the background to the extension's own pages: "this part of the state changed". */
export type UiMessage = { kind: 'ui/changed'; what: 'policy' | 'pause' | 'history' | 'findings'; tabId?: number };

/** Requests only a content script (a page of a supported site) may send. */
export const CONTENT_SCRIPT_KINDS: ReadonlySet<Request['kind']> = new Set([
  'policy/get', 'findings/report', 'check/run', 'image/check', 'pause/get', 'history/record', 'sidepanel/open', 'composer/load',
]);

/** Requests only the extension's own pages (popup, side panel, options) may send. */
export const PAGE_KINDS: ReadonlySet<Request['kind']> = new Set([
  'policy/get', 'policy/import', 'policy/reset', 'findings/get', 'pause/get', 'pause/set', 'pause/set-all',
  'history/get', 'history/clear', 'snippet/insert', 'sites/set', 'sidepanel/open',
]);
