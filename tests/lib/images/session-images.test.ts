/**
 * A compose session's attached images: scanning state, findings that hold the post, a file input's new
 * choice replacing its old one, dismissing, and a failed read holding nothing.
 */
import { describe, expect, it, vi } from 'vitest';
import { ComposeSession, type ImageChecker } from '../../../lib/editor/session';
import type { ImageFinding } from '../../../lib/images/regions';

const OCR_TEXT = 'MRN 00482913 jane@example.com';
const EMAIL_BOX = { x: 120, y: 4, width: 150, height: 20 };
const email: ImageFinding = { start: 13, end: 29, category: 'EMAIL', rule: 'phi-email', severity: 'block', message: 'Looks like an e-mail address', evidence: { recognizer: 'email', score: 1 }, boxes: [EMAIL_BOX] };
const FACE_BOX = { x: 10, y: 10, width: 40, height: 40 };
const face: ImageFinding = { start: 0, end: 0, category: 'FACE', rule: 'phi-face', severity: 'block', message: 'A face is visible', evidence: { recognizer: 'face-detector', score: 0.9 }, boxes: [FACE_BOX] };

function session() {
  const el = document.createElement('textarea');
  document.body.replaceChildren(el);
  let changes = 0;
  const s = new ComposeSession(el, 'execCommand', async () => [], () => { changes++; });
  return { s, changes: () => changes };
}

/** A checker whose answers the test releases by hand. */
function manualChecker() {
  const pending: ((v: Awaited<ReturnType<ImageChecker>>) => void)[] = [];
  const checker: ImageChecker = () => new Promise((ok) => pending.push(ok));
  const answer = async (v: Awaited<ReturnType<ImageChecker>>) => {
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
    await answer({ text: OCR_TEXT, findings: [email], width: 300, height: 60 });
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
    await s.attachImages(input, true, [image('note.png')], async () => ({ text: OCR_TEXT, findings: [email], width: 300, height: 60 }));
    expect(s.hasBlock()).toBe(true);
    await s.attachImages(input, true, [image('poster.png')], async () => ({ text: 'Flu clinic', findings: [], width: 300, height: 60 }));
    expect(s.images.map((i) => i.name)).toEqual(['poster.png']);
    expect(s.hasBlock()).toBe(false);
    await s.attachImages(input, true, [], async () => ({ text: '', findings: [], width: 300, height: 60 }));
    expect(s.images).toEqual([]);
    s.destroy();
  });

  it('dropped or pasted images add to the ones already there', async () => {
    const { s } = session();
    await s.attachImages({}, false, [image('a.png')], async () => ({ text: 'a', findings: [], width: 300, height: 60 }));
    await s.attachImages({}, false, [image('b.png')], async () => ({ text: 'b', findings: [], width: 300, height: 60 }));
    expect(s.images.map((i) => i.name)).toEqual(['a.png', 'b.png']);
    s.destroy();
  });

  it('a dismissed image finding stops holding the post', async () => {
    const { s } = session();
    await s.attachImages({}, false, [image('note.png')], async () => ({ text: OCR_TEXT, findings: [email], width: 300, height: 60 }));
    const id = s.allFindings[0].id;
    expect(s.dismiss(id)?.image).toMatchObject({ name: 'note.png', boxes: [EMAIL_BOX] });
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
    await s.attachImages(input, true, [image('poster.png')], async () => ({ text: 'Flu clinic', findings: [], width: 300, height: 60 }));
    await answer({ text: OCR_TEXT, findings: [email], width: 300, height: 60 });
    await first;
    expect(s.images.map((i) => [i.name, i.status])).toEqual([['poster.png', 'done']]);
    expect(s.hasBlock()).toBe(false);
    s.destroy();
  });

  it('keeps each finding\'s regions; a dismissed finding\'s regions are no longer blacked out', async () => {
    const { s } = session();
    const file = new Blob(['png'], { type: 'image/png' });
    await s.attachImages({}, false, [{ ...image('ward.png'), file }], async () => ({ text: OCR_TEXT, findings: [email, face], width: 300, height: 60 }));
    const id = s.images[0].id;
    expect(s.regionsOf(id)).toEqual([EMAIL_BOX, FACE_BOX]);
    // two findings on the same word are one region
    await s.attachImages({}, false, [{ ...image('twice.png'), file }], async () => ({ text: OCR_TEXT, findings: [email, { ...email, rule: 'custom:x', category: 'CUSTOM' }], width: 300, height: 60 }));
    expect(s.regionsOf(s.images[1].id)).toEqual([EMAIL_BOX]);
    s.dismiss(s.allFindings.find((f) => f.category === 'EMAIL')!.id);
    expect(s.regionsOf(id)).toEqual([FACE_BOX]);
    s.destroy();
  });

  it('offers no redacted copy without regions or without the file', async () => {
    const { s } = session();
    await s.attachImages({}, false, [image('a.png')], async () => ({ text: OCR_TEXT, findings: [email], width: 300, height: 60 }));
    await s.attachImages({}, false, [{ ...image('b.png'), file: new Blob(['x']) }], async () => ({ text: 'b', findings: [], width: 300, height: 60 }));
    expect(await s.redactedCopy(s.images[0].id)).toBeUndefined();
    expect(await s.redactedCopy(s.images[1].id)).toBeUndefined();
    s.destroy();
  });
});
