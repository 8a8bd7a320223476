import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useHistoryStore } from '../lib/store/history';
import { usePauseStore } from '../lib/store/pause';
import { usePolicyStore } from '../lib/store/policy';
import { useTabStore } from '../lib/store/tab';
import { FindingsList } from './FindingsList';
import { HistoryList } from './HistoryList';
import { PauseControls } from './PauseControls';
import { PolicyErrors, PolicySource } from './PolicySource';
import { Loading, LoadError } from './States';
import { canOpenSidePanel, openSidePanel, prepareSidePanel } from './side-panel';
import { t } from './i18n';
import { siteLabel } from './site-names';

/** The current tab at a glance: supported or not, on or paused, findings, policy source, history. */
export function Popup() {
  const policy = usePolicyStore();
  const tab = useTabStore();
  const pause = usePauseStore();
  const history = useHistoryStore();
  const [panelFailed, setPanelFailed] = useState(false);
  useEffect(() => prepareSidePanel(), []);

  if (policy.status === 'loading' || tab.status === 'loading') return <Shell><Loading /></Shell>;
  if (policy.status === 'error' || !policy.state) return <Shell><LoadError message={policy.error} /></Shell>;
  const state = policy.state;

  return (
    <Shell>
      <PolicyErrors state={state} />
      <section class="card" aria-labelledby="site-heading">
        <h2 id="site-heading">{tab.site ? t('siteSupported', siteLabel(tab.site)) : t('siteUnsupported')}</h2>
        {!tab.site && <p class="muted">{t('siteUnsupportedHelp')}</p>}
        {tab.status === 'error' && <p class="error-text">{tab.error}</p>}
      </section>
      <PauseControls
        site={tab.site}
        pause={pause.pause}
        allowPause={state.policy.overrides?.allowPause !== false}
        onPauseSite={(s, u) => void pause.pauseSite(s, u)}
        onPauseAll={(u) => void pause.pauseAll(u)}
        error={pause.error}
      />
      {tab.site && (
        <section class="card" aria-labelledby="findings-heading">
          <h2 id="findings-heading">{t('findingsHeading')}</h2>
          <FindingsList findings={tab.findings} />
        </section>
      )}
      {canOpenSidePanel() && (
        <div class="row">
          <button type="button" class="primary grow" onClick={() => void openSidePanel().then((ok) => setPanelFailed(!ok))}>
            {t('openSidePanel')}
          </button>
        </div>
      )}
      {panelFailed && <p class="error-text" role="alert">{t('openSidePanelFailed')}</p>}
      <section class="card" aria-labelledby="source-heading">
        <h2 id="source-heading">{t('sourceHeading')}</h2>
        <PolicySource state={state} />
      </section>
      <HistoryList entries={history.entries} onClear={() => void history.clear()} />
    </Shell>
  );
}

function Shell({ children }: { children: ComponentChildren }) {
  return (
    <main class="page popup">
      <header class="page-header">
        <h1><span class="logo" aria-hidden="true">✓</span>{t('extName')}</h1>
      </header>
      {children}
    </main>
  );
}
