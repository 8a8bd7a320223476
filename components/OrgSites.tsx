/**
 * The organisation's own community sites from its policy: PostSafe runs there only after the user
 * grants access (optional host permissions, asked here with a click, as browsers require).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from './i18n';

export function OrgSites({ patterns }: { patterns: string[] }) {
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  const key = patterns.join(' ');
  useEffect(() => {
    let live = true;
    void Promise.all(patterns.map(async (p) => [p, await browser.permissions.contains({ origins: [p] }).catch(() => false)] as const))
      .then((rows) => { if (live) setGranted(Object.fromEntries(rows)); });
    return () => { live = false; };
  }, [key]);
  if (!patterns.length) return null;
  const missing = patterns.filter((p) => !granted[p]);
  const allow = async () => {
    const ok = await browser.permissions.request({ origins: missing }).catch(() => false);
    if (ok) setGranted({ ...granted, ...Object.fromEntries(missing.map((p) => [p, true])) });
  };
  return (
    <div class="org-sites">
      <h3>{t('orgSitesHeading')}</h3>
      <p class="muted">{t('orgSitesHelp')}</p>
      <ul class="list">
        {patterns.map((p) => (
          <li key={p} class="site-row">
            <code>{p}</code>
            <span class="tag">{granted[p] ? t('orgSitesAllowed') : t('orgSitesNotAllowed')}</span>
          </li>
        ))}
      </ul>
      {missing.length > 0 && <button type="button" class="primary" onClick={() => void allow()}>{t('orgSitesAllow')}</button>}
    </div>
  );
}
