/** Which attach actions carry images PostSafe reads: file pickers, drops and pastes of image files. */
import { describe, expect, it } from 'vitest';
import { attachEventOf, imageFiles } from '../../../lib/images/attachments';
import { MAX_IMAGE_BYTES, MAX_IMAGES_PER_ATTACH } from '../../../lib/images/assets';

const file = (name: string, type: string, size = 10) => new File([new Uint8Array(size)], name, { type });

describe('attached images', () => {
  it('keeps image files only, within the size and count limits', () => {
    const files = [file('a.png', 'image/png'), file('b.pdf', 'application/pdf'), file('c.jpg', 'image/jpeg'), file('empty.png', 'image/png', 0)];
    expect(imageFiles(files).map((f) => f.name)).toEqual(['a.png', 'c.jpg']);
    const huge = { name: 'huge.png', type: 'image/png', size: MAX_IMAGE_BYTES + 1 } as File;
    expect(imageFiles([huge])).toEqual([]);
    const many = Array.from({ length: 10 }, (_, i) => file(`${i}.png`, 'image/png'));
    expect(imageFiles(many)).toHaveLength(MAX_IMAGES_PER_ATTACH);
  });

  it('a file input change is an attach action that replaces the input\'s earlier choice', () => {
    const input = document.createElement('input');
    input.type = 'file';
    document.body.replaceChildren(input);
    Object.defineProperty(input, 'files', { value: [file('a.png', 'image/png')] });
    let seen: ReturnType<typeof attachEventOf> = null;
    input.addEventListener('change', (e) => { seen = attachEventOf(e); });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect(seen).toMatchObject({ origin: input, replaces: true });
    expect(seen!.files.map((f) => f.name)).toEqual(['a.png']);
  });

  it('a change on anything but a file input is not an attach action', () => {
    const select = document.createElement('select');
    document.body.replaceChildren(select);
    let seen: ReturnType<typeof attachEventOf> | undefined;
    select.addEventListener('change', (e) => { seen = attachEventOf(e); });
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(seen).toBeNull();
  });
});
