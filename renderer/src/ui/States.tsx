import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../api/client';
import { useErrorText } from '../api/errorText';
import { Button } from './Button';

/** Shown while data loads; announced politely to screen readers. */
export const Loading = () => {
  const { t } = useTranslation();
  return (
    <p className="state state--loading" role="status" aria-busy="true">
      {t('common.loading')}
    </p>
  );
};

/** A failed load, with the backend's French message and a way to try again. */
export const ErrorState = ({ error, onRetry }: { error: unknown; onRetry?: () => void }) => {
  const { t } = useTranslation();
  const text = useErrorText();
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{t('common.errorTitle')}</p>
      <p>
        {error instanceof ApiCallError ? text(error.message, error.detail) : text(error instanceof Error ? error.message : String(error))}
      </p>
      {onRetry && <Button onPress={onRetry}>{t('common.retry')}</Button>}
    </div>
  );
};

/** Nothing to show yet: says what goes here and offers the first step. */
export const EmptyState = ({ title, children, action }: { title: string; children?: ReactNode; action?: ReactNode }) => (
  <div className="state state--empty">
    <p className="state__title">{title}</p>
    {children && <p>{children}</p>}
    {action}
  </div>
);
