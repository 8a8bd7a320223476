/**
 * One compose box being checked: reads its text after a typing pause, runs the checker, and places
 * the underlines. The checker stays off the hot path: a debounce, a length cap, and no exception ever
 * reaches the page.
 */
import { PHI_CATEGORIES, type Finding, type Severity } from '../check/types';
import type { Box, ImageFinding } from '../images/regions';
import { redactImage, redactedName, markedPreview } from '../images/redact';
import { setHighlights } from './highlight';
import type { InsertMode } from './insert';
import { insertAtCaret, replaceText } from './insert';
import { TextareaMirror } from './mirror';
import { rangeFor, readComposer, selectionOffsets, type EditorText } from './text';

/** Typing pause before a check. */
export const DEBOUNCE_MS = 300;
/** How many times a failed check of the same draft is tried again before the box is left unchecked. */
const MAX_RETRIES = 3;
/**
 * Editors merge edits that come close together into one undo step (Quill: 1000 ms). A fix applied right
 * after typing would then be undone together with the typing, and Ctrl+Z would take the draft with it,
 * so a fix waits until this long after the last keystroke.
 */
export const UNDO_GAP_MS = 1100;
/** Drafts longer than this are checked only up to here: a huge paste must never freeze typing. */
export const MAX_DRAFT_CHARS = 50_000;

/** Checks a draft; the content script asks the background, so the page's main thread stays free. */
export type Checker = (text: string) => Promise<Finding[]>;

/**
 * Reads an attached image's text and faces and checks them (in the background): the text, the findings
 * with the regions of the image each covers, and the image's size.
 */
export type ImageChecker = (dataUrl: string) => Promise<{ text: string; findings: ImageFinding[]; width: number; height: number }>;

/** One image attached to this compose box: being scanned, scanned, or not readable. */
export interface ImageScan {
  id: string;
  name: string;
  /** the file input, drop target or paste target it came from (a file input's new choice replaces its old one) */
  origin: object;
  status: 'scanning' | 'done' | 'failed';
  findings: ShownFinding[];
  /** the attached file itself, kept while it is attached, for a redacted copy (never changed or sent) */
  file?: Blob;
}

const PHI = new Set<string>(PHI_CATEGORIES);

export interface ShownFinding extends Finding {
  id: string;
  excerpt: string;
  redactAs?: string;
  /** found in an attached image (no underline, no text redact: the fix is a redacted copy of the image) */
  image?: { name: string; scanId: string; boxes: Box[] };
}

/** The placeholder a finding is redacted with: its redact fix, or the PHI category in brackets. */
export function placeholderFor(f: Finding): string | undefined {
  const fix = f.fixes?.find((x) => x.kind === 'redact');
  if (fix) return fix.replacement;
  return PHI.has(f.category) ? `[${f.category.toLowerCase().replace(/_/g, ' ')}]` : undefined;
}

export class ComposeSession {
  /** findings in the draft's text (underlined) */
  findings: ShownFinding[] = [];
  /** attached images and their findings */
  images: ImageScan[] = [];
  private imageSeq = 0;
  private scans = new Set<Promise<void>>();
  text = '';
  /** the caret when the box last lost focus, for snippet insertion */
  caret: { start: number; end: number } | null = null;
  private dismissed = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private observer: MutationObserver | undefined;
  private mirror: TextareaMirror | undefined;
  // Typing may have happened before the session attached (it waits for the policy): count from now.
  private lastInput = Date.now();
  /** bumps with every check, so a slow answer for older text is dropped */
  private seq = 0;
  /** checks in a row that failed (a cold background that did not answer in time): retried a few times */
  private failures = 0;
  /** the text the current findings were computed for (null before the first answer) */
  private checked: string | null = null;
  private readonly onInput = () => { this.lastInput = Date.now(); this.schedule(); };
  private readonly onBlur = () => { this.caret = this.safeSelection(); };

  constructor(
    readonly el: HTMLElement,
    readonly mode: InsertMode,
    private readonly checker: Checker,
    private readonly onChange: (session: ComposeSession) => void,
  ) {
    el.addEventListener('input', this.onInput);
    el.addEventListener('focusout', this.onBlur);
    if (!(el instanceof HTMLTextAreaElement)) {
      // Rich editors change their DOM without input events (paste handling, undo): watch the tree too.
      this.observer = new MutationObserver(this.onInput);
      this.observer.observe(el, { characterData: true, childList: true, subtree: true });
    }
  }

  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), DEBOUNCE_MS);
  }

  /** Checks now (the Post guard cannot wait for the typing pause). Never rejects. */
  async run(): Promise<ShownFinding[]> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const seq = ++this.seq;
    try {
      const draft = this.clip(this.read().text);
      const found = await this.checker(draft);
      if (seq !== this.seq) return this.findings; // a newer check is under way
      // The box may have changed while the checker ran: paint only onto the text it saw.
      const read = this.read();
      if (this.clip(read.text) !== draft) {
        this.schedule();
        return this.findings;
      }
      this.failures = 0;
      this.text = read.text;
      this.checked = read.text;
      this.findings = found
        .map((f) => ({ ...f, id: `${f.rule}:${f.start}:${f.end}`, excerpt: draft.slice(f.start, f.end), redactAs: placeholderFor(f) }))
        .filter((f) => !this.dismissed.has(this.key(f)));
      this.paint(read);
    } catch (error) {
      if (seq !== this.seq) return this.findings;
      // A checker or DOM failure must never break the site's editor: show nothing rather than throw.
      this.findings = [];
      this.checked = null;
      setHighlights(this, null);
      console.debug('PostSafe: check skipped', error);
      // A background still starting up on a busy machine answers late: try the same draft again, a few times.
      if (++this.failures <= MAX_RETRIES) this.schedule();
    }
    this.onChange(this);
    return this.findings;
  }

  /** True when the findings describe exactly the text in the box now (no edit since the last check). */
  isCurrent(): boolean {
    try {
      return this.checked !== null && this.read().text === this.checked;
    } catch {
      return false;
    }
  }

  private clip(text: string): string {
    return text.length > MAX_DRAFT_CHARS ? text.slice(0, MAX_DRAFT_CHARS) : text;
  }

  /** Text findings and image findings, as the card lists them. */
  get allFindings(): ShownFinding[] {
    return [...this.findings, ...this.images.flatMap((i) => i.findings)];
  }

  /** A block finding in the text or in an attached image holds the post. */
  hasBlock(): boolean {
    return this.allFindings.some((f) => f.severity === 'block');
  }

  scanningImages(): boolean {
    return this.images.some((i) => i.status === 'scanning');
  }

  /** Resolves when every image scan under way has finished (read or failed). */
  async imagesSettled(): Promise<void> {
    while (this.scans.size) await Promise.all([...this.scans]);
  }

  /**
   * Scans attached images: each shows as "scanning" at once, then its findings (or nothing, if it
   * could not be read). Images from a file input replace that input's earlier choice.
   */
  attachImages(origin: object, replaces: boolean, images: { name: string; read: () => Promise<string>; file?: Blob }[], checker: ImageChecker): Promise<void> {
    if (replaces) this.images = this.images.filter((i) => i.origin !== origin);
    const added: ImageScan[] = images.map((img) => ({
      id: `image${++this.imageSeq}`, name: img.name, origin, status: 'scanning', findings: [], ...(img.file ? { file: img.file } : {}),
    }));
    this.images = [...this.images, ...added];
    this.onChange(this);
    const scans = added.map((scan, n) => this.scanImage(scan, images[n].read, checker));
    const all = Promise.all(scans).then(() => undefined);
    this.scans.add(all);
    return all.finally(() => this.scans.delete(all));
  }

  private async scanImage(scan: ImageScan, read: () => Promise<string>, checker: ImageChecker): Promise<void> {
    let status: ImageScan['status'] = 'failed';
    let findings: ShownFinding[] = [];
    try {
      const { text, findings: found } = await checker(await read());
      status = 'done';
      findings = found.map(({ boxes, ...f }) => ({
        ...f, id: `${scan.id}:${f.rule}:${f.start}:${f.end}`, excerpt: text.slice(f.start, f.end), image: { name: scan.name, scanId: scan.id, boxes },
      }));
    } catch (error) {
      console.debug('PostSafe: image check skipped', error);
    }
    // The image may have been replaced or the session ended meanwhile: then this answer is stale.
    if (!this.images.includes(scan)) return;
    this.images = this.images.map((i) => (i === scan ? { ...scan, status, findings: findings.filter((f) => !this.dismissed.has(this.key(f))) } : i));
    this.onChange(this);
  }

  /** The regions of an attached image that its (not dismissed) findings cover, each once. */
  regionsOf(scanId: string): Box[] {
    const boxes = this.images.find((i) => i.id === scanId)?.findings.flatMap((f) => f.image?.boxes ?? []) ?? [];
    const seen = new Set<string>();
    return boxes.filter((b) => { const k = `${b.x},${b.y},${b.width},${b.height}`; return !seen.has(k) && !!seen.add(k); });
  }

  /**
   * A copy of an attached image with every region a finding covers blacked out, for the clinician to
   * save and attach instead. The attachment itself is never touched. Undefined when there is nothing
   * to black out or the file is gone.
   */
  async redactedCopy(scanId: string): Promise<{ blob: Blob; name: string } | undefined> {
    const scan = this.images.find((i) => i.id === scanId);
    const boxes = this.regionsOf(scanId);
    if (!scan?.file || !boxes.length) return undefined;
    return { blob: await redactImage(scan.file, boxes), name: redactedName(scan.name) };
  }

  /** The card's small preview of an attached image with its regions outlined; undefined when there are none. */
  async markedPreview(scanId: string): Promise<Blob | undefined> {
    const scan = this.images.find((i) => i.id === scanId);
    const boxes = this.regionsOf(scanId);
    if (!scan?.file || !boxes.length) return undefined;
    return markedPreview(scan.file, boxes);
  }

  dismiss(id: string): ShownFinding | undefined {
    const f = this.allFindings.find((x) => x.id === id);
    if (!f) return undefined;
    this.dismissed.add(this.key(f));
    if (f.image) {
      this.images = this.images.map((i) => ({ ...i, findings: i.findings.filter((x) => !this.dismissed.has(this.key(x))) }));
      this.onChange(this);
    } else {
      void this.run();
    }
    return f;
  }

  /** Redacts a finding through the editor's own input path; resolves false if the editor refused. */
  async redact(id: string): Promise<boolean> {
    const f = this.findings.find((x) => x.id === id);
    return f?.redactAs !== undefined ? this.replaceFinding(id, f.redactAs) : false;
  }

  /**
   * Replaces a finding's text (redact, a rule's suggestion) through the editor's own input path.
   * Resolves false if the editor refused or the text is no longer there.
   */
  async replaceFinding(id: string, replacement: string): Promise<boolean> {
    let f = this.findings.find((x) => x.id === id);
    if (!f) return false;
    await this.undoGap();
    // The draft may have changed since the check: find the same text again before writing.
    const current = this.read().text;
    if (current.slice(f.start, f.end) !== f.excerpt) {
      const key = this.key(f);
      f = (await this.run()).find((x) => this.key(x) === key);
      if (!f) return false;
    }
    const ok = await replaceText(this.el, f.start, f.end, replacement, { mode: this.mode });
    await this.run();
    return ok;
  }

  /** Inserts approved text at a caret (or at the end), as its own undo step. */
  async insert(body: string, caret: { start: number; end: number } | null): Promise<boolean> {
    await this.undoGap();
    const ok = await insertAtCaret(this.el, body, this.mode, caret ?? undefined);
    await this.run();
    return ok;
  }

  /** Adds approved text after the draft, as its own paragraph. */
  async append(body: string): Promise<boolean> {
    await this.undoGap();
    const current = this.read().text;
    const sep = !current.trim() ? '' : current.endsWith('\n\n') ? '' : current.endsWith('\n') ? '\n' : '\n\n';
    const ok = await insertAtCaret(this.el, sep + body, this.mode, { start: current.length, end: current.length });
    await this.run();
    return ok;
  }

  destroy(): void {
    clearTimeout(this.timer);
    this.seq++; // an answer still on its way must not paint a destroyed session
    this.observer?.disconnect();
    this.el.removeEventListener('input', this.onInput);
    this.el.removeEventListener('focusout', this.onBlur);
    this.mirror?.destroy();
    this.mirror = undefined;
    this.images = [];
    setHighlights(this, null);
  }

  private undoGap(): Promise<void> {
    const wait = this.lastInput + UNDO_GAP_MS - Date.now();
    return wait > 0 ? new Promise((ok) => setTimeout(ok, wait)) : Promise.resolve();
  }

  private key(f: ShownFinding): string {
    return `${f.image ? 'image' : 'text'}\u0000${f.rule}\u0000${f.excerpt}`;
  }

  private read(): EditorText {
    return readComposer(this.el);
  }

  private safeSelection(): { start: number; end: number } | null {
    try { return selectionOffsets(this.el); } catch { return null; }
  }

  private paint(read: EditorText): void {
    const ranges: Record<Severity, Range[]> = { block: [], warn: [], info: [] };
    let place: (start: number, end: number) => Range | null;
    if (this.el instanceof HTMLTextAreaElement) {
      if (!this.findings.length && !this.mirror) { setHighlights(this, null); return; }
      this.mirror ??= new TextareaMirror(this.el);
      const mirror = this.mirror;
      mirror.update(read.text);
      place = (s, e) => mirror.rangeFor(s, e);
    } else {
      place = (s, e) => rangeFor(read.segments, s, e);
    }
    for (const f of this.findings) {
      const r = place(f.start, f.end);
      if (r) ranges[f.severity].push(r);
    }
    setHighlights(this, ranges);
  }
}
