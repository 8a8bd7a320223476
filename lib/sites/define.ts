/**
 * The shape of a site adapter. Adapters are read-only descriptions of a site's compose UI: where the
 * compose boxes and Post buttons are, how to read and write text, and the submit shortcut. Selectors are
 * commented arrays checked against the fixture page of each site (tests/fixtures/sites/<id>), never a
 * live site.
 */
import type { SiteId } from '../policy/types';
import type { InsertMode } from '../editor/insert';

export interface SubmitShortcut {
  key: string;
  /** Ctrl on Windows/Linux, Cmd on macOS */
  mod: boolean;
}

export interface SiteAdapter {
  id: SiteId | 'generic';
  /** match patterns (from lib/sites/matches.ts) */
  matches: string[];
  /** compose-box selectors, most specific first */
  composers: string[];
  /** how fixes and snippets are inserted in this site's editor */
  insertMode: InsertMode;
  /** Post/Reply button selectors; searched in the composer's form or dialog first, then the page */
  submitButtons: string[];
  /** keyboard shortcut that posts from inside the compose box */
  submitShortcut: SubmitShortcut | null;
  /** compose boxes where a plain Enter (no Shift) posts, e.g. comment boxes */
  enterSubmits: string[];
  /** the closest element that holds one composer and its Post button (dialog, form, toolbar parent) */
  containers: string[];
}

export type SiteDefinition = Omit<SiteAdapter, 'containers' | 'submitShortcut' | 'insertMode' | 'enterSubmits'> &
  Partial<Pick<SiteAdapter, 'containers' | 'submitShortcut' | 'insertMode' | 'enterSubmits'>>;

const DEFAULT_CONTAINERS = ['[role="dialog"]', 'form'];

export function defineSite(def: SiteDefinition): SiteAdapter {
  return {
    containers: DEFAULT_CONTAINERS,
    submitShortcut: { key: 'Enter', mod: true },
    insertMode: 'paste',
    enterSubmits: [],
    ...def,
  };
}

/** The element matching a composer selector that is an editable compose box (not a read-only view). */
export function isEditable(el: Element): el is HTMLElement {
  if (el instanceof HTMLTextAreaElement) return !el.disabled && !el.readOnly;
  return el instanceof HTMLElement && el.isContentEditable;
}
