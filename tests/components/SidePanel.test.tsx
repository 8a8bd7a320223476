import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { parseHash, SidePanel } from '../../components/SidePanel';
import { policyState, seedStores, snippet } from './helpers';
import { useTabStore } from '../../lib/store/tab';

const sections = [
  { id: 'phi', title: 'Patient information', markdown: 'Never.' },
  { id: 'advice', title: 'Advice', markdown: 'Not in public.' },
];

describe('SidePanel', () => {
  afterEach(() => { cleanup(); location.hash = ''; });

  it('parses deep links', () => {
    expect(parseHash('#section=phi')).toEqual({ tab: 'policy', section: 'phi' });
    expect(parseHash('#snippets')).toEqual({ tab: 'snippets' });
    expect(parseHash('#nonsense')).toEqual({});
  });

  it('loading and error', () => {
    seedStores({ policy: 'loading' });
    render(<SidePanel />);
    expect(screen.getByText('Loading…')).toBeTruthy();
    cleanup();
    seedStores({ policy: 'error' });
    render(<SidePanel />);
    expect(screen.getByRole('alert').textContent).toContain('background unavailable');
  });

  it('live findings for the active tab, with "Why?" leading to the policy section', async () => {
    seedStores({
      site: 'x.com',
      policy: policyState({ policyText: sections }),
      findings: [{ rule: 'patient-story', category: 'PATIENT_STORY', severity: 'warn', message: 'Sounds like a patient story', section: 'phi' }],
    });
    const { container } = render(<SidePanel />);
    expect(screen.getByText('Sounds like a patient story')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Why is this a problem?' }));
    await waitFor(() => expect(container.querySelector('#section-phi.focused')).toBeTruthy());
  });

  it('opens at the deep-linked section', () => {
    location.hash = '#section=advice';
    seedStores({ policy: policyState({ policyText: sections }) });
    const { container } = render(<SidePanel />);
    expect(screen.getByRole('tab', { name: 'Policy' }).getAttribute('aria-selected')).toBe('true');
    expect(container.querySelector('#section-advice.focused')).toBeTruthy();
  });

  it('the snippet tab: Insert needs a tab, Copy works anywhere', async () => {
    location.hash = '#snippets';
    seedStores({ site: null, policy: policyState({ snippets: [snippet(1)] }) });
    useTabStore.setState({ tabId: undefined });
    render(<SidePanel />);
    expect((screen.getByRole('button', { name: 'Insert “Snippet 1” into the draft' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Copy “Snippet 1”' }) as HTMLButtonElement).disabled).toBe(false);
    expect(screen.getByText(/Insert works in a compose box/)).toBeTruthy();
  });

  it('arrow keys move between tabs', async () => {
    seedStores();
    render(<SidePanel />);
    const first = screen.getByRole('tab', { name: 'Warnings' });
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Policy' }).getAttribute('aria-selected')).toBe('true'));
    fireEvent.keyDown(screen.getByRole('tab', { name: 'Policy' }), { key: 'End' });
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Snippets' }).getAttribute('aria-selected')).toBe('true'));
  });

  it('an unsupported page says how to get findings', () => {
    seedStores({ site: null });
    render(<SidePanel />);
    expect(screen.getByText(/Click into one to see its warnings/)).toBeTruthy();
  });
});
