import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SnippetLibrary } from '../../components/SnippetLibrary';
import { snippet } from './helpers';

/** Picks an option the way a user does: the browser fires both input and change. */
function choose(select: HTMLElement, value: string) {
  (select as HTMLSelectElement).value = value;
  select.dispatchEvent(new Event('input', { bubbles: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

const NOW = Date.parse('2026-11-23T00:00:00Z');

describe('SnippetLibrary', () => {
  afterEach(cleanup);

  it('empty library', () => {
    render(<SnippetLibrary snippets={[]} onInsert={null} now={NOW} />);
    expect(screen.getByText('Your policy has no approved snippets.')).toBeTruthy();
  });

  it('long list: all shown and counted', () => {
    render(<SnippetLibrary snippets={Array.from({ length: 60 }, (_, i) => snippet(i))} onInsert={null} now={NOW} />);
    expect(screen.getByText('Showing 60 of 60 snippets')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /^Insert/ })).toHaveLength(60);
  });

  it('searches words and tags, filters language and topic', async () => {
    const list = [snippet(1, { title: 'Flu shot', tags: ['flu'] }), snippet(2, { title: 'Hand washing', tags: ['hygiene'], language: 'es' })];
    render(<SnippetLibrary snippets={list} onInsert={null} now={NOW} />);
    const search = screen.getByLabelText('Search snippets by words or tags');
    fireEvent.input(search, { target: { value: 'hygiene' } });
    await screen.findByText('Showing 1 of 2 snippets');
    expect(screen.getByText('Hand washing')).toBeTruthy();
    fireEvent.input(search, { target: { value: '' } });
    choose(screen.getByLabelText('Language'), 'en');
    await waitFor(() => expect(screen.queryByText('Hand washing')).toBeNull());
    choose(screen.getByLabelText('Language'), '');
    choose(screen.getByLabelText('Topic'), 'hygiene');
    await waitFor(() => expect(screen.queryByText('Flu shot')).toBeNull());
    fireEvent.input(search, { target: { value: 'nothing-like-this' } });
    await screen.findByText(/No snippet matches/);
  });

  it('hides expired snippets until asked, then marks them and refuses to insert', () => {
    const list = [snippet(1), snippet(2, { title: 'Old advice', expires: '2020-01-01' })];
    render(<SnippetLibrary snippets={list} onInsert={vi.fn()} now={NOW} />);
    expect(screen.queryByText('Old advice')).toBeNull();
    fireEvent.click(screen.getByLabelText('Show expired'));
    expect(screen.getByText('Old advice')).toBeTruthy();
    expect(screen.getByText(/Expired .*: do not use/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Insert “Old advice” into the draft' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('inserts through the background and reports failure', async () => {
    const onInsert = vi.fn().mockResolvedValueOnce({ ok: true }).mockResolvedValueOnce({ ok: false, error: 'no tab' });
    render(<SnippetLibrary snippets={[snippet(1)]} onInsert={onInsert} now={NOW} />);
    const button = screen.getByRole('button', { name: 'Insert “Snippet 1” into the draft' });
    fireEvent.click(button);
    await waitFor(() => expect(screen.getByText('Inserted')).toBeTruthy());
    expect(onInsert).toHaveBeenCalledWith('s1');
    fireEvent.click(button);
    await waitFor(() => expect(screen.getByText(/No compose box/)).toBeTruthy());
  });

  it('copies the snippet body', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<SnippetLibrary snippets={[snippet(1)]} onInsert={null} now={NOW} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy “Snippet 1”' }));
    await waitFor(() => expect(screen.getByText('Copied')).toBeTruthy());
    expect(writeText).toHaveBeenCalledWith('Body of snippet 1');
  });

  it('renders snippet bodies as text', () => {
    const { container } = render(<SnippetLibrary snippets={[snippet(1, { body: '<script>x()</script><b>bold</b>' })]} onInsert={null} now={NOW} />);
    expect(container.querySelector('script, b')).toBeNull();
  });
});
