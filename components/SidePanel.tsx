import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { send } from '../lib/messaging/client';
import { usePolicyStore } from '../lib/store/policy';
import { useTabStore } from '../lib/store/tab';
import { FindingsList } from './FindingsList';
import { PolicyText } from './PolicyText';
import { PolicyErrors, PolicySource } from './PolicySource';
import { SnippetLibrary } from './SnippetLibrary';
import { Loading, LoadError } from './States';
import { t, type MessageKey } from './i18n';
import { siteLabel } from './site-names';

type Tab = 'findings' | 'policy' | 'snippets';
const TABS: { id: Tab; label: MessageKey }[] = [
  { id: 'findings', label: 'tabFindings' },
  { id: 'policy', label: 'tabPolicy' },
  { id: 'snippets', label: 'tabSnippets' },
];

/** Reads a deep link: #section=ID opens the policy at that section; #snippets / #findings pick a tab. */
export function parseHash(hash: string): { tab?: Tab; section?: string } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const section = params.get('section') ?? undefined;
  if (section) return { tab: 'policy', section };
  const tab = hash.replace(/^#/, '') as Tab;
  return TABS.some((x) => x.id === tab) ? { tab } : {};
}

/** The side panel: live findings, the organisation's policy text and the snippet library. */
export function SidePanel() {
  const policy = usePolicyStore();
  const tab = useTabStore();
  const initial = parseHash(location.hash);
  const [active, setActive] = useState<Tab>(initial.tab ?? 'findings');
  const [section, setSection] = useState<string | undefined>(initial.section);
  const tabRefs = useRef<Record<string, HTMLButtonElement | null>>({});

  useEffect(() => {
    const onHash = () => {
      const next = parseHash(location.hash);
      if (next.tab) setActive(next.tab);
      setSection(next.section);
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  const showSection = (id: string) => {
    setActive('policy');
    setSection(id);
  };

  const onTabKey = (e: KeyboardEvent, index: number) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step && e.key !== 'Home' && e.key !== 'End') return;
    e.preventDefault();
    const next = e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : (index + step + TABS.length) % TABS.length;
    setActive(TABS[next].id);
    tabRefs.current[TABS[next].id]?.focus();
  };

  if (policy.status === 'loading') return <Shell><Loading /></Shell>;
  if (policy.status === 'error' || !policy.state) return <Shell><LoadError message={policy.error} /></Shell>;
  const state = policy.state;
  const tabId = tab.tabId;

  return (
    <Shell subtitle={<PolicySource state={state} />}>
      <PolicyErrors state={state} />
      <div role="tablist" class="tabs" aria-label={t('tabsLabel')}>
        {TABS.map((x, i) => (
          <button
            key={x.id}
            ref={(el) => { tabRefs.current[x.id] = el; }}
            role="tab"
            type="button"
            id={`tab-${x.id}`}
            aria-selected={active === x.id}
            aria-controls={`panel-${x.id}`}
            tabIndex={active === x.id ? 0 : -1}
            onClick={() => setActive(x.id)}
            onKeyDown={(e) => onTabKey(e, i)}
          >
            {t(x.label)}
            {x.id === 'findings' && tab.findings.length > 0 && <span class="count">{tab.findings.length}</span>}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${active}`} aria-labelledby={`tab-${active}`} class="tabpanel">
        {active === 'findings' && (
          tab.status === 'loading' ? <Loading /> :
          tab.status === 'error' ? <LoadError message={tab.error} /> :
          !tab.site ? <p class="card muted">{t('siteUnsupportedHelp')}</p> : (
            <>
              <p class="muted">{t('findingsFor', siteLabel(tab.site))}</p>
              <FindingsList findings={tab.findings} onSection={showSection} />
            </>
          )
        )}
        {active === 'policy' && (
          <PolicyText organization={state.policy.organization} sections={state.policy.policyText ?? []} focusSection={section} />
        )}
        {active === 'snippets' && (
          <SnippetLibrary
            snippets={state.policy.snippets ?? []}
            onInsert={tabId === undefined ? null : (snippetId) => send({ kind: 'snippet/insert', tabId, snippetId })}
          />
        )}
      </div>
    </Shell>
  );
}

function Shell({ children, subtitle }: { children: ComponentChildren; subtitle?: ComponentChildren }) {
  return (
    <main class="page sidepanel">
      <header class="page-header">
        <h1><span class="logo" aria-hidden="true">✓</span>{t('extName')}</h1>
        {subtitle}
      </header>
      {children}
    </main>
  );
}
