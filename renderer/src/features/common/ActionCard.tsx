import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../../../shared/schemas/actions';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import './actions.css';

/** One action as its owner and an auditor read it: what, who, by when, where it stands, and the proof. */
export const ActionCard = ({ action, children }: { action: Action; children?: ReactNode }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const date = (value: string) => formatCalendarDate(value, dateLocale);
  return (
    <article className={`action-card action-card--${action.status}`} aria-labelledby={`action-${action.id}`}>
      <header className="action-card__header">
        <h3 id={`action-${action.id}`} className="action-card__title">
          <span className="reference">{action.reference}</span> — {t(`actions.type.${action.type}`)}
        </h3>
        <span className={`badge badge--action-${action.status}`}>{t(`actions.status.${action.status}`)}</span>
        {action.overdue && <span className="badge badge--overdue">⚠ {t('actions.overdue')}</span>}
      </header>
      <p className="nc-text">{action.description}</p>
      <dl className="action-card__details">
        <dt>{t('actions.field.owner')}</dt>
        <dd>{action.ownerName}</dd>
        <dt>{t('actions.field.openedOn')}</dt>
        <dd>{date(action.openedOn)}</dd>
        <dt>{t('actions.field.dueDate')}</dt>
        <dd>{date(action.dueDate)}</dd>
        {action.processName && (
          <>
            <dt>{t('actions.field.process')}</dt>
            <dd>{action.processName}</dd>
          </>
        )}
        {action.doneOn && (
          <>
            <dt>{t('actions.field.doneOn')}</dt>
            <dd>{date(action.doneOn)}</dd>
          </>
        )}
        {action.abandonedOn && (
          <>
            <dt>{t('actions.field.abandonedOn')}</dt>
            <dd>{date(action.abandonedOn)}</dd>
          </>
        )}
        {action.abandonReason && (
          <>
            <dt>{t('actions.field.abandonReason')}</dt>
            <dd className="nc-text">{action.abandonReason}</dd>
          </>
        )}
        {action.evidenceNotes && (
          <>
            <dt>{t('actions.field.evidenceNotes')}</dt>
            <dd className="nc-text">{action.evidenceNotes}</dd>
          </>
        )}
      </dl>
      {children}
    </article>
  );
};
