import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FindingsList } from '../../components/FindingsList';
import type { FindingSummary } from '../../lib/messaging/protocol';

const f = (severity: FindingSummary['severity'], message: string, section?: string): FindingSummary =>
  ({ rule: `rule-${severity}`, category: 'PHONE', severity, message, section });

describe('FindingsList', () => {
  afterEach(cleanup);

  it('says so when there is nothing to fix', () => {
    render(<FindingsList findings={[]} />);
    expect(screen.getByText(/No warnings/)).toBeTruthy();
  });

  it('groups by severity, most serious first', () => {
    const { container } = render(<FindingsList findings={[f('info', 'fyi'), f('block', 'a phone number'), f('warn', 'check this')]} />);
    const headings = [...container.querySelectorAll('h3')].map((h) => h.textContent);
    expect(headings).toEqual(['Must fix 1', 'Check before posting 1', 'For your information 1']);
  });

  it('renders messages as text, never HTML', () => {
    const { container } = render(<FindingsList findings={[f('warn', '<img src=x onerror=alert(1)>')]} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
  });

  it('offers "Why?" for findings that point at a policy section', () => {
    const onSection = vi.fn();
    render(<FindingsList findings={[f('block', 'name', 'phi')]} onSection={onSection} />);
    fireEvent.click(screen.getByRole('button', { name: 'Why is this a problem?' }));
    expect(onSection).toHaveBeenCalledWith('phi');
  });

  it('handles a long list', () => {
    const many = Array.from({ length: 120 }, (_, i) => f('warn', `finding ${i}`));
    render(<FindingsList findings={many} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(120);
  });
});
