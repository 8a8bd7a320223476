/**
 * Every user-visible string goes through the extension's i18n messages (public/_locales). In tests,
 * or anywhere browser.i18n is missing, the English messages are used directly.
 */
import { browser } from 'wxt/browser';
import en from '../public/_locales/en/messages.json';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
export type MessageKey = keyof typeof en;

function fallback(key: string, subs: string[]): string {
  const entry = (en as Messages)[key];
  if (!entry) return key;
  const withPlaceholders = entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const p = entry.placeholders?.[name.toLowerCase()];
    return p ? p.content : '';
  });
  return withPlaceholders.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '').replace(/\$\$/g, '$');
}

export function t(key: MessageKey, subs?: string | number | (string | number)[]): string {
  const list = subs === undefined ? [] : (Array.isArray(subs) ? subs : [subs]).map(String);
  try {
    const getMessage = browser.i18n.getMessage as (k: string, s?: string[]) => string;
    const message = getMessage(key, list);
    if (message) return message;
  } catch {
    // no i18n API (tests): English fallback below
  }
  return fallback(key, list);
}

/** The UI language for dates and numbers. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
}

export function formatTime(epochMs: number): string {
  return new Date(epochMs).toLocaleString(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString(uiLanguage(), { dateStyle: 'medium', timeZone: 'UTC' });
}
