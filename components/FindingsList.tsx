import type { FindingSummary } from '../lib/messaging/protocol';
import type { Severity } from '../lib/check/types';
import { t, type MessageKey } from './i18n';

const ORDER: Severity[] = ['block', 'warn', 'info'];
const HEADINGS: Record<Severity, MessageKey> = { block: 'severityBlock', warn: 'severityWarn', info: 'severityInfo' };

interface Props {
  findings: FindingSummary[];
  /** shows "Why?" for findings that point at a policy section */
  onSection?: (section: string) => void;
}

/** The findings for one draft, most serious first. Text only: messages are never rendered as HTML. */
export function FindingsList({ findings, onSection }: Props) {
  if (findings.length === 0) return <p class="muted">{t('findingsNone')}</p>;
  return (
    <div class="stack">
      {ORDER.map((severity) => {
        const group = findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        return (
          <section key={severity} class={`findings findings-${severity}`} aria-label={t(HEADINGS[severity])}>
            <h3 class="findings-heading">
              <span class={`dot dot-${severity}`} aria-hidden="true" />
              {t(HEADINGS[severity])} <span class="count">{group.length}</span>
            </h3>
            <ul class="list">
              {group.map((f, i) => (
                <li key={`${f.rule}-${i}`} class="finding">
                  <span class="finding-message">{f.message}</span>
                  <span class="finding-meta">
                    <code>{f.rule}</code>
                    {f.section && onSection && (
                      <button type="button" class="link" onClick={() => onSection(f.section!)}>{t('findingWhy')}</button>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
