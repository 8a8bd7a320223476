import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { usePolicyStore } from '../lib/store/policy';
import { diffPolicies, type SectionChange } from '../lib/store/policy-diff';
import { parsePolicyJson, type PolicyError } from '../lib/policy/validate';
import type { Policy, SiteId } from '../lib/policy/types';
import { SITE_MATCHES, orgHostPatterns } from '../lib/sites/matches';
import { ErrorList, PolicyErrors, PolicySource } from './PolicySource';
import { Loading, LoadError } from './States';
import { SITE_NAMES } from './site-names';
import { t, type MessageKey } from './i18n';
import { OrgSites } from './OrgSites';


type Pending = { name: string; json: string; policy: Policy; changes: SectionChange[] } | { name: string; errors: PolicyError[] };

/** Options: import / export / reset the policy, per-site switches, organisation-locked fields shown locked. */
export function Options() {
  const store = usePolicyStore();
  const [pending, setPending] = useState<Pending | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);

  if (store.status === 'loading') return <Shell><Loading /></Shell>;
  if (store.status === 'error' || !store.state) return <Shell><LoadError message={store.error} /></Shell>;
  const state = store.state;
  const locked = new Set(state.locked);

  const readFile = async (file: File) => {
    setMessage(null);
    const json = await file.text();
    let result: ReturnType<typeof parsePolicyJson>;
    try {
      result = parsePolicyJson(json);
    } catch (e) {
      // the validator itself failed: say so rather than leave the page waiting
      result = { ok: false, errors: [{ path: '', message: t('importCheckFailed', (e as Error).message) }] };
    }
    setPending(result.ok
      ? { name: file.name, json, policy: result.policy, changes: diffPolicies(state.policy, result.policy) }
      : { name: file.name, errors: result.errors });
  };

  const apply = async () => {
    if (!pending || !('json' in pending)) return;
    const result = await store.importJson(pending.json);
    if (result.ok) {
      setPending(null);
      setMessage(t(state.source === 'managed' ? 'importDoneManaged' : 'importDone'));
    } else {
      setPending({ name: pending.name, errors: result.errors });
    }
  };

  const exportPolicy = () => {
    const blob = new Blob([JSON.stringify(state.policy, null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = 'postsafe-policy.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const reset = async () => {
    await store.reset();
    setPending(null);
    setMessage(t('resetDone'));
  };

  return (
    <Shell>
      <section class="card" aria-labelledby="in-force-heading">
        <h2 id="in-force-heading">{t('optionsInForce')}</h2>
        <PolicySource state={state} />
        <p class="muted">{t('optionsCounts', [state.policy.policyText?.length ?? 0, state.policy.snippets?.length ?? 0, state.policy.customRules?.length ?? 0])}</p>
        {locked.size > 0 && (
          <p class="locked-note"><span class="lock" aria-hidden="true">🔒</span>{t('lockedFields', [...locked].join(', '))}</p>
        )}
        <div class="row wrap">
          <button type="button" class="secondary" onClick={exportPolicy}>{t('exportPolicy')}</button>
          <button type="button" class="secondary" onClick={() => void reset()} disabled={state.source !== 'imported' && !state.hasImport}>{t('resetPolicy')}</button>
        </div>
        {message && <p class="ok-text" role="status">{message}</p>}
      </section>

      <PolicyErrors state={state} />

      <section class="card" aria-labelledby="import-heading">
        <h2 id="import-heading">{t('importHeading')}</h2>
        {state.source === 'managed' && <p class="muted">{t('importManagedNote')}</p>}
        <label
          class={`dropzone ${dragging ? 'dragging' : ''}`}
          onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            const file = e.dataTransfer?.files[0];
            if (file) void readFile(file);
          }}
        >
          <span>{t('importDrop')}</span>
          <input
            type="file"
            accept="application/json,.json"
            class="file-input"
            onChange={(e) => { const f = e.currentTarget.files?.[0]; if (f) void readFile(f); e.currentTarget.value = ''; }}
          />
        </label>
        {pending && 'errors' in pending && (
          <div class="alert" role="alert">
            <strong>{t('importInvalid', pending.name)}</strong>
            <ErrorList errors={pending.errors} />
          </div>
        )}
        {pending && 'changes' in pending && (
          <div class="preview">
            <h3>{t('importPreview', pending.name)}</h3>
            <ChangeTable changes={pending.changes} locked={locked} />
            <div class="row">
              <button type="button" class="primary" onClick={() => void apply()}>{t('importApply')}</button>
              <button type="button" class="secondary" onClick={() => setPending(null)}>{t('importCancel')}</button>
            </div>
          </div>
        )}
      </section>

      <section class="card" aria-labelledby="sites-heading">
        <h2 id="sites-heading">{t('sitesHeading')}</h2>
        {locked.has('sites') && <p class="locked-note"><span class="lock" aria-hidden="true">🔒</span>{t('lockedByOrg')}</p>}
        <ul class="list sites">
          {(Object.keys(SITE_MATCHES) as SiteId[]).map((site) => {
            const on = state.policy.sites?.enabled !== false && state.policy.sites?.perSite?.[site] !== false;
            return (
              <li key={site} class="site-row">
                <label class="check">
                  <input
                    type="checkbox"
                    checked={on}
                    disabled={locked.has('sites')}
                    onChange={(e) => void store.setSite(site, e.currentTarget.checked ? null : false)}
                  />
                  <span>{SITE_NAMES[site]}</span>
                </label>
                <span class="muted site-hosts">{SITE_MATCHES[site].map((m) => new URL(m.replace('*', '')).host).join(', ')}</span>
                {locked.has('sites') && <span class="tag">{t('lockedByOrg')}</span>}
              </li>
            );
          })}
        </ul>
        <OrgSites patterns={orgHostPatterns(state.policy)} />
      </section>
    </Shell>
  );
}

const CHANGE_LABELS: Record<SectionChange['change'], MessageKey> = {
  same: 'changeSame', changed: 'changeChanged', added: 'changeAdded', removed: 'changeRemoved',
};

function ChangeTable({ changes, locked }: { changes: SectionChange[]; locked: Set<string> }) {
  return (
    <table class="changes">
      <thead>
        <tr><th scope="col">{t('changeSection')}</th><th scope="col">{t('changeWhat')}</th></tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.section} class={c.change === 'same' ? 'muted' : ''}>
            <th scope="row"><code>{c.section}</code></th>
            <td>
              {t(CHANGE_LABELS[c.change])}
              {c.change !== 'same' && c.before !== c.after && ` (${c.before} → ${c.after})`}
              {c.added && c.added.length > 0 && <span class="diff-add"> {t('changeAddedIds', c.added.slice(0, 5).join(', '))}</span>}
              {c.removed && c.removed.length > 0 && <span class="diff-del"> {t('changeRemovedIds', c.removed.slice(0, 5).join(', '))}</span>}
              {locked.has(c.section) && c.change !== 'same' && <span class="tag">{t('lockedByOrg')}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Shell({ children }: { children: ComponentChildren }) {
  return (
    <main class="page options">
      <header class="page-header">
        <h1><span class="logo" aria-hidden="true">✓</span>{t('optionsTitle')}</h1>
      </header>
      {children}
    </main>
  );
}
