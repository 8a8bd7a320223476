/**
 * Who may talk to the background: this extension's own pages and its content scripts, nothing else.
 * Web pages cannot reach runtime.onMessage, but another extension or a compromised renderer could try;
 * every message is checked before it is read.
 */
import { CONTENT_SCRIPT_KINDS, PAGE_KINDS, type Request } from './protocol';

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export type SenderKind = 'page' | 'content-script';

/** Classifies a sender, or returns null for anyone who is not this extension. */
export function classifySender(sender: SenderInfo, extensionId: string, extensionOrigin: string): SenderKind | null {
  if (!sender || sender.id !== extensionId) return null;
  const url = sender.url ?? '';
  if (url.startsWith(extensionOrigin)) return 'page';
  if (sender.tab && typeof sender.tab.id === 'number') return 'content-script';
  return null;
}

const KINDS = new Set<Request['kind']>([...CONTENT_SCRIPT_KINDS, ...PAGE_KINDS]);

/** A structural check of an incoming request: a known kind and the fields it needs. */
export function isRequest(value: unknown): value is Request {
  if (!value || typeof value !== 'object') return false;
  const kind = (value as { kind?: unknown }).kind;
  return typeof kind === 'string' && KINDS.has(kind as Request['kind']);
}

export function maySend(kind: SenderKind, request: Request): boolean {
  return kind === 'page' ? PAGE_KINDS.has(request.kind) : CONTENT_SCRIPT_KINDS.has(request.kind);
}
