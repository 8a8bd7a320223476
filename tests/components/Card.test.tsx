import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardApp, type CardState } from '../../components/card/Card';
import { S } from '../../components/card/strings';

const actions = { toggle: vi.fn(), close: vi.fn(), applyFix: vi.fn(), dismiss: vi.fn(), copyReply: vi.fn(), fix: vi.fn(), postAnyway: vi.fn(), redactImage: vi.fn() };
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
    expect(screen.getByText(/could not check an attached image/)).toBeTruthy();
  });

  it('a face finding shows how many faces, not an empty quote', () => {
    const message = S.inImage('A face is visible: a patient photo needs written consent under your policy.');
    render(<CardApp state={{ ...base, findings: [{ id: 'f', rule: 'phi-face', severity: 'block', category: 'FACE', message, excerpt: S.faces(2), fixes: [], image: 'ward.jpg' }] }} actions={actions} />);
    expect(screen.getByText(/^In the attached image: A face is visible/)).toBeTruthy();
    expect(screen.getByText('2 faces')).toBeTruthy();
    // a count, not a quotation of text in the image
    expect(screen.getByText('2 faces').tagName).not.toBe('Q');
  });

  it('offers a redacted copy of an image with regions, then links to it with a thumbnail', () => {
    const { rerender } = render(<CardApp state={{ ...base, images: [{ id: 'image1', name: 'ward.jpg', regions: 3, preview: 'blob:p' }] }} actions={actions} />);
    // before the copy: a preview with what was found outlined
    expect(screen.getByRole('img', { name: 'ward.jpg, with what was found outlined in red' }).getAttribute('src')).toBe('blob:p');
    screen.getByRole('button', { name: 'Save a copy of ward.jpg with 3 regions blacked out' }).click();
    expect(actions.redactImage).toHaveBeenCalledWith('image1');
    rerender(<CardApp state={{ ...base, images: [{ id: 'image1', name: 'ward.jpg', regions: 3, redacted: { url: 'blob:x', fileName: 'ward-redacted.png' } }] }} actions={actions} />);
    const link = screen.getByRole('link', { name: 'Download ward-redacted.png' });
    expect(link.getAttribute('download')).toBe('ward-redacted.png');
    expect(link.getAttribute('href')).toBe('blob:x');
    expect(screen.getByRole('img', { name: /^Redacted copy of ward.jpg/ }).getAttribute('src')).toBe('blob:x');
    expect(screen.getByText(/Your attachment is unchanged/)).toBeTruthy();
    // the copy replaces the preview
    expect(screen.queryByRole('img', { name: /outlined in red/ })).toBeNull();
  });
});
