/**
 * The typed client: `send(request)` resolves with that request's response type. Replies travel in an
 * envelope so a refused or failed request rejects here with the background's reason.
 */
import { browser } from 'wxt/browser';
import type { Request, ResponseFor } from './protocol';

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: string };

export type Transport = (request: Request) => Promise<unknown>;

const runtimeTransport: Transport = (request) => browser.runtime.sendMessage(request);
let transport: Transport = runtimeTransport;

/** Tests swap the transport for a fake background; `resetTransport()` puts the runtime back. */
export function setTransport(next: Transport): void {
  transport = next;
}
export function resetTransport(): void {
  transport = runtimeTransport;
}

export async function send<R extends Request>(request: R): Promise<ResponseFor<R>> {
  const reply = (await transport(request)) as Envelope<ResponseFor<R>> | undefined;
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) throw new Error('PostSafe background did not answer');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
