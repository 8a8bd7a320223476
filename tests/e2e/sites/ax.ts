/**
 * The card lives in a CLOSED shadow root, which Playwright's selectors cannot enter. Tests reach it the
 * way assistive technology does: through the accessibility tree (Chrome DevTools Protocol), by role and
 * accessible name, then click the node's box with the real mouse. This also proves the card's controls
 * are labelled for screen readers.
 */
import type { CDPSession, Page } from 'playwright-core';

interface AXNode {
  role?: { value?: string };
  name?: { value?: string };
  backendDOMNodeId?: number;
  ignored?: boolean;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function cdp(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = page.context().newCDPSession(page).then(async (session) => {
      await session.send('DOM.enable');
      await session.send('Accessibility.enable');
      return session;
    });
    sessions.set(page, s);
  }
  return s;
}

export type NameMatch = string | RegExp;

function matches(name: string, want: NameMatch): boolean {
  return typeof want === 'string' ? name === want : want.test(name);
}

/** Accessible nodes of the whole page (closed shadow roots included) with a role and name. */
export async function axNodes(page: Page): Promise<{ role: string; name: string; id?: number }[]> {
  const session = await cdp(page);
  await session.send('DOM.getDocument', { depth: -1, pierce: true });
  const { nodes } = (await session.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  return nodes.filter((n) => !n.ignored).map((n) => ({ role: n.role?.value ?? '', name: n.name?.value ?? '', id: n.backendDOMNodeId }));
}

export async function findByRole(page: Page, role: string, name: NameMatch): Promise<{ role: string; name: string; id?: number } | undefined> {
  return (await axNodes(page)).find((n) => n.role === role && matches(n.name, name));
}

/** Polls until a node with this role and name exists; returns its accessible name. */
export async function waitForRole(page: Page, role: string, name: NameMatch, timeout = 10_000): Promise<string> {
  const until = Date.now() + timeout;
  for (;;) {
    const node = await findByRole(page, role, name);
    if (node) return node.name;
    if (Date.now() > until) throw new Error(`no ${role} named ${String(name)}; have: ${(await axNodes(page)).filter((n) => n.role === role).map((n) => n.name).join(' | ')}`);
    await page.waitForTimeout(50); // polling interval, not a wait for state
  }
}

/** Polls until no node with this role and name exists. */
export async function waitForNoRole(page: Page, role: string, name: NameMatch, timeout = 10_000): Promise<void> {
  const until = Date.now() + timeout;
  while (await findByRole(page, role, name)) {
    if (Date.now() > until) throw new Error(`${role} named ${String(name)} is still there`);
    await page.waitForTimeout(50); // polling interval
  }
}

/** Clicks the centre of the node with this role and name, with the real mouse. */
export async function clickRole(page: Page, role: string, name: NameMatch): Promise<void> {
  await waitForRole(page, role, name);
  const node = await findByRole(page, role, name);
  if (!node?.id) throw new Error(`${role} ${String(name)} has no DOM node`);
  const session = await cdp(page);
  const { model } = (await session.send('DOM.getBoxModel', { backendNodeId: node.id })) as { model: { border: number[] } };
  const q = model.border;
  const x = (q[0] + q[2] + q[4] + q[6]) / 4;
  const y = (q[1] + q[3] + q[5] + q[7]) / 4;
  await page.mouse.click(x, y);
}
