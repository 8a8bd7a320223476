/**
 * A compose session's attached images: scanning state, findings that hold the post, a file input's new
 * choice replacing its old one, dismissing, and a failed read holding nothing.
 */
import { describe, expect, it, vi } from 'vitest';
import { ComposeSession, type ImageChecker } from '../../../lib/editor/session';
import type { Finding } from '../../../lib/check/types';

const OCR_TEXT = 'MRN 00482913 jane@example.com';
const email: Finding = { start: 13, end: 29, category: 'EMAIL', rule: 'phi-email', severity: 'block', message: 'Looks like an e-mail address', evidence: { recognizer: 'email', score: 1 } };

function session() {
  const el = document.createElement('textarea');
  document.body.replaceChildren(el);
  let changes = 0;
  const s = new ComposeSession(el, 'execCommand', async () => [], () => { changes++; });
  return { s, changes: () => changes };
}

/** A checker whose answers the test releases by hand. */
function manualChecker() {
  const pending: ((v: { text: string; findings: Finding[] }) => void)[] = [];
  const checker: ImageChecker = () => new Promise((ok) => pending.push(ok));
  const answer = async (v: { text: string; findings: Finding[] }) => {
    await vi.waitFor(() => expect(pending.length).toBeGreaterThan(0));
    pending.shift()!(v);
  };
  return { checker, answer };
}

const image = (name: string) => ({ name, read: async () => `data:image/png;base64,${name}` });

describe('images attached to a compose session', () => {
  it('is scanning until the check answers, then a block finding in the image holds the post', async () => {
    const { s, changes } = session();
    const { checker, answer } = manualChecker();
    const input = {};
    const done = s.attachImages(input, true, [image('note.png')], checker);
    expect(s.scanningImages()).toBe(true);
    expect(changes()).toBe(1);
    expect(s.hasBlock()).toBe(false);
    await answer({ text: OCR_TEXT, findings: [email] });
    await done;
    await s.imagesSettled();
    expect(s.scanningImages()).toBe(false);
    expect(s.findings).toEqual([]); // nothing underlined in the text
    expect(s.allFindings).toMatchObject([{ rule: 'phi-email', excerpt: 'jane@example.com', image: { name: 'note.png' } }]);
    expect(s.hasBlock()).toBe(true);
    s.destroy();
  });

  it("a file input's new choice replaces its old images; an empty choice clears them", async () => {
    const { s } = session();
    const input = {};
    await s.attachImages(input, true, [image('note.png')], async () => ({ text: OCR_TEXT, findings: [email] }));
    expect(s.hasBlock()).toBe(true);
    await s.attachImages(input, true, [image('poster.png')], async () => ({ text: 'Flu clinic', findings: [] }));
    expect(s.images.map((i) => i.name)).toEqual(['poster.png']);
    expect(s.hasBlock()).toBe(false);
    await s.attachImages(input, true, [], async () => ({ text: '', findings: [] }));
    expect(s.images).toEqual([]);
    s.destroy();
  });

  it('dropped or pasted images add to the ones already there', async () => {
    const { s } = session();
    await s.attachImages({}, false, [image('a.png')], async () => ({ text: 'a', findings: [] }));
    await s.attachImages({}, false, [image('b.png')], async () => ({ text: 'b', findings: [] }));
    expect(s.images.map((i) => i.name)).toEqual(['a.png', 'b.png']);
    s.destroy();
  });

  it('a dismissed image finding stops holding the post', async () => {
    const { s } = session();
    await s.attachImages({}, false, [image('note.png')], async () => ({ text: OCR_TEXT, findings: [email] }));
    const id = s.allFindings[0].id;
    expect(s.dismiss(id)?.image).toEqual({ name: 'note.png' });
    expect(s.allFindings).toEqual([]);
    expect(s.hasBlock()).toBe(false);
    s.destroy();
  });

  it('an image that cannot be read is marked so and holds nothing', async () => {
    const { s } = session();
    await s.attachImages({}, false, [image('x.png')], async () => { throw new Error('no OCR in this browser'); });
    expect(s.images.map((i) => i.status)).toEqual(['failed']);
    expect(s.hasBlock()).toBe(false);
    s.destroy();
  });

  it('an answer that arrives after the image was replaced is dropped', async () => {
    const { s } = session();
    const { checker, answer } = manualChecker();
    const input = {};
    const first = s.attachImages(input, true, [image('note.png')], checker);
    await s.attachImages(input, true, [image('poster.png')], async () => ({ text: 'Flu clinic', findings: [] }));
    await answer({ text: OCR_TEXT, findings: [email] });
    await first;
    expect(s.images.map((i) => [i.name, i.status])).toEqual([['poster.png', 'done']]);
    expect(s.hasBlock()).toBe(false);
    s.destroy();
  });
});
