import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardApp, type CardState } from '../../components/card/Card';
import { S } from '../../components/card/strings';

const actions = { toggle: vi.fn(), close: vi.fn(), applyFix: vi.fn(), dismiss: vi.fn(), copyReply: vi.fn(), fix: vi.fn(), postAnyway: vi.fn() };
const base: CardState = {
  visible: true, findings: [], anchor: { x: 400, y: 300 }, open: true, confirm: false, focusCard: false,
  allowPostAnyway: true, requireReason: false, hasReplyTemplate: false,
};

describe('the in-page card and attached images', () => {
  afterEach(cleanup);

  it('shows "Scanning image…" and a scanning badge while an image is read', () => {
    render(<CardApp state={{ ...base, scanning: true }} actions={actions} />);
    expect(screen.getByRole('status').textContent).toBe('Scanning image…');
    expect(screen.getByRole('button', { name: /^PostSafe: scanning the attached image/ })).toBeTruthy();
    expect(screen.queryByText('Nothing found in this draft.')).toBeNull();
  });

  it('says a finding is in the attached image, with no redact button', () => {
    const message = S.inImage('Looks like an e-mail address — protected health information under HIPAA.');
    render(<CardApp state={{ ...base, findings: [{ id: 'i', rule: 'phi-email', severity: 'block', category: 'EMAIL', message, excerpt: 'jane@example.com', fixes: [], image: 'note.png' }] }} actions={actions} />);
    expect(screen.getByText(/^Text in the attached image looks like an e-mail address/)).toBeTruthy();
    expect(screen.getByText('in the attached image')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Redact/ })).toBeNull();
  });

  it('other messages are introduced, not rewritten', () => {
    expect(S.inImage("This tells a real patient's story.")).toBe("In the attached image: This tells a real patient's story.");
  });

  it('says so when an image could not be read', () => {
    render(<CardApp state={{ ...base, unreadImages: 1 }} actions={actions} />);
    expect(screen.getByText(/could not read the text in an attached image/)).toBeTruthy();
  });
});
