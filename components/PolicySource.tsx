import type { PolicyState } from '../lib/messaging/protocol';
import { t, type MessageKey } from './i18n';

const LABELS: Record<PolicyState['source'], MessageKey> = {
  default: 'sourceDefault', imported: 'sourceImported', managed: 'sourceManaged',
};

/** Where the policy in force came from, and the organisation's name. */
export function PolicySource({ state }: { state: PolicyState }) {
  return (
    <p class="source">
      <span class={`tag tag-${state.source}`}>{t(LABELS[state.source])}</span>
      <span class="source-name">{state.policy.organization.name}</span>
    </p>
  );
}

/** A rejected policy document: what is wrong, by JSON path, and that the previous policy stays. */
export function PolicyErrors({ state }: { state: PolicyState }) {
  if (state.errors.length === 0) return null;
  return (
    <div class="alert" role="alert">
      <strong>{t(state.errorSource === 'managed' ? 'errorsManaged' : 'errorsImported')}</strong>
      <p>{t('errorsKept')}</p>
      <ErrorList errors={state.errors} />
    </div>
  );
}

export function ErrorList({ errors }: { errors: { path: string; message: string }[] }) {
  return (
    <ul class="errors">
      {errors.slice(0, 50).map((e, i) => (
        <li key={i}><code>{e.path || t('errorsWholeDocument')}</code> {e.message}</li>
      ))}
      {errors.length > 50 && <li>{t('errorsMore', errors.length - 50)}</li>}
    </ul>
  );
}
