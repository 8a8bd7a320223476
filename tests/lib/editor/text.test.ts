import { describe, expect, it } from 'vitest';
import { rangeFor, readEditable } from '../../../lib/editor/text';

function editor(html: string): HTMLElement {
  const el = document.createElement('div');
  el.contentEditable = 'true';
  el.innerHTML = html;
  document.body.replaceChildren(el);
  return el;
}

describe('reading a contenteditable', () => {
  it.each([
    ['plain text', 'call jane', 'call jane'],
    ['paragraphs (Lexical, ProseMirror, Quill)', '<p>one</p><p>two</p>', 'one\ntwo'],
    ['an empty line between paragraphs', '<p>one</p><p><br></p><p>two</p>', 'one\n\ntwo'],
    ['Draft.js blocks with spans', '<div data-block="true"><div><span data-text="true">one</span></div></div><div data-block="true"><div><span data-text="true">two</span></div></div>', 'one\ntwo'],
    ['a <br> inside a line', 'one<br>two', 'one\ntwo'],
    ['a trailing break (ProseMirror)', '<p>one<br class="ProseMirror-trailingBreak"></p><p>two</p>', 'one\ntwo'],
    ['non-editable chrome is skipped', '<p>one<span contenteditable="false">@chip</span></p>', 'one'],
  ])('%s', (_name, html, text) => {
    expect(readEditable(editor(html)).text).toBe(text);
  });

  it('maps offsets to a Range over the same characters, across nodes', () => {
    const el = editor('<p>Call <b>jane@exa</b>mple.com now</p><p>😀 at 254-83-6610</p>');
    const { text, segments } = readEditable(el);
    for (const needle of ['jane@example.com', '254-83-6610', 'now']) {
      const start = text.indexOf(needle);
      expect(rangeFor(segments, start, start + needle.length)?.toString()).toBe(needle);
    }
  });

  it('gives no range for an empty or out-of-bounds span', () => {
    const { segments } = readEditable(editor('<p>abc</p>'));
    expect(rangeFor(segments, 1, 1)).toBeNull();
    expect(rangeFor(segments, 5, 9)).toBeNull();
  });
});
