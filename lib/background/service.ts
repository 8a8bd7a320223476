/**
 * The background's state owner: the policy in force, pause state, the local history and per-tab
 * findings. It answers the typed protocol; entrypoints/background.ts only wires it to the browser.
 * Draft text never reaches here: findings are summaries (rule, severity, message).
 */
import { browser } from 'wxt/browser';
import type {
  FindingSummary, HistoryEntry, PauseState, PolicyState, Request, ResponseFor, TabMessage, UiMessage,
} from '../messaging/protocol';
import { check } from '../check';
import { syncOrgContentScripts } from './org-hosts';
import { recognizeInOffscreen, type Recognize } from './ocr';
import { MAX_OCR_CHARS } from '../images/assets';
import { withWordBoxes, type ImageFinding } from '../images/regions';
import { faceFindings } from '../check/image';
import { parsePolicyJson } from '../policy/validate';
import { DEFAULT_POLICY } from '../policy/default';
import type { Policy, SiteId } from '../policy/types';
import { resolvePolicy, type PolicyState as ResolvedPolicy } from '../policy/source';
import type { SenderKind } from '../messaging/sender';

export const HISTORY_LIMIT = 50;
/** How long start-up waits for storage.managed before answering from the last good policy. */
const MANAGED_WAIT_MS = 300;
/**
 * How long any storage.managed read may take before the last value read stands in. Chromium's read
 * sometimes never answers (seen on a loaded 2-core machine, right after a tab closed), and a policy
 * import or reset must not hang on it.
 */
const MANAGED_READ_MS = 1000;
export const KEYS = {
  imported: 'importedPolicy',
  lastGood: 'lastGoodPolicy',
  pause: 'pause',
  history: 'history',
  userSites: 'userSites',
  findings: 'tabFindings',
  contentTabs: 'contentTabs',
  managed: 'policy',
} as const;

interface TabFindings {
  site: string | null;
  findings: FindingSummary[];
}

export interface Caller {
  kind: SenderKind;
  tabId?: number;
  /** the content script's frame (0 = the top frame) */
  frameId?: number;
}

/** The composer proper, injected by the loader content script when a box first takes focus. */
export const COMPOSER_SCRIPT = '/composer-main.js';

const now = () => Date.now();

export class Background {
  private resolved: ResolvedPolicy | null = null;
  private importErrors: PolicyState['errors'] = [];
  private hasImport = false;
  private userSites: PolicyState['userSites'] = {};
  private findings = new Map<number, TabFindings>();
  /** tabs whose content script has asked us anything: they hear about policy and pause changes */
  private contentTabs = new Set<number>();
  private ready: Promise<void> | null = null;

  /** OCR is injected so unit tests can stand in for the offscreen document. */
  constructor(private readonly recognize: Recognize = recognizeInOffscreen) {}

  /** Reads storage once; every request waits for it. */
  start(): Promise<void> {
    this.ready ??= this.load();
    return this.ready;
  }

  private async load(): Promise<void> {
    const local = await browser.storage.local.get([KEYS.userSites, KEYS.lastGood]);
    this.userSites = (local[KEYS.userSites] as PolicyState['userSites']) ?? {};
    try {
      const session = await browser.storage.session.get([KEYS.findings, KEYS.contentTabs]);
      const saved = (session[KEYS.findings] ?? {}) as Record<string, TabFindings>;
      for (const id of (session[KEYS.contentTabs] ?? []) as number[]) this.contentTabs.add(id);
      for (const [id, v] of Object.entries(saved)) this.findings.set(Number(id), v);
    } catch {
      // storage.session is missing on old Firefox: findings then live in memory only.
    }
    // Chromium's first storage.managed read can take seconds (the policy service starting), and the
    // service worker restarts often: answer from the last good state meanwhile, then switch (and tell
    // every page and tab) when the managed read lands.
    const lastGood = local[KEYS.lastGood] as Omit<ResolvedPolicy, 'rejected'> | undefined;
    const refreshed = this.refreshPolicy();
    const slow = new Promise<'slow'>((ok) => setTimeout(() => ok('slow'), MANAGED_WAIT_MS));
    if ((await Promise.race([refreshed.then(() => 'done' as const), slow])) === 'slow' && !this.resolved) {
      this.resolved = lastGood ? { ...lastGood, rejected: [] } : { policy: DEFAULT_POLICY, source: 'default', locked: [], rejected: [] };
    }
  }

  /** Re-resolves the policy from storage (start-up, managed change, import, reset). */
  async refreshPolicy(): Promise<void> {
    const read = await this.readManaged();
    const local = await browser.storage.local.get([KEYS.imported, KEYS.lastGood]);
    if (!read && (local[KEYS.lastGood] as ResolvedPolicy | undefined)?.source === 'managed') {
      // The managed policy could not be read yet and was in force: an import must not win meanwhile.
      // The read's late answer resolves again.
      return;
    }
    const managed = read?.value;
    const lastGood = (local[KEYS.lastGood] as ResolvedPolicy | undefined) ?? undefined;
    this.hasImport = local[KEYS.imported] !== undefined;
    let next: ResolvedPolicy;
    try {
      next = resolvePolicy({ managed: parseIfJson(managed), imported: local[KEYS.imported] ?? undefined, lastGood });
    } catch (e) {
      // The state owner must never be left without a policy: keep the last good one (or the default)
      // and report that the document could not be checked at all.
      const source = managed !== undefined ? 'managed' : 'imported';
      next = {
        policy: lastGood?.policy ?? DEFAULT_POLICY, source: lastGood?.source ?? 'default', locked: lastGood?.locked ?? [],
        rejected: [{ source, errors: [{ path: '', message: `PostSafe could not check this policy: ${(e as Error).message}` }] }],
      };
    }
    const changed = JSON.stringify(next) !== JSON.stringify(this.resolved);
    this.resolved = next;
    if (next.rejected.length === 0) {
      const { policy, source, locked } = next;
      await browser.storage.local.set({ [KEYS.lastGood]: { policy, source, locked } });
    }
    if (changed) await this.announcePolicy();
  }

  /** The last storage.managed answer; null before one has arrived. */
  private managed: { value: unknown } | null = null;

  /**
   * Reads the managed policy (undefined when there is none or no managed storage). A read that takes
   * longer than MANAGED_READ_MS returns the last value read (null if none) and resolves again when it lands.
   */
  private async readManaged(): Promise<{ value: unknown } | null> {
    const read = Promise.resolve()
      .then(() => browser.storage.managed.get(KEYS.managed))
      .then((r) => ({ value: r[KEYS.managed] }), () => ({ value: undefined })); // no schema or no managed storage: unmanaged
    const late = new Promise<null>((ok) => setTimeout(() => ok(null), MANAGED_READ_MS));
    const got = await Promise.race([read, late]);
    if (got) {
      this.managed = got;
      return got;
    }
    void read.then((v) => {
      if (JSON.stringify(v) === JSON.stringify(this.managed)) return;
      this.managed = v;
      void this.refreshPolicy();
    });
    return this.managed;
  }

  /** Registers the content script on the organisation's own sites the user has granted. */
  async syncOrgSites(): Promise<void> {
    if (!this.resolved) return;
    await syncOrgContentScripts(this.resolved.policy).catch(() => undefined);
  }

  policyState(): PolicyState {
    const r = this.resolved!;
    const sitesLocked = r.locked.includes('sites');
    const policy: Policy = sitesLocked
      ? r.policy
      : { ...r.policy, sites: { ...r.policy.sites, perSite: { ...r.policy.sites?.perSite, ...this.userSites } } };
    const rejected = r.rejected[0];
    const errors = rejected ? rejected.errors : this.importErrors;
    const errorSource = rejected ? rejected.source : this.importErrors.length ? 'imported' : undefined;
    return {
      policy, source: r.source, locked: r.locked, errors, userSites: this.userSites, hasImport: this.hasImport,
      ...(errorSource ? { errorSource } : {}),
    };
  }

  async handle<R extends Request>(request: R, caller: Caller): Promise<ResponseFor<R>> {
    await this.start();
    if (caller.kind === 'content-script' && caller.tabId !== undefined && !this.contentTabs.has(caller.tabId)) {
      this.contentTabs.add(caller.tabId);
      await this.saveFindings();
    }
    return (await this.dispatch(request, caller)) as ResponseFor<R>;
  }

  private async dispatch(request: Request, caller: Caller): Promise<unknown> {
    switch (request.kind) {
      case 'policy/get':
        return this.policyState();
      case 'policy/import': {
        let result: ReturnType<typeof parsePolicyJson>;
        try {
          result = parsePolicyJson(String(request.json ?? ''));
        } catch (e) {
          result = { ok: false, errors: [{ path: '', message: `PostSafe could not check this policy: ${(e as Error).message}` }] };
        }
        if (!result.ok) {
          this.importErrors = result.errors;
          this.broadcast({ kind: 'ui/changed', what: 'policy' });
          return { ok: false, errors: result.errors };
        }
        this.importErrors = [];
        await browser.storage.local.set({ [KEYS.imported]: result.policy });
        await this.refreshPolicy();
        return { ok: true, errors: [] };
      }
      case 'policy/reset':
        this.importErrors = [];
        await browser.storage.local.remove(KEYS.imported);
        await this.refreshPolicy();
        return this.policyState();
      case 'sites/set': {
        const next = { ...this.userSites };
        if (request.enabled === null) delete next[request.site];
        else next[request.site as SiteId] = Boolean(request.enabled);
        this.userSites = next;
        await browser.storage.local.set({ [KEYS.userSites]: next });
        await this.announcePolicy();
        return this.policyState();
      }
      case 'check/run': {
        // Checked here, off the page's main thread; the text is neither kept nor logged.
        const text = typeof request.text === 'string' ? request.text : '';
        // The resolved policy object itself, so the checker's per-policy paragraph cache stays warm.
        return { findings: check(text, this.resolved!.policy) };
      }
      case 'image/check': {
        // The image is read here (through the offscreen document) and forgotten; only its text's
        // findings go back to the tab that attached it.
        const dataUrl = typeof request.dataUrl === 'string' ? request.dataUrl : '';
        if (!/^data:image\/[a-z0-9.+-]+;base64,/i.test(dataUrl)) throw new Error('not an image');
        const reading = await this.recognize(dataUrl);
        const text = reading.text.slice(0, MAX_OCR_CHARS);
        const policy = this.resolved!.policy;
        // Each finding carries the regions of the image it covers: its words' boxes, or the faces.
        const findings: ImageFinding[] = [
          ...withWordBoxes(check(text, policy), text, reading.words),
          ...faceFindings(reading.faces, policy).map((f) => ({ ...f, boxes: reading.faces.map(({ x, y, width, height }) => ({ x, y, width, height })) })),
        ];
        return { text, findings, width: reading.width, height: reading.height };
      }
      case 'findings/report': {
        if (caller.tabId === undefined) throw new Error('findings come from a tab');
        const findings = (Array.isArray(request.findings) ? request.findings : []).slice(0, 200).map(summarise);
        this.findings.set(caller.tabId, { site: String(request.site ?? '') || null, findings });
        await this.saveFindings();
        this.broadcast({ kind: 'ui/changed', what: 'findings', tabId: caller.tabId });
        return null;
      }
      case 'composer/load': {
        // Only a content script's own frame, and only the composer file: the request carries nothing else.
        if (caller.tabId === undefined) return { ok: false };
        const scripting = (browser as unknown as { scripting?: { executeScript(o: { target: { tabId: number; frameIds: number[] }; files: string[] }): Promise<unknown> } }).scripting;
        if (!scripting) return { ok: false };
        try {
          await scripting.executeScript({ target: { tabId: caller.tabId, frameIds: [caller.frameId ?? 0] }, files: [COMPOSER_SCRIPT] });
          return { ok: true };
        } catch {
          return { ok: false }; // the tab navigated away, or the host is not granted
        }
      }
      case 'findings/get': {
        const f = this.findings.get(request.tabId);
        return f ? { site: f.site, findings: f.findings } : { site: null, findings: [] };
      }
      case 'pause/get':
        return this.pauseState();
      case 'pause/set': {
        this.assertMayPause();
        const state = await this.pauseState();
        if (request.until === null) delete state.sites[request.site];
        else state.sites[request.site] = request.until;
        return this.savePause(state);
      }
      case 'pause/set-all': {
        this.assertMayPause();
        const state = await this.pauseState();
        if (request.until === null) delete state.everywhereUntil;
        else state.everywhereUntil = request.until;
        return this.savePause(state);
      }
      case 'history/get':
        return ((await browser.storage.local.get(KEYS.history))[KEYS.history] ?? []) as HistoryEntry[];
      case 'history/record': {
        const e = request.entry;
        const entry: HistoryEntry = {
          kind: e?.kind === 'override' ? 'override' : 'warning',
          rule: String(e?.rule ?? '').slice(0, 100),
          site: String(e?.site ?? '').slice(0, 200),
          time: typeof e?.time === 'number' ? e.time : now(),
        };
        const list = ((await browser.storage.local.get(KEYS.history))[KEYS.history] ?? []) as HistoryEntry[];
        await browser.storage.local.set({ [KEYS.history]: [entry, ...list].slice(0, HISTORY_LIMIT) });
        this.broadcast({ kind: 'ui/changed', what: 'history' });
        return null;
      }
      case 'history/clear':
        await browser.storage.local.set({ [KEYS.history]: [] });
        this.broadcast({ kind: 'ui/changed', what: 'history' });
        return null;
      case 'snippet/insert': {
        const snippet = this.policyState().policy.snippets.find((s) => s.id === request.snippetId);
        if (!snippet) return { ok: false, error: 'unknown snippet' };
        if (snippet.expires && Date.parse(snippet.expires) < now()) return { ok: false, error: 'snippet expired' };
        const message: TabMessage = { kind: 'tab/insert-snippet', body: snippet.body };
        try {
          await browser.tabs.sendMessage(request.tabId, message);
          return { ok: true };
        } catch {
          return { ok: false, error: 'no compose box on this page' };
        }
      }
      case 'sidepanel/open':
        return openSidePanel(caller.tabId, request.section);
      default:
        throw new Error('unknown request');
    }
  }

  private assertMayPause(): void {
    if (this.resolved?.policy.overrides?.allowPause === false) throw new Error('your organisation does not allow pausing');
  }

  private async pauseState(): Promise<PauseState> {
    const saved = ((await browser.storage.local.get(KEYS.pause))[KEYS.pause] ?? { sites: {} }) as PauseState;
    const t = now();
    const sites: Record<string, number> = {};
    for (const [site, until] of Object.entries(saved.sites ?? {})) if (until === 0 || until > t) sites[site] = until;
    const state: PauseState = { sites };
    if (saved.everywhereUntil !== undefined && (saved.everywhereUntil === 0 || saved.everywhereUntil > t)) {
      state.everywhereUntil = saved.everywhereUntil;
    }
    if (this.resolved?.policy.overrides?.allowPause === false) return { sites: {} };
    return state;
  }

  private async savePause(state: PauseState): Promise<PauseState> {
    await browser.storage.local.set({ [KEYS.pause]: state });
    this.broadcastTabs({ kind: 'tab/pause-changed' });
    this.broadcast({ kind: 'ui/changed', what: 'pause' });
    return state;
  }

  /** Forgets a closed tab's findings. */
  async forgetTab(tabId: number): Promise<void> {
    const known = this.contentTabs.delete(tabId);
    if (this.findings.delete(tabId) || known) await this.saveFindings();
  }

  private async saveFindings(): Promise<void> {
    try {
      await browser.storage.session.set({
        [KEYS.findings]: Object.fromEntries(this.findings),
        [KEYS.contentTabs]: [...this.contentTabs],
      });
    } catch {
      // memory only
    }
  }

  private async announcePolicy(): Promise<void> {
    await this.syncOrgSites();
    this.broadcastTabs({ kind: 'tab/policy-changed' });
    this.broadcast({ kind: 'ui/changed', what: 'policy' });
  }

  /** Tells the content scripts we know of; tabs we never heard from have none to tell. */
  /**
   * Tells the tabs with a content script. Best effort and never awaited: a tab that is closing or
   * frozen may never answer, and a request must not hang on it.
   */
  private broadcastTabs(message: TabMessage): void {
    const tabs = new Set([...this.contentTabs, ...this.findings.keys()]);
    for (const id of tabs) void Promise.resolve().then(() => browser.tabs.sendMessage(id, message)).catch(() => undefined);
  }

  /** Tells the extension's open pages (popup, side panel, options); best effort, like broadcastTabs. */
  private broadcast(message: UiMessage): void {
    // rejects when no page is open to listen
    void Promise.resolve().then(() => browser.runtime.sendMessage(message)).catch(() => undefined);
  }
}

/** Admins may give the managed `policy` as a JSON string (some management tools only do strings). */
function parseIfJson(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value; // validation reports it as not a policy object
  }
}

/** Keeps only the summary fields (and trims them): a finding summary never carries draft text. */
function summarise(f: FindingSummary): FindingSummary {
  const out: FindingSummary = {
    rule: String(f?.rule ?? '').slice(0, 100),
    category: f?.category,
    severity: f?.severity === 'block' || f?.severity === 'info' ? f.severity : 'warn',
    message: String(f?.message ?? '').slice(0, 500),
  };
  if (f?.section) out.section = String(f.section).slice(0, 100);
  return out;
}

interface SidePanelApi {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
  setOptions(options: { tabId?: number; path?: string; enabled?: boolean }): Promise<void>;
}
interface SidebarActionApi {
  open(): Promise<void>;
  setPanel(details: { panel: string; tabId?: number }): Promise<void>;
}

/** Chrome's sidePanel or Firefox's sidebarAction; both need the user gesture that sent the request. */
async function openSidePanel(tabId: number | undefined, section?: string): Promise<{ ok: boolean; error?: string }> {
  const query = tabId !== undefined ? `?tab=${tabId}` : '';
  const path = `sidepanel.html${query}${section ? `#section=${encodeURIComponent(section)}` : ''}`;
  const api = browser as unknown as { sidePanel?: SidePanelApi; sidebarAction?: SidebarActionApi };
  try {
    if (api.sidePanel) {
      if (tabId !== undefined) {
        // Not awaited: open() must run while the user's gesture is still current.
        const pathSet = api.sidePanel.setOptions({ tabId, path, enabled: true });
        await api.sidePanel.open({ tabId });
        await pathSet;
      } else {
        const win = await browser.windows.getCurrent();
        await api.sidePanel.open({ windowId: win.id });
      }
      return { ok: true };
    }
    if (api.sidebarAction) {
      await api.sidebarAction.open();
      await api.sidebarAction.setPanel({ panel: browser.runtime.getURL(`/${path}` as '/sidepanel.html'), ...(tabId !== undefined ? { tabId } : {}) });
      return { ok: true };
    }
    return { ok: false, error: 'no side panel in this browser' };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}
