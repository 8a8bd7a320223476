import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Popup } from '../../components/Popup';
import { useHistoryStore } from '../../lib/store/history';
import { usePauseStore } from '../../lib/store/pause';
import { policyState, seedStores } from './helpers';
import { DEFAULT_POLICY } from '../../lib/policy/default';

describe('Popup', () => {
  afterEach(cleanup);

  it('loading', () => {
    seedStores({ policy: 'loading' });
    render(<Popup />);
    expect(screen.getByRole('status').textContent).toBe('Loading…');
  });

  it('error', () => {
    seedStores({ policy: 'error' });
    render(<Popup />);
    expect(screen.getByRole('alert').textContent).toContain('background unavailable');
  });

  it('a page with no compose box: no site pause, no findings; pausing everywhere still offered', () => {
    seedStores({ site: null });
    render(<Popup />);
    expect(screen.getByText('No compose box checked on this page')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Pause on this site' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Pause for an hour' })).toBeTruthy();
    expect(screen.queryByText('Warnings in this draft')).toBeNull();
    expect(screen.getByText('Built-in default')).toBeTruthy();
  });

  it('a supported site: findings by severity and the three ways to pause', () => {
    const calls = seedStores({ site: 'x.com', findings: [{ rule: 'phi-phone', category: 'PHONE', severity: 'block', message: 'Phone number' }] });
    render(<Popup />);
    expect(screen.getByText('Checking drafts on x.com')).toBeTruthy();
    expect(screen.getByText('Phone number')).toBeTruthy();
    expect(screen.getByText('Checking is on')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Pause on this site' }));
    fireEvent.click(screen.getByRole('button', { name: 'Pause for an hour' }));
    fireEvent.click(screen.getByRole('button', { name: 'Pause until I turn it on' }));
    expect(calls.map((c) => c[0])).toEqual(['pauseSite', 'pauseAll', 'pauseAll']);
    expect(calls[0]).toEqual(['pauseSite', 'x.com', 0]);
    expect(calls[1][1]).toBeGreaterThan(Date.now());
    expect(calls[2]).toEqual(['pauseAll', 0]);
  });

  it('names a known site the way people say it', () => {
    seedStores({ site: 'linkedin' });
    render(<Popup />);
    expect(screen.getByText('Checking drafts on LinkedIn')).toBeTruthy();
  });

  it('paused: says so and offers to resume', () => {
    const calls = seedStores({ site: 'x.com' });
    usePauseStore.setState({ pause: { sites: { 'x.com': 0 } } });
    render(<Popup />);
    expect(screen.getByText('Paused on this site')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Check this site again' }));
    expect(calls).toContainEqual(['pauseSite', 'x.com', null]);
  });

  it('no pause controls when the policy forbids pausing', () => {
    seedStores({ site: 'x.com', policy: policyState({ overrides: { ...DEFAULT_POLICY.overrides, allowPause: false } }, { source: 'managed', locked: ['overrides'] }) });
    render(<Popup />);
    expect(screen.getByText('Your organisation does not allow pausing.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Pause/ })).toBeNull();
    expect(screen.getByText('Set by your organisation')).toBeTruthy();
  });

  it('shows a rejected managed policy and that the previous one stays', () => {
    seedStores({ policy: policyState({}, { errors: [{ path: '/snippets/0/sourceUrl', message: 'must be a URL' }], errorSource: 'managed' }) });
    render(<Popup />);
    expect(screen.getByText("Your organisation's policy could not be used.")).toBeTruthy();
    expect(screen.getByText('/snippets/0/sourceUrl')).toBeTruthy();
  });

  it('history: empty, long, and cleared', () => {
    const calls = seedStores();
    render(<Popup />);
    expect(screen.getByText(/Nothing yet/)).toBeTruthy();
    cleanup();
    useHistoryStore.setState({ entries: Array.from({ length: 50 }, (_, i) => ({ kind: 'warning' as const, rule: `rule-${i}`, site: 'x.com', time: i * 1000 })) });
    render(<Popup />);
    expect(screen.getByText('rule-49')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(calls).toContainEqual(['history.clear']);
  });
});
