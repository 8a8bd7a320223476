import { afterEach, describe, expect, it, vi } from 'vitest';
import { ComposeSession, MAX_DRAFT_CHARS, UNDO_GAP_MS, placeholderFor } from '../../../lib/editor/session';
import type { Finding } from '../../../lib/check/types';

function finding(text: string, needle: string, over: Partial<Finding> = {}): Finding {
  const start = text.indexOf(needle);
  return { start, end: start + needle.length, category: 'EMAIL', rule: 'phi-email', severity: 'block', message: 'e-mail', evidence: { recognizer: 'email', score: 1 }, ...over };
}

function textarea(value: string): HTMLTextAreaElement {
  const el = document.createElement('textarea');
  el.value = value;
  document.body.replaceChildren(el);
  return el;
}

afterEach(() => vi.useRealTimers());

describe('a compose session', () => {
  it('checks only after the typing pause', () => {
    vi.useFakeTimers();
    const checker = vi.fn(async () => [] as Finding[]);
    const el = textarea('a');
    const s = new ComposeSession(el, 'execCommand', checker, () => {});
    for (let i = 0; i < 5; i++) { el.value += 'b'; el.dispatchEvent(new Event('input')); vi.advanceTimersByTime(100); }
    expect(checker).not.toHaveBeenCalled();
    vi.advanceTimersByTime(300);
    expect(checker).toHaveBeenCalledTimes(1);
    s.destroy();
  });

  it('waits out the editor undo-merge window before a fix, even for typing done before it attached', async () => {
    vi.useFakeTimers();
    const text = 'mail jane@example.com';
    // The box was typed into before the session attached (it waits for the policy), so no input was seen.
    const s = new ComposeSession(textarea(text), 'execCommand', async (t) => [finding(t, 'jane@example.com')], () => {});
    await s.run();
    const execCommand = vi.fn(() => false); // the test DOM has none; what matters is when it is called
    Object.assign(document, { execCommand });
    let done = false;
    void s.redact(s.findings[0].id).then(() => { done = true; });
    await vi.advanceTimersByTimeAsync(UNDO_GAP_MS - 100);
    expect(execCommand).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(execCommand).toHaveBeenCalled();
    expect(done).toBe(true);
    s.destroy();
  });

  it('never lets a failing checker reach the page', async () => {
    const s = new ComposeSession(textarea('jane@example.com'), 'execCommand', async () => { throw new Error('boom'); }, () => {});
    await expect(s.run()).resolves.toEqual([]);
    expect(s.findings).toEqual([]);
    expect(s.isCurrent()).toBe(false);
    s.destroy();
  });

  it('tries a check that failed again, with no keystroke, and shows its answer', async () => {
    vi.useFakeTimers();
    const text = 'mail jane@example.com';
    let calls = 0;
    const checker = vi.fn(async (t: string) => {
      if (++calls <= 2) throw new Error('background did not answer in time');
      return [finding(t, 'jane@example.com')];
    });
    const s = new ComposeSession(textarea(text), 'execCommand', checker, () => {});
    await s.run();
    expect(s.findings).toEqual([]);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(checker).toHaveBeenCalledTimes(3);
    expect(s.findings.map((f) => f.excerpt)).toEqual(['jane@example.com']);
    expect(s.isCurrent()).toBe(true);
    s.destroy();
  });

  it('gives up after a few failed tries instead of retrying for ever', async () => {
    vi.useFakeTimers();
    const checker = vi.fn(async () => { throw new Error('boom'); });
    const s = new ComposeSession(textarea('jane@example.com'), 'execCommand', checker, () => {});
    await s.run();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(checker).toHaveBeenCalledTimes(4); // the first check and three retries
    expect(s.findings).toEqual([]);
    s.destroy();
  });

  it('caps the text handed to the checker', async () => {
    const checker = vi.fn(async (_t: string) => [] as Finding[]);
    const s = new ComposeSession(textarea('x'.repeat(MAX_DRAFT_CHARS + 500)), 'execCommand', checker, () => {});
    await s.run();
    expect(checker.mock.calls[0][0]).toHaveLength(MAX_DRAFT_CHARS);
    s.destroy();
  });

  it('dismiss once hides that text for that rule, and the guard no longer sees it', async () => {
    const text = 'mail jane@example.com';
    const s = new ComposeSession(textarea(text), 'execCommand', async (t) => [finding(t, 'jane@example.com')], () => {});
    await s.run();
    expect(s.hasBlock()).toBe(true);
    s.dismiss(s.findings[0].id);
    await vi.waitFor(() => expect(s.findings).toEqual([]));
    expect(s.hasBlock()).toBe(false);
    s.destroy();
  });

  it('knows whether its findings describe the text in the box now', async () => {
    const el = textarea('mail jane@example.com');
    const s = new ComposeSession(el, 'execCommand', async (t) => [finding(t, 'jane@example.com')], () => {});
    expect(s.isCurrent()).toBe(false);
    await s.run();
    expect(s.isCurrent()).toBe(true);
    el.value += ' now';
    expect(s.isCurrent()).toBe(false);
    s.destroy();
  });

  it('drops an answer for text that changed while the checker ran', async () => {
    const el = textarea('mail jane@example.com');
    let answer: (f: Finding[]) => void = () => {};
    const s = new ComposeSession(el, 'execCommand', (t) => new Promise((ok) => { answer = () => ok([finding(t, 'jane@example.com')]); }), () => {});
    const pending = s.run();
    el.value = 'all redacted';
    answer([]);
    await pending;
    expect(s.findings).toEqual([]);
    expect(s.isCurrent()).toBe(false);
    s.destroy();
  });

  it('redacts with the fix placeholder, or the PHI category', () => {
    const text = 'x jane@example.com';
    expect(placeholderFor(finding(text, 'jane@example.com'))).toBe('[email]');
    expect(placeholderFor(finding(text, 'jane@example.com', { fixes: [{ kind: 'redact', replacement: '[contact]' }] }))).toBe('[contact]');
    expect(placeholderFor(finding(text, 'jane@example.com', { category: 'AGE_90_PLUS' }))).toBe('[age 90 plus]');
    expect(placeholderFor(finding(text, 'jane', { category: 'MEDICAL_ADVICE' }))).toBeUndefined();
  });
});
