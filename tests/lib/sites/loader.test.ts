import { afterEach, describe, expect, it, vi } from 'vitest';
import { startLoader } from '../../../lib/sites/loader';

afterEach(() => { document.body.replaceChildren(); });

describe('the content-script loader', () => {
  it('loads the composer once, when an editable box first takes focus', () => {
    document.body.innerHTML = '<button>Like</button><textarea></textarea><div contenteditable="true"></div>';
    const load = vi.fn();
    const stop = startLoader(document, load);
    document.querySelector('button')!.focus();
    expect(load).not.toHaveBeenCalled();
    document.querySelector('textarea')!.focus();
    expect(load).toHaveBeenCalledTimes(1);
    (document.querySelector('[contenteditable]') as HTMLElement).focus();
    expect(load).toHaveBeenCalledTimes(1);
    stop();
  });

  it('loads at once when a box already has focus (an autofocused composer)', () => {
    document.body.innerHTML = '<textarea></textarea>';
    document.querySelector('textarea')!.focus();
    const load = vi.fn();
    startLoader(document, load);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('does nothing on a page where nothing editable takes focus', () => {
    document.body.innerHTML = '<a href="#">link</a><input type="checkbox">';
    const load = vi.fn();
    const stop = startLoader(document, load);
    document.querySelector('a')!.focus();
    document.querySelector('input')!.focus();
    expect(load).not.toHaveBeenCalled();
    stop();
  });

  it('loads when an attach event is claimed (an image attached before any box had focus), not otherwise', () => {
    document.body.innerHTML = '<input type="file">';
    const load = vi.fn();
    const claim = vi.fn((event: Event) => event.type === 'drop');
    const stop = startLoader(document, load, claim);
    const input = document.querySelector('input')!;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect(claim).toHaveBeenCalledTimes(1);
    expect(load).not.toHaveBeenCalled();
    input.dispatchEvent(new Event('drop', { bubbles: true }));
    expect(load).toHaveBeenCalledTimes(1);
    stop();
  });
});
