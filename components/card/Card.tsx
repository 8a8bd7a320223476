/**
 * The in-page badge and card. Rendered into a closed shadow root (mount.ts) so the site's CSS cannot
 * reach it. Everything from a finding is rendered as text; nothing is ever set as HTML.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Severity } from '../../lib/check/types';
import { S } from './strings';

export interface CardFinding {
  id: string;
  rule: string;
  severity: Severity;
  category: string;
  message: string;
  /** the matched text, shown quoted so the clinician sees what was found */
  excerpt: string;
  /** the fixes offered, labelled for this finding (redact, the rule's suggestion, a snippet, a reply) */
  fixes: { index: number; label: string }[];
  /** found in this attached image (its file name) */
  image?: string;
}

/** An attached image with regions to black out, and its redacted copy once made. */
export interface CardImage {
  id: string;
  name: string;
  regions: number;
  redacted?: { url: string; fileName: string };
  /** a small preview with the regions outlined (blob URL), shown until the copy is made */
  preview?: string;
}

export interface CardState {
  visible: boolean;
  findings: CardFinding[];
  /** where the badge sits, in viewport pixels (bottom-right corner of the compose box) */
  anchor: { x: number; y: number };
  open: boolean;
  /** the Post guard is asking */
  confirm: boolean;
  /** move focus into the card when it opens (badge, guard); not when the clinician clicked an underline mid-typing */
  focusCard: boolean;
  allowPostAnyway: boolean;
  requireReason: boolean;
  hasReplyTemplate: boolean;
  notice?: string;
  /** an attached image is being read (OCR) */
  scanning?: boolean;
  /** attached images that could not be read (unsupported browser, too slow, not an image) */
  unreadImages?: number;
  /** attached images whose findings cover regions: each offers a redacted copy */
  images?: CardImage[];
}

export interface CardActions {
  toggle(): void;
  close(): void;
  applyFix(id: string, index: number): void;
  dismiss(id: string, reason: string): void;
  copyReply(): void;
  fix(): void;
  postAnyway(reason: string): void;
  /** makes (and offers to save) a copy of an attached image with its regions blacked out */
  redactImage(imageId: string): void;
}

const ORDER: Severity[] = ['block', 'warn', 'info'];

export function worstOf(findings: { severity: Severity }[]): Severity | null {
  for (const s of ORDER) if (findings.some((f) => f.severity === s)) return s;
  return null;
}

export function Badge({ state, actions }: { state: CardState; actions: CardActions }) {
  const worst = worstOf(state.findings);
  if (!state.visible) return null;
  if (!worst) {
    // Nothing found yet, but an image is being read: a quiet badge says so.
    if (!state.scanning) return null;
    return (
      <button
        type="button"
        class="badge badge-scanning"
        style={{ left: `${state.anchor.x - 30}px`, top: `${state.anchor.y - 30}px` }}
        aria-label={S.badgeScanning}
        aria-expanded={state.open || state.confirm}
        onClick={actions.toggle}
      >
        …
      </button>
    );
  }
  return (
    <button
      type="button"
      class={`badge badge-${worst}`}
      style={{ left: `${state.anchor.x - 30}px`, top: `${state.anchor.y - 30}px` }}
      aria-label={S.badgeLabel(state.findings.length, S.severity[worst])}
      aria-expanded={state.open || state.confirm}
      data-severity={worst}
      onClick={actions.toggle}
    >
      {state.findings.length}
    </button>
  );
}

function FindingItem({ f, state, actions }: { f: CardFinding; state: CardState; actions: CardActions }) {
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <li class={`finding finding-${f.severity}`}>
      <p class="sev">{S.severity[f.severity]}: {f.image !== undefined && <span class="where">{S.imageLabel} </span>}{f.excerpt && (f.category === 'FACE' ? <span>{f.excerpt}</span> : <q>{f.excerpt}</q>)}</p>
      <p class="msg">{f.message}</p>
      <div class="actions">
        {f.fixes.map((x) => <button type="button" key={x.index} onClick={() => actions.applyFix(f.id, x.index)}>{x.label}</button>)}
        {state.requireReason && asking ? (
          <span class="reason">
            <input aria-label={S.dismissReason} value={reason} onInput={(e) => setReason((e.target as HTMLInputElement).value)} />
            <button type="button" disabled={!reason.trim()} onClick={() => actions.dismiss(f.id, reason.trim())}>{S.dismiss}</button>
          </span>
        ) : (
          <button type="button" onClick={() => (state.requireReason ? setAsking(true) : actions.dismiss(f.id, ''))}>{S.dismiss}</button>
        )}
      </div>
    </li>
  );
}

/** The image fix: a new copy with the regions blacked out, to save and attach instead (never a silent swap). */
function RedactImage({ img, actions }: { img: CardImage; actions: CardActions }) {
  return (
    <div class="redact">
      {img.redacted ? (
        <>
          <img class="thumb" src={img.redacted.url} alt={S.redactedAlt(img.name)} />
          <p><a href={img.redacted.url} download={img.redacted.fileName}>{S.redactedLink(img.redacted.fileName)}</a></p>
          <p class="notice">{S.redactedNote}</p>
        </>
      ) : (
        <>
          {img.preview && <img class="thumb" src={img.preview} alt={S.markedAlt(img.name)} />}
          <button type="button" onClick={() => actions.redactImage(img.id)}>{S.redactImage(img.name, img.regions)}</button>
        </>
      )}
    </div>
  );
}

export function Card({ state, actions }: { state: CardState; actions: CardActions }) {
  const ref = useRef<HTMLDivElement>(null);
  const [reason, setReason] = useState('');
  const shown = state.visible && (state.open || state.confirm);
  useEffect(() => {
    // Keyboard users land in the card; Escape closes it (handled below).
    if (shown && state.focusCard) ref.current?.querySelector<HTMLElement>('button, input')?.focus({ preventScroll: true });
  }, [shown, state.confirm, state.focusCard]);
  if (!shown) return null;
  const top = Math.min(state.anchor.y + 8, window.innerHeight - 80);
  const left = Math.max(8, Math.min(state.anchor.x - 360, window.innerWidth - 372));
  return (
    <div
      ref={ref}
      class="card"
      role="dialog"
      aria-label={state.confirm ? S.confirmTitle : S.cardTitle}
      style={{ top: `${top}px`, left: `${left}px` }}
      onKeyDown={(e) => {
        // Keys typed in the card stay in the card (the site must not see Backspace or Enter).
        e.stopPropagation();
        if (e.key === 'Escape') actions.close();
      }}
    >
      <header>
        <strong>{state.confirm ? S.confirmTitle : S.cardTitle}</strong>
        <button type="button" class="close" aria-label={S.close} onClick={actions.close}>×</button>
      </header>
      {state.confirm && (
        <div class="confirm">
          <button type="button" class="primary" onClick={actions.fix}>{S.fix}</button>
          {state.allowPostAnyway && (
            state.requireReason ? (
              <span class="reason">
                <input aria-label={S.overrideReason} value={reason} onInput={(e) => setReason((e.target as HTMLInputElement).value)} />
                <button type="button" disabled={!reason.trim()} onClick={() => actions.postAnyway(reason.trim())}>{S.postAnyway}</button>
              </span>
            ) : (
              <button type="button" onClick={() => actions.postAnyway('')}>{S.postAnyway}</button>
            )
          )}
        </div>
      )}
      {state.scanning && <p class="scanning" role="status">{S.scanningImage}</p>}
      {/* the image fix first: a long list of findings must not push it out of the card's view */}
      {state.images?.map((img) => <RedactImage key={img.id} img={img} actions={actions} />)}
      {state.findings.length ? (
        <ul>
          {state.findings.map((f) => <FindingItem key={f.id} f={f} state={state} actions={actions} />)}
        </ul>
      ) : (
        !state.scanning && <p>{S.noFindings}</p>
      )}
      {!!state.unreadImages && <p class="notice">{S.imageUnread}</p>}
      {state.hasReplyTemplate && state.findings.length > 0 && (
        <p><button type="button" onClick={actions.copyReply}>{S.copyReply}</button></p>
      )}
      {state.notice && <p class="notice" role="status">{state.notice}</p>}
    </div>
  );
}

export function CardApp({ state, actions }: { state: CardState; actions: CardActions }) {
  return (
    <>
      <Badge state={state} actions={actions} />
      <Card state={state} actions={actions} />
    </>
  );
}
