/**
 * The composer content script's behaviour on a supported page: find compose boxes (focus, later-added
 * ones, open shadow roots), check them as the clinician types, show the badge and card, and guard the
 * site's Post button and shortcut while a `block` finding remains.
 *
 * Nothing is added to the page until a compose box becomes active on a supported, unpaused site; a
 * pause removes everything again. The extension never posts on its own: "Post anyway" re-clicks the
 * Post button only on the clinician's explicit request.
 */
import { composerGlobals } from './globals';
import { deepActive } from './loader';
import { browser } from 'wxt/browser';
import type { FindingSummary, HistoryEntry, PauseState, PolicyState, Request, ResponseFor, TabMessage } from '../messaging/protocol';
import { DEFAULT_POLICY } from '../policy/default';
import type { Policy, SiteId } from '../policy/types';
import { ensureHighlightStyle, removeHighlightStyle } from '../editor/highlight';
import { ComposeSession, type ImageChecker, type ShownFinding } from '../editor/session';
import { readAsDataUrl, watchAttachments, type AttachEvent } from '../images/attachments';
import type { Finding, Fix } from '../check/types';
import { selectionOffsets } from '../editor/text';
import { mountCard, type CardHandle } from '../../components/card/mount';
import type { CardImage, CardState } from '../../components/card/Card';
import { S } from '../../components/card/strings';
import { isEditable, type SiteAdapter } from './define';
import { GENERIC_SITE, siteFor } from './index';
import { insertModeFor } from './generic';

/** Alt+Shift+F in a compose box opens the card with focus in it (event.code: the same key on every layout). */
const OPEN_CARD_CODE = 'KeyF';

/** How long to wait for the background before falling back to the bundled policy. */
const BACKGROUND_TIMEOUT_MS = 1500;

/**
 * How long an image check may take: OCR of a large screenshot on a slow, busy machine, plus starting
 * the OCR engine the first time. The post guard waits for it, so it must end.
 */
const IMAGE_TIMEOUT_MS = 120_000;

/** The checker runs in the background (off the page's main thread, and out of this bundle). */
async function checkInBackground(text: string): Promise<Finding[]> {
  const reply = await ask({ kind: 'check/run', text });
  if (!reply) throw new Error('the background did not answer');
  return reply.findings;
}

/** Images too: the background reads their text (OCR, off this page) and runs the same checker. */
const checkImageInBackground: ImageChecker = async (dataUrl) => {
  const reply = await ask({ kind: 'image/check', dataUrl }, IMAGE_TIMEOUT_MS);
  if (!reply) throw new Error('the image could not be read');
  return reply;
};

async function ask<R extends Request>(request: R, timeout = BACKGROUND_TIMEOUT_MS): Promise<ResponseFor<R> | undefined> {
  try {
    const reply = await Promise.race([
      browser.runtime.sendMessage(request) as Promise<{ ok: boolean; value?: ResponseFor<R> } | undefined>,
      new Promise<undefined>((ok) => setTimeout(() => ok(undefined), timeout)),
    ]);
    return reply && reply.ok ? reply.value : undefined;
  } catch {
    return undefined;
  }
}

function isPaused(pause: PauseState | undefined, site: string, now = Date.now()): boolean {
  if (!pause) return false;
  const active = (until: number | undefined) => until !== undefined && (until === 0 || until > now);
  return active(pause.everywhereUntil) || active(pause.sites?.[site]) || active(pause.sites?.[location.hostname]);
}

function siteEnabled(state: PolicyState | undefined, policy: Policy, id: SiteAdapter['id']): boolean {
  if (policy.sites?.enabled === false) return false;
  if (id === 'generic') return true;
  const user = state?.userSites?.[id as SiteId];
  if (user !== undefined && !state?.locked?.includes('sites')) return user;
  return policy.sites?.perSite?.[id as SiteId] !== false;
}

/** Boxes that are not drafts: autocomplete fields and boxes a site or admin opts out. */
function excluded(el: HTMLElement): boolean {
  return el.getAttribute('role') === 'combobox' || el.closest('[data-postsafe="off"]') !== null;
}

export class ComposerRuntime {
  private policyState: PolicyState | undefined;
  private pause: PauseState | undefined;
  private loaded: Promise<void> | undefined;
  private sessions = new Map<HTMLElement, ComposeSession>();
  private active: ComposeSession | undefined;
  private card: CardHandle | undefined;
  private open = false;
  private focusCard = true;
  private confirm: { button: HTMLElement | null } | null = null;
  private notice: string | undefined;
  private bypass = false;
  private frame = 0;
  private mutations: MutationObserver | undefined;
  private styledRoots = new Set<ShadowRoot>();
  /** redacted copies made for attached images (blob URLs), by image id; given back when the image goes */
  private redacted = new Map<string, { url: string; fileName: string }>();
  /** the card's previews of attached images with their regions outlined (blob URLs), by image id */
  private previews = new Map<string, { url?: string; key: string }>();

  constructor(private readonly doc: Document, readonly site: SiteAdapter) {}

  private get policy(): Policy {
    return this.policyState?.policy ?? DEFAULT_POLICY;
  }

  private get siteKey(): string {
    return this.site.id === 'generic' ? this.doc.location.hostname : this.site.id;
  }

  start(): void {
    const win = this.doc.defaultView;
    if (!win) return;
    win.addEventListener('focusin', this.onFocusIn, true);
    win.addEventListener('click', this.onClick, true);
    win.addEventListener('keydown', this.onKeyDown, true);
    win.addEventListener('scroll', this.onViewport, { capture: true, passive: true });
    win.addEventListener('resize', this.onViewport, { passive: true });
    try {
      browser.runtime.onMessage.addListener(this.onMessage);
    } catch {
      // no extension messaging (unit tests): policy falls back to the default
    }
    // Compose boxes added later by the single-page app, including autofocused ones.
    this.mutations = new MutationObserver(this.onMutations);
    this.mutations.observe(this.doc.documentElement, { childList: true, subtree: true });
    // Images attached to a compose box (file picker, drop, paste) are checked too.
    watchAttachments(win, this.onAttach);
    // Images attached before this composer was injected (the loader kept them).
    for (const attach of composerGlobals().__postsafePendingAttach?.splice(0) ?? []) this.onAttach(attach);
    this.loaded = this.load();
    const focused = this.deepActiveElement();
    if (focused) void this.consider([focused]);
  }

  private async load(): Promise<void> {
    const [state, pause] = await Promise.all([ask({ kind: 'policy/get' }), ask({ kind: 'pause/get' })]);
    this.policyState = state;
    this.pause = pause ?? { sites: {} };
  }

  private live(): boolean {
    return siteEnabled(this.policyState, this.policy, this.site.id) && !isPaused(this.pause, this.siteKey);
  }

  private deepActiveElement(): Element | null {
    const el = deepActive(this.doc);
    return el && el !== this.doc.body ? el : null;
  }

  private readonly onFocusIn = (event: FocusEvent) => {
    void this.consider(event.composedPath().filter((n): n is Element => n instanceof Element));
  };

  private readonly onMutations = (records: MutationRecord[]) => {
    // A box the page took away (a dialog closed, a re-render) takes its underlines, badge and card with it.
    if (records.some((r) => r.removedNodes.length) && [...this.sessions.keys()].some((el) => !el.isConnected)) this.dropRemoved();
    // Only an added box that already has focus matters now; others are picked up when focused.
    const focused = this.deepActiveElement();
    if (!focused || this.sessions.has(focused as HTMLElement)) return;
    if (records.some((r) => [...r.addedNodes].some((n) => n === focused || n.contains(focused)))) void this.consider([focused]);
  };

  /** Finds the compose box in an event path (innermost first) and activates it. */
  private async consider(path: Element[]): Promise<void> {
    const composer = this.composerIn(path);
    if (!composer) return;
    await this.loaded;
    if (!this.live()) return;
    this.activate(composer);
  }

  private composerIn(path: Element[]): HTMLElement | null {
    for (const adapter of [this.site, GENERIC_SITE]) {
      const selector = adapter.composers.join(',');
      for (const el of path) {
        if (el === this.card?.host) return null;
        if (!el.matches(selector) || !isEditable(el) || excluded(el)) continue;
        let host: HTMLElement = el;
        while (host.parentElement?.isContentEditable) host = host.parentElement;
        return host;
      }
    }
    return null;
  }

  private activate(el: HTMLElement): void {
    let session = this.sessions.get(el);
    if (!session) {
      ensureHighlightStyle(this.doc);
      // ::highlight() rules are scoped like any style: a box in an open shadow root needs them there too.
      const root = el.getRootNode();
      if (root instanceof ShadowRoot) {
        ensureHighlightStyle(root);
        this.styledRoots.add(root);
      }
      const mode = this.site.composers.some((s) => el.matches(s)) ? this.site.insertMode : insertModeFor(el);
      session = new ComposeSession(el, el instanceof HTMLTextAreaElement ? 'execCommand' : mode, checkInBackground, (s) => this.changed(s));
      this.sessions.set(el, session);
      void session.run();
    }
    if (this.active !== session) {
      this.active = session;
      this.open = false;
      this.confirm = null;
      this.render();
    }
  }

  /** Everything off: a pause or a disabled site leaves the page as it was. */
  private deactivate(): void {
    for (const s of this.sessions.values()) s.destroy();
    this.sessions.clear();
    this.active = undefined;
    this.card?.destroy();
    this.card = undefined;
    for (const copy of this.redacted.values()) URL.revokeObjectURL(copy.url);
    this.redacted.clear();
    for (const p of this.previews.values()) if (p.url) URL.revokeObjectURL(p.url);
    this.previews.clear();
    removeHighlightStyle(this.doc);
    for (const root of this.styledRoots) removeHighlightStyle(root);
    this.styledRoots.clear();
  }

  private lastReport = '';
  /** Drops the sessions whose box left the page; the card closes if it was showing one of them. */
  private dropRemoved(): void {
    for (const [el, s] of this.sessions) {
      if (el.isConnected) continue;
      s.destroy();
      this.sessions.delete(el);
      if (s === this.active) {
        this.active = undefined;
        this.open = false;
        this.confirm = null;
        this.render();
        // the popup and side panel must not go on listing findings of a box that is gone
        this.report([]);
      }
    }
  }

  private changed(session: ComposeSession): void {
    this.dropRemoved();
    if (session !== this.active) return;
    if (!session.allFindings.length && !session.scanningImages()) { this.open = false; this.confirm = null; }
    this.render();
    this.report(session.allFindings);
  }

  private readonly onAttach = (attach: AttachEvent) => {
    void this.attach(attach);
  };

  /** Checks the images of an attach action against the compose box they belong to. */
  private async attach(attach: AttachEvent): Promise<void> {
    await this.loaded;
    if (!this.live()) return;
    // A file input that now holds no images matters only if it held some we were showing.
    const held = [...this.sessions.values()].some((s) => s.images.some((i) => i.origin === attach.origin));
    if (!attach.files.length && !held) return;
    const session = this.sessionForAttach(attach);
    if (!session) return;
    if (this.active !== session) this.activate(session.el);
    const images = attach.files.map((file) => ({ name: file.name || 'image', read: () => readAsDataUrl(file), file }));
    await session.attachImages(attach.origin, attach.replaces, images, checkImageInBackground);
  }

  /**
   * The compose box an image goes with: the box it was dropped or pasted on, the box in the same
   * dialog or form as the file input, a not-yet-focused box there, else the last active box.
   */
  private sessionForAttach(attach: AttachEvent): ComposeSession | undefined {
    const sessions = [...this.sessions.values()];
    const onBox = sessions.find((s) => attach.path.includes(s.el));
    if (onBox) return onBox;
    const inContainer = sessions.find((s) => this.containerOf(s.el)?.contains(attach.origin));
    if (inContainer) return inContainer;
    for (const sel of this.site.containers) {
      const container = attach.origin.closest(sel);
      const box = container?.querySelector(this.site.composers.join(','));
      if (box && isEditable(box) && !excluded(box)) {
        this.activate(box);
        return this.sessions.get(box);
      }
    }
    return this.active;
  }

  private report(findings: ShownFinding[]): void {
    const summaries: FindingSummary[] = findings.map((f) => ({ rule: f.rule, category: f.category, severity: f.severity, message: f.message, ...(f.section ? { section: f.section } : {}) }));
    const key = JSON.stringify(summaries);
    if (key !== this.lastReport) {
      this.lastReport = key;
      void ask({ kind: 'findings/report', site: this.siteKey, findings: summaries });
    }
  }

  private render(): void {
    const session = this.active;
    if (!session || !session.el.isConnected) {
      this.card?.update(this.state(null));
      return;
    }
    this.card ??= mountCard(this.doc, this.actions);
    this.card.update(this.state(session));
  }

  private state(session: ComposeSession | null): CardState {
    const rect = session?.el.getBoundingClientRect();
    return {
      visible: !!session && !!rect && rect.width > 0,
      findings: (session?.allFindings ?? []).map((f) => ({
        id: f.id, rule: f.rule, severity: f.severity, category: f.category,
        message: f.image ? S.inImage(f.message) : f.message,
        // a face has no text to quote: the card says how many faces instead
        excerpt: f.category === 'FACE' ? S.faces(f.image?.boxes.length ?? 1) : f.excerpt.length > 80 ? `${f.excerpt.slice(0, 77)}…` : f.excerpt,
        fixes: f.image ? [] : this.fixesOf(f),
        ...(f.image ? { image: f.image.name } : {}),
      })),
      images: this.cardImages(session),
      scanning: session?.scanningImages() ?? false,
      unreadImages: session?.images.filter((i) => i.status === 'failed').length ?? 0,
      anchor: { x: rect ? rect.right : 0, y: rect ? rect.bottom : 0 },
      open: this.open,
      confirm: this.confirm !== null,
      focusCard: this.focusCard || this.confirm !== null,
      allowPostAnyway: this.policy.overrides?.allowPostAnyway !== false,
      requireReason: this.policy.overrides?.requireReason === true,
      hasReplyTemplate: (this.policy.replyTemplates?.length ?? 0) > 0,
      notice: this.notice,
    };
  }

  /** Attached images with regions to black out; redacted copies of images no longer attached are let go. */
  private cardImages(session: ComposeSession | null): CardImage[] {
    const live = new Set([...this.sessions.values()].flatMap((s) => s.images.map((i) => i.id)));
    for (const [id, copy] of this.redacted) {
      if (!live.has(id)) { URL.revokeObjectURL(copy.url); this.redacted.delete(id); }
    }
    for (const [id, p] of this.previews) {
      if (!live.has(id)) { if (p.url) URL.revokeObjectURL(p.url); this.previews.delete(id); }
    }
    return (session?.images ?? []).flatMap((img) => {
      const boxes = session!.regionsOf(img.id);
      if (!boxes.length || !img.file) return [];
      const copy = this.redacted.get(img.id);
      const preview = this.previewOf(session!, img.id, JSON.stringify(boxes));
      return [{ id: img.id, name: img.name, regions: boxes.length, ...(copy ? { redacted: copy } : {}), ...(preview ? { preview } : {}) }];
    });
  }

  /** The outlined preview of an image's regions: drawn once per set of regions, the card redrawn when it is ready. */
  private previewOf(session: ComposeSession, imageId: string, key: string): string | undefined {
    const known = this.previews.get(imageId);
    if (known?.key === key) return known.url;
    if (known?.url) URL.revokeObjectURL(known.url);
    this.previews.set(imageId, { key });
    void session.markedPreview(imageId).then((blob) => {
      if (!blob || this.previews.get(imageId)?.key !== key) return;
      this.previews.set(imageId, { key, url: URL.createObjectURL(blob) });
      this.render();
    }).catch((error: unknown) => console.debug('PostSafe: image preview failed', error));
    return undefined;
  }

  private readonly onViewport = () => {
    if (!this.active || !this.card) return;
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.render());
  };

  private record(kind: HistoryEntry['kind'], rules: string[]): void {
    for (const rule of new Set(rules)) void ask({ kind: 'history/record', entry: { kind, rule, site: this.siteKey, time: Date.now() } });
  }

  private readonly actions = {
    toggle: () => { this.open = !(this.open || this.confirm); this.focusCard = true; this.confirm = null; this.notice = undefined; this.render(); },
    close: () => {
      this.open = false; this.confirm = null; this.notice = undefined; this.render();
      this.active?.el.focus({ preventScroll: true });
    },
    applyFix: (id: string, index: number) => {
      const session = this.active;
      const f = session?.findings.find((x) => x.id === id);
      if (!session || !f) return;
      const fix = this.fixList(f)[index];
      const done = (ok: boolean) => { this.notice = ok ? undefined : S.writeFailed; this.render(); };
      if (!fix) return;
      if (fix.kind === 'redact' || fix.kind === 'replace') void session.replaceFinding(id, fix.replacement).then(done);
      else if (fix.kind === 'snippet') {
        const body = this.policy.snippets?.find((s) => s.id === fix.snippetId)?.body;
        if (body) void session.append(body).then(done);
      } else {
        const body = this.policy.replyTemplates?.find((t) => t.id === fix.templateId)?.body;
        if (body) this.copy(body);
      }
    },
    dismiss: (id: string) => {
      const f = this.active?.dismiss(id);
      if (f?.severity === 'block') this.record('override', [f.rule]);
    },
    copyReply: () => {
      const body = this.policy.replyTemplates?.[0]?.body;
      if (body) this.copy(body);
    },
    fix: () => { this.confirm = null; this.open = true; this.render(); },
    redactImage: (imageId: string) => {
      const session = this.active;
      if (!session) return;
      void session.redactedCopy(imageId).then((copy) => {
        if (!copy) throw new Error('nothing to redact');
        const old = this.redacted.get(imageId);
        if (old) URL.revokeObjectURL(old.url);
        const url = URL.createObjectURL(copy.blob);
        this.redacted.set(imageId, { url, fileName: copy.name });
        this.notice = undefined;
        this.render();
        // Offer the save straight away (this click is the user's gesture); the link stays in the card.
        const a = this.doc.createElement('a');
        a.href = url;
        a.download = copy.name;
        a.click();
      }).catch((error: unknown) => {
        console.debug('PostSafe: redacted copy failed', error);
        this.notice = S.redactFailed;
        this.render();
      });
    },
    postAnyway: () => {
      const session = this.active;
      const button = this.confirm?.button ?? (session ? this.submitButtonFor(session.el) : null);
      if (session) this.record('override', session.allFindings.filter((f) => f.severity === 'block').map((f) => f.rule));
      this.confirm = null;
      this.open = false;
      this.render();
      if (!button) return;
      // The clinician chose to post: let exactly this one click through.
      this.bypass = true;
      try { button.click(); } finally { setTimeout(() => { this.bypass = false; }, 0); }
    },
  };

  /** Copies a reply for a private channel; if the clipboard is refused, shows it to copy by hand. */
  private copy(body: string): void {
    void navigator.clipboard.writeText(body).then(
      () => { this.notice = S.copied; this.render(); },
      () => { this.notice = body; this.render(); },
    );
  }

  /** A finding's fixes, with the redact placeholder first (PHI without a redact fix still gets one). */
  private fixList(f: ShownFinding): Fix[] {
    const fixes = [...(f.fixes ?? [])];
    if (f.redactAs !== undefined && !fixes.some((x) => x.kind === 'redact')) fixes.unshift({ kind: 'redact', replacement: f.redactAs });
    const snippets = this.policy.snippets ?? [];
    const templates = this.policy.replyTemplates ?? [];
    // A fix naming a snippet or template the organisation's policy no longer has is not offered.
    return fixes.filter((x) => (x.kind === 'snippet' ? snippets.some((s) => s.id === x.snippetId) : x.kind === 'reply-template' ? templates.some((t) => t.id === x.templateId) : true));
  }

  private fixesOf(f: ShownFinding): { index: number; label: string }[] {
    return this.fixList(f).map((x, index) => ({
      index,
      label: x.kind === 'redact' ? S.redact(x.replacement)
        : x.kind === 'replace' ? x.label
        : x.kind === 'snippet' ? S.insertSnippet(this.policy.snippets.find((s) => s.id === x.snippetId)?.title ?? x.snippetId)
        : S.copyTemplate(this.policy.replyTemplates.find((t) => t.id === x.templateId)?.title ?? x.templateId),
    }));
  }

  private submitSelector(): string {
    return [...this.site.submitButtons, ...GENERIC_SITE.submitButtons].join(',');
  }

  private containerOf(el: HTMLElement): Element | null {
    for (const sel of this.site.containers) {
      const c = el.closest(sel);
      if (c) return c;
    }
    return null;
  }

  private submitButtonFor(el: HTMLElement): HTMLElement | null {
    const scope = this.containerOf(el) ?? this.doc;
    return scope.querySelector<HTMLElement>(this.submitSelector()) ?? this.doc.querySelector<HTMLElement>(this.submitSelector());
  }

  /** The session a Post button belongs to: the box in the same dialog/form, else the last active one. */
  private sessionForButton(button: Element): ComposeSession | undefined {
    for (const s of this.sessions.values()) {
      const c = this.containerOf(s.el);
      if (c?.contains(button)) return s;
    }
    return this.active;
  }

  private guard(event: Event, session: ComposeSession, button: HTMLElement | null): void {
    if (session.scanningImages()) {
      // An attached image is still being read: hold the post until its findings are in.
      event.preventDefault();
      event.stopImmediatePropagation();
      void Promise.all([session.isCurrent() ? null : session.run(), session.imagesSettled()]).then(() => {
        if (session.hasBlock()) this.showConfirm(session, button);
        else this.release(event, session, button);
      });
      return;
    }
    if (session.isCurrent()) {
      if (session.hasBlock()) {
        event.preventDefault();
        event.stopImmediatePropagation();
        this.showConfirm(session, button);
      }
      return;
    }
    // A fast typist pressed Post inside the typing pause: hold this post, check the draft as it is
    // now, then either ask first (a block finding) or let the post go through as the user meant.
    event.preventDefault();
    event.stopImmediatePropagation();
    void session.run().then(() => {
      if (session.hasBlock()) this.showConfirm(session, button);
      else this.release(event, session, button);
    });
  }

  private showConfirm(session: ComposeSession, button: HTMLElement | null): void {
    this.record('warning', session.allFindings.filter((f) => f.severity === 'block').map((f) => f.rule));
    this.active = session;
    this.confirm = { button };
    this.open = false;
    this.render();
  }

  /** Lets a held post through: the same click, or the same key on the compose box. */
  private release(event: Event, session: ComposeSession, button: HTMLElement | null): void {
    this.bypass = true;
    try {
      if (event instanceof KeyboardEvent) {
        const again = new KeyboardEvent(event.type, event);
        // Sites that ignore synthetic keys still get the post through their button.
        if (session.el.dispatchEvent(again) && button) button.click();
      } else {
        button?.click();
      }
    } finally {
      setTimeout(() => { this.bypass = false; }, 0);
    }
  }

  private readonly onClick = (event: MouseEvent) => {
    if (this.bypass || !this.sessions.size || this.card?.contains(event)) return;
    const path = event.composedPath();
    const clicked = [...this.sessions.values()].find((s) => path.includes(s.el));
    if (clicked) {
      this.openAtCaret(clicked);
      return;
    }
    const selector = this.submitSelector();
    const button = path.find((n): n is HTMLElement => n instanceof HTMLElement && n.matches(selector));
    if (!button) return;
    const session = this.sessionForButton(button);
    if (session) this.guard(event, session, button);
  };

  /** A click on underlined text opens the card, without taking focus from the editor. */
  private openAtCaret(session: ComposeSession): void {
    let at: { start: number; end: number } | null = null;
    try { at = selectionOffsets(session.el); } catch { at = null; }
    const onFinding = at !== null && at.start === at.end && session.findings.some((f) => f.start <= at.start && at.start <= f.end);
    if (onFinding === this.open && !this.confirm) return;
    this.active = session;
    this.open = onFinding;
    this.focusCard = false;
    this.confirm = null;
    this.render();
  }

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (this.bypass || !this.sessions.size) return;
    if (event.key === 'Escape' && (this.open || this.confirm) && this.active && event.composedPath().includes(this.active.el)) {
      this.open = false;
      this.confirm = null;
      this.render();
      return;
    }
    if (event.isComposing) return;
    const path = event.composedPath();
    const session = [...this.sessions.values()].find((s) => path.includes(s.el));
    if (!session) return;
    if (event.altKey && event.shiftKey && event.code === OPEN_CARD_CODE && session.allFindings.length) {
      // The keyboard way into the card (the badge sits outside the page's tab order).
      event.preventDefault();
      event.stopImmediatePropagation();
      this.active = session;
      this.open = true;
      this.focusCard = true;
      this.confirm = null;
      this.render();
      return;
    }
    const shortcut = this.site.submitShortcut;
    const isShortcut = !!shortcut && event.key === shortcut.key && (!shortcut.mod || event.ctrlKey || event.metaKey);
    // Comment boxes that post on a plain Enter (Shift+Enter is a new line there).
    const isEnterPost = event.key === 'Enter' && !event.shiftKey && !event.altKey && this.site.enterSubmits.some((sel) => session.el.matches(sel));
    if (isShortcut || isEnterPost) this.guard(event, session, this.submitButtonFor(session.el));
  };

  private readonly onMessage = (message: unknown) => {
    const m = message as TabMessage;
    if (!m || typeof m !== 'object') return undefined;
    if (m.kind === 'tab/insert-snippet' && typeof m.body === 'string') {
      const session = this.active;
      if (session?.el.isConnected) {
        // The box may still hold focus (the side panel is another document): use its live selection then.
        const focused = this.deepActiveElement();
        const caret = focused && session.el.contains(focused) ? selectionOffsets(session.el) : session.caret;
        void session.insert(m.body, caret);
      }
    } else if (m.kind === 'tab/policy-changed' || m.kind === 'tab/pause-changed') {
      this.loaded = this.load().then(() => {
        if (!this.live()) this.deactivate();
        else for (const s of this.sessions.values()) void s.run();
      });
    }
    return undefined;
  };
}

/** Starts the composer on a page, or does nothing at all on an unsupported one. */
export function startComposer(doc: Document): ComposerRuntime | null {
  const site = siteFor(doc.location.href);
  if (!site) {
    // Registered at run time on an organisation's own site: its policy says which adapter fits.
    void ask({ kind: 'policy/get' }).then((state) => {
      const orgSite = state && siteFor(doc.location.href, state.policy.sites ?? {});
      if (orgSite) new ComposerRuntime(doc, orgSite).start();
    });
    return null;
  }
  const runtime = new ComposerRuntime(doc, site);
  runtime.start();
  return runtime;
}
