import type { HistoryEntry } from '../lib/messaging/protocol';
import { formatTime, t } from './i18n';

interface Props {
  entries: HistoryEntry[];
  onClear: () => void;
}

/** Recent warnings and overrides on this device: rule, site, time. */
export function HistoryList({ entries, onClear }: Props) {
  return (
    <section class="card" aria-labelledby="history-heading">
      <div class="row between">
        <h2 id="history-heading">{t('historyHeading')}</h2>
        {entries.length > 0 && <button type="button" class="secondary small" onClick={onClear}>{t('historyClear')}</button>}
      </div>
      {entries.length === 0 ? (
        <p class="muted">{t('historyEmpty')}</p>
      ) : (
        <ul class="list history">
          {entries.map((e, i) => (
            <li key={`${e.time}-${i}`} class="history-row">
              <span class={`tag ${e.kind === 'override' ? 'tag-warn' : ''}`}>{t(e.kind === 'override' ? 'historyOverride' : 'historyWarning')}</span>
              <code class="history-rule">{e.rule}</code>
              <span class="history-site">{e.site}</span>
              <time class="muted history-time" dateTime={new Date(e.time).toISOString()}>{formatTime(e.time)}</time>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
