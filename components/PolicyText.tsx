import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Contact, PolicySection } from '../lib/policy/types';
import { renderPolicyMarkdown } from './markdown';
import { t } from './i18n';

interface Props {
  organization: { name: string; contacts?: Contact[] };
  sections: PolicySection[];
  /** the section to show and scroll to (deep link #section=ID or a finding's "Why?") */
  focusSection?: string;
}

function matches(section: PolicySection, query: string): boolean {
  const q = query.trim().toLowerCase();
  return !q || section.title.toLowerCase().includes(q) || section.markdown.toLowerCase().includes(q);
}

/** The organisation's policy: contacts and the sanitised policy text, searchable. */
export function PolicyText({ organization, sections, focusSection }: Props) {
  const [query, setQuery] = useState('');
  const shown = useMemo(() => sections.filter((s) => matches(s, query)), [sections, query]);

  useEffect(() => {
    if (!focusSection) return;
    setQuery('');
    const el = document.getElementById(`section-${focusSection}`);
    el?.scrollIntoView?.({ block: 'start' });
    el?.focus({ preventScroll: true });
  }, [focusSection]);

  const contacts = organization.contacts ?? [];
  return (
    <div class="stack">
      {contacts.length > 0 && (
        <section class="card" aria-labelledby="contacts-heading">
          <h2 id="contacts-heading">{t('contactsHeading')}</h2>
          <ul class="list contacts">
            {contacts.map((c, i) => (
              <li key={i}>
                <strong>{c.label}</strong>
                {c.email && <a href={`mailto:${c.email}`}>{c.email}</a>}
                {c.phone && <a href={`tel:${c.phone.replace(/[^\d+]/g, '')}`}>{c.phone}</a>}
                {c.url && /^https?:/i.test(c.url) && <a href={c.url} target="_blank" rel="noopener noreferrer">{c.url}</a>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <div class="search">
        <label for="policy-search">{t('policySearch')}</label>
        <input id="policy-search" type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      </div>
      {shown.length === 0 && <p class="muted">{sections.length ? t('policyNoMatch') : t('policyEmpty')}</p>}
      {shown.map((s) => (
        <article
          key={s.id}
          id={`section-${s.id}`}
          tabIndex={-1}
          class={`card policy-section ${focusSection === s.id ? 'focused' : ''}`}
          aria-labelledby={`section-title-${s.id}`}
        >
          <h2 id={`section-title-${s.id}`}>{s.title}</h2>
          {/* The only raw HTML in the UI: the policy's own Markdown, sanitised (components/markdown.ts). */}
          <div class="prose" dangerouslySetInnerHTML={{ __html: renderPolicyMarkdown(s.markdown) }} />
        </article>
      ))}
    </div>
  );
}
