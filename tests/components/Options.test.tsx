import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Options } from '../../components/Options';
import { DEFAULT_POLICY } from '../../lib/policy/default';
import { policyState, seedStores, snippet } from './helpers';

function drop(input: HTMLElement, name: string, text: string) {
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('Options', () => {
  afterEach(cleanup);

  it('loading and error', () => {
    seedStores({ policy: 'loading' });
    render(<Options />);
    expect(screen.getByText('Loading…')).toBeTruthy();
    cleanup();
    seedStores({ policy: 'error' });
    render(<Options />);
    expect(screen.getByRole('alert').textContent).toContain('background unavailable');
  });

  it('shows the policy in force; reset only for an imported policy', () => {
    seedStores();
    render(<Options />);
    expect(screen.getByText('Built-in default')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Reset to default' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('an import under the organisation\'s policy can still be removed', () => {
    const calls = seedStores({ policy: policyState({}, { source: 'managed', locked: ['organization'], hasImport: true }) });
    render(<Options />);
    const reset = screen.getByRole('button', { name: 'Reset to default' }) as HTMLButtonElement;
    expect(reset.disabled).toBe(false);
    fireEvent.click(reset);
    expect(calls).toContainEqual(['reset']);
  });

  it('an invalid file: errors by JSON path, nothing applied', async () => {
    const calls = seedStores();
    const { container } = render(<Options />);
    drop(container.querySelector('input[type=file]')!, 'broken.json', '{ "schemaVersion": 1,');
    await screen.findByText('broken.json is not a valid policy. Nothing was changed.');
    expect(screen.getByText('(document)')).toBeTruthy();
    expect(calls.some((c) => c[0] === 'importJson')).toBe(false);
  });

  it('a valid file: preview of what changes, then apply through the background', async () => {
    const calls = seedStores();
    const { container } = render(<Options />);
    const next = { ...DEFAULT_POLICY, organization: { name: 'Clinic' }, snippets: [...DEFAULT_POLICY.snippets, snippet(1), snippet(2)] };
    drop(container.querySelector('input[type=file]')!, 'clinic.json', JSON.stringify(next));
    await screen.findByText('What clinic.json would change');
    expect(screen.getByText('+ s1, s2')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Use this policy' }));
    await waitFor(() => expect(calls.some((c) => c[0] === 'importJson')).toBe(true));
    await screen.findByText('The imported policy is now in force.');
  });

  it('fields set by the organisation are locked', () => {
    seedStores({ policy: policyState({}, { source: 'managed', locked: ['sites', 'snippets'] }) });
    render(<Options />);
    expect(screen.getByText('Set by your organisation: sites, snippets')).toBeTruthy();
    const reddit = screen.getByLabelText('Reddit') as HTMLInputElement;
    expect(reddit.disabled).toBe(true);
    expect(screen.getByText("Your organisation's settings take precedence over anything you import.")).toBeTruthy();
  });

  it('per-site switches go to the background', () => {
    const calls = seedStores();
    render(<Options />);
    fireEvent.click(screen.getByLabelText('Reddit'));
    expect(calls).toContainEqual(['setSite', 'reddit', false]);
  });

  it('a long error list is cut with a count', async () => {
    seedStores({ policy: policyState({}, { errorSource: 'imported', errors: Array.from({ length: 70 }, (_, i) => ({ path: `/snippets/${i}`, message: 'bad' })) }) });
    render(<Options />);
    expect(screen.getByText('…and 20 more')).toBeTruthy();
  });
});
