import { t } from './i18n';

export function Loading() {
  return <p class="muted loading" role="status" aria-live="polite">{t('loading')}</p>;
}

export function LoadError({ message }: { message?: string }) {
  return (
    <div class="alert" role="alert">
      <strong>{t('loadError')}</strong>
      {message && <p>{message}</p>}
    </div>
  );
}
