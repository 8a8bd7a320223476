import { useMemo, useState } from 'preact/hooks';
import type { Snippet } from '../lib/policy/types';
import { formatDate, t, uiLanguage } from './i18n';

interface Props {
  snippets: Snippet[];
  /** null when there is no tab to insert into */
  onInsert: ((id: string) => Promise<{ ok: boolean; error?: string }>) | null;
  now?: number;
}

export function isExpired(s: Snippet, now = Date.now()): boolean {
  return Boolean(s.expires) && Date.parse(s.expires!) < now;
}

/** Approved snippets: search words and tags, filter by language and topic, insert or copy. */
export function SnippetLibrary({ snippets, onInsert, now = Date.now() }: Props) {
  const [query, setQuery] = useState('');
  const [language, setLanguage] = useState('');
  const [topic, setTopic] = useState('');
  const [showExpired, setShowExpired] = useState(false);
  const [notice, setNotice] = useState<{ id: string; text: string; error?: boolean } | null>(null);

  const languages = useMemo(() => [...new Set(snippets.map((s) => s.language))].sort(), [snippets]);
  const topics = useMemo(() => [...new Set(snippets.flatMap((s) => s.tags))].sort(), [snippets]);
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = snippets.filter((s) => {
    if (!showExpired && isExpired(s, now)) return false;
    if (language && s.language !== language) return false;
    if (topic && !s.tags.includes(topic)) return false;
    const hay = `${s.title} ${s.body} ${s.tags.join(' ')}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });

  const copy = async (s: Snippet) => {
    try {
      await navigator.clipboard.writeText(s.body);
      setNotice({ id: s.id, text: t('snippetCopied') });
    } catch {
      setNotice({ id: s.id, text: t('snippetCopyFailed'), error: true });
    }
  };
  const insert = async (s: Snippet) => {
    if (!onInsert) return;
    const result = await onInsert(s.id).catch((e: Error) => ({ ok: false, error: e.message }));
    setNotice(result.ok ? { id: s.id, text: t('snippetInserted') } : { id: s.id, text: t('snippetInsertFailed'), error: true });
  };

  return (
    <div class="stack">
      <div class="filters">
        <div class="search">
          <label for="snippet-search">{t('snippetSearch')}</label>
          <input id="snippet-search" type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
        </div>
        <div class="row wrap">
          <label class="field">
            <span>{t('snippetLanguage')}</span>
            <select value={language} onChange={(e) => setLanguage(e.currentTarget.value)}>
              <option value="">{t('filterAll')}</option>
              {languages.map((l) => <option key={l} value={l}>{languageName(l)}</option>)}
            </select>
          </label>
          <label class="field">
            <span>{t('snippetTopic')}</span>
            <select value={topic} onChange={(e) => setTopic(e.currentTarget.value)}>
              <option value="">{t('filterAll')}</option>
              {topics.map((x) => <option key={x} value={x}>{x}</option>)}
            </select>
          </label>
          <label class="check">
            <input type="checkbox" checked={showExpired} onChange={(e) => setShowExpired(e.currentTarget.checked)} />
            <span>{t('snippetShowExpired')}</span>
          </label>
        </div>
      </div>
      <p class="muted" role="status">{t('snippetCount', [shown.length, snippets.length])}</p>
      {!onInsert && snippets.length > 0 && <p class="hint">{t('snippetInsertUnavailable')}</p>}
      {snippets.length === 0 ? (
        <p class="muted">{t('snippetsEmpty')}</p>
      ) : shown.length === 0 ? (
        <p class="muted">{t('snippetsNoMatch')}</p>
      ) : (
        <ul class="list snippets">
          {shown.map((s) => {
            const expired = isExpired(s, now);
            return (
              <li key={s.id} class={`card snippet ${expired ? 'expired' : ''}`}>
                <div class="row between">
                  <h3>{s.title}</h3>
                  <span class="tag">{s.language}</span>
                </div>
                {expired && <p class="tag tag-warn">{t('snippetExpired', formatDate(s.expires!))}</p>}
                <p class="snippet-body">{s.body}</p>
                {s.tags.length > 0 && (
                  <ul class="tags" aria-label={t('snippetTags')}>
                    {s.tags.map((tag) => <li key={tag} class="tag">{tag}</li>)}
                  </ul>
                )}
                <p class="snippet-meta muted">
                  {t('snippetReviewed', formatDate(s.lastReviewed))}
                  {' · '}
                  {/^https?:/i.test(s.sourceUrl) ? (
                    <a href={s.sourceUrl} target="_blank" rel="noopener noreferrer">{t('snippetSource', hostOf(s.sourceUrl))}</a>
                  ) : null}
                </p>
                <div class="row">
                  <button
                    type="button"
                    class="primary"
                    disabled={expired || !onInsert}
                    onClick={() => void insert(s)}
                    aria-label={t('snippetInsertLabel', s.title)}
                  >{t('snippetInsert')}</button>
                  <button type="button" class="secondary" disabled={expired} onClick={() => void copy(s)} aria-label={t('snippetCopyLabel', s.title)}>
                    {t('snippetCopy')}
                  </button>
                  {notice?.id === s.id && <span class={notice.error ? 'error-text' : 'ok-text'} role="status">{notice.text}</span>}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

/** "es" → "Spanish" (in the UI's language); the code itself when the browser cannot name it. */
function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage()], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
