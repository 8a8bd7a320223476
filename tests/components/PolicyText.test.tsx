import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PolicyText } from '../../components/PolicyText';

// DOMPurify does not run under happy-dom (its tree walk sees only <body>), so the policy Markdown's
// sanitisation (no script, no handlers, no remote images, links in a new tab) is asserted in real
// Chromium: tests/e2e/ui.e2e.ts, "side panel deep link opens the policy at a section, sanitised".

describe('PolicyText', () => {
  afterEach(cleanup);
  const sections = [
    { id: 'phi', title: 'Patient information', markdown: 'Never post **names**.' },
    { id: 'advice', title: 'Advice', markdown: 'No individual advice in public.' },
  ];

  it('renders contacts and sections, searchable', () => {
    render(<PolicyText organization={{ name: 'Org', contacts: [{ label: 'Privacy office', email: 'p@example.org' }] }} sections={sections} />);
    expect(screen.getByText('Privacy office')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Patient information' })).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Search the policy'), { target: { value: 'individual' } });
    expect(screen.queryByRole('heading', { name: 'Patient information' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Advice' })).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Search the policy'), { target: { value: 'zzz' } });
    expect(screen.getByText('No section matches your search.')).toBeTruthy();
  });

  it('marks the deep-linked section', () => {
    const { container } = render(<PolicyText organization={{ name: 'Org' }} sections={sections} focusSection="advice" />);
    expect(container.querySelector('#section-advice')?.className).toContain('focused');
  });

  it('empty policy text', () => {
    render(<PolicyText organization={{ name: 'Org' }} sections={[]} />);
    expect(screen.getByText('This policy has no text.')).toBeTruthy();
  });
});
