import type { PauseState } from '../lib/messaging/protocol';
import { isPaused } from '../lib/store/pause';
import { formatTime, t } from './i18n';

const HOUR = 60 * 60 * 1000;

interface Props {
  site: string | null;
  pause: PauseState;
  allowPause: boolean;
  onPauseSite: (site: string, until: number | null) => void;
  onPauseAll: (until: number | null) => void;
  error?: string;
}

/** Checking on or paused, and the ways to pause: this site, an hour, until turned back on. */
export function PauseControls({ site, pause, allowPause, onPauseSite, onPauseAll, error }: Props) {
  const paused = isPaused(pause, site);
  const all = pause.everywhereUntil;
  const siteUntil = site ? pause.sites[site] : undefined;
  let status: string;
  if (!paused) status = t('statusChecking');
  else if (all !== undefined) status = all === 0 ? t('statusPausedAll') : t('statusPausedUntil', formatTime(all));
  else status = t('statusPausedSite');
  return (
    <section class="card" aria-labelledby="pause-heading">
      <h2 id="pause-heading" class="visually-hidden">{t('pauseHeading')}</h2>
      <p class={`status ${paused ? 'status-paused' : 'status-on'}`} role="status">
        <span class="dot" aria-hidden="true" />{status}
      </p>
      {!allowPause ? (
        <p class="muted">{t('pauseNotAllowed')}</p>
      ) : paused ? (
        <div class="row wrap">
          {all !== undefined && <button type="button" onClick={() => onPauseAll(null)}>{t('resumeEverywhere')}</button>}
          {site && siteUntil !== undefined && <button type="button" onClick={() => onPauseSite(site, null)}>{t('resumeSite')}</button>}
        </div>
      ) : (
        <div class="row wrap">
          {site && <button type="button" class="secondary" onClick={() => onPauseSite(site, 0)}>{t('pauseSite')}</button>}
          <button type="button" class="secondary" onClick={() => onPauseAll(Date.now() + HOUR)}>{t('pauseHour')}</button>
          <button type="button" class="secondary" onClick={() => onPauseAll(0)}>{t('pauseUntilOn')}</button>
        </div>
      )}
      {error && <p class="error-text" role="alert">{error}</p>}
    </section>
  );
}
