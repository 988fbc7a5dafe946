import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReviewInputs } from '../../../../shared/schemas/management-review';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { IndicatorRows } from './InputsIndicators';

const Figures = ({ rows }: { rows: readonly [string, string | number][] }) => (
  <dl className="figures">
    {rows.map(([label, value]) => (
      <div key={label} className="figures__item">
        <dt>{label}</dt>
        <dd>{value}</dd>
      </div>
    ))}
  </dl>
);

/** Nonconformities and corrective actions: opened, closed, overdue, and whether they worked. */
export const InputsNonconformities = ({ inputs }: { inputs: ReviewInputs }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const { nonconformities: ncs, actions, effectiveness } = inputs;
  return (
    <section className="inputs-section" aria-labelledby="inputs-nc">
      <h3 id="inputs-nc">{t('managementReview.inputs.nonconformities')}</h3>
      <Figures
        rows={[
          [t('managementReview.inputs.ncOpened'), ncs.opened],
          [t('managementReview.inputs.ncClosed'), ncs.closed],
          [t('managementReview.inputs.ncOpenNow'), ncs.openNow],
          [t('managementReview.inputs.actionsOpened'), actions.opened],
          [t('managementReview.inputs.actionsCompleted'), actions.completed],
          [t('managementReview.inputs.actionsOverdue'), actions.overdue],
          [t('managementReview.inputs.effective'), effectiveness.effective],
          [t('managementReview.inputs.notEffective'), effectiveness.notEffective],
          [t('managementReview.inputs.pendingChecks'), effectiveness.pending],
        ]}
      />
      {ncs.list.length > 0 && (
        <ul className="inputs-list" data-testid="inputs-nonconformities">
          {ncs.list.map((nc) => (
            <li key={nc.id}>
              <Link to={`/non-conformites/${nc.id}`} className="reference">
                {nc.reference}
              </Link>{' '}
              {formatCalendarDate(nc.detectedOn, dateLocale)} — {t(`managementReview.labels.severity.${nc.severity}`)},{' '}
              {t(`managementReview.labels.ncStatus.${nc.status}`)} : {nc.description}
            </li>
          ))}
        </ul>
      )}
      {actions.overdueList.length > 0 && (
        <>
          <h4>{t('managementReview.inputs.overdueActions')}</h4>
          <ul className="inputs-list">
            {actions.overdueList.map((action) => (
              <li key={action.id}>
                <Link to={`/actions/${action.id}`} className="reference">
                  {action.reference}
                </Link>{' '}
                {action.description} — {action.ownerName}, {formatCalendarDate(action.dueDate, dateLocale)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
};

/** Réclamations of the period and their response time, with the satisfaction and réclamations indicators. */
export const InputsComplaints = ({ inputs }: { inputs: ReviewInputs }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const { complaints } = inputs;
  const satisfaction = inputs.indicators.filter((indicator) => indicator.theme === 'satisfaction' || indicator.theme === 'reclamations');
  const average =
    complaints.averageResponseDays === null
      ? t('managementReview.inputs.noAverage')
      : t('managementReview.inputs.days', { count: complaints.averageResponseDays });
  return (
    <section className="inputs-section" aria-labelledby="inputs-complaints">
      <h3 id="inputs-complaints">{t('managementReview.inputs.complaints')}</h3>
      <Figures
        rows={[
          [t('managementReview.inputs.received'), complaints.received],
          [t('managementReview.inputs.answered'), complaints.answered],
          [t('managementReview.inputs.answeredLate'), complaints.answeredLate],
          [t('managementReview.inputs.unanswered'), complaints.unanswered],
          [t('managementReview.inputs.averageDays'), average],
        ]}
      />
      {complaints.list.length > 0 && (
        <ul className="inputs-list" data-testid="inputs-complaints">
          {complaints.list.map((complaint) => (
            <li key={complaint.id}>
              <Link to={`/reclamations/${complaint.id}`} className="reference">
                {complaint.reference}
              </Link>{' '}
              {formatCalendarDate(complaint.receivedOn, dateLocale)} —{' '}
              {t(`managementReview.labels.complainant.${complaint.complainantKind}`)} : {complaint.subject} (
              {complaint.respondedOn === null
                ? t('managementReview.labels.notAnswered')
                : t('managementReview.labels.answeredOn', { date: formatCalendarDate(complaint.respondedOn, dateLocale) })}
              )
            </li>
          ))}
        </ul>
      )}
      {satisfaction.length === 0 ? <p>{t('managementReview.inputs.satisfactionNone')}</p> : <IndicatorRows indicators={satisfaction} />}
    </section>
  );
};

/** Documents past their review date, and fiches d'amélioration of the period. */
export const InputsDocumentsAndIdeas = ({ inputs }: { inputs: ReviewInputs }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  return (
    <>
      <section className="inputs-section" aria-labelledby="inputs-documents">
        <h3 id="inputs-documents">{t('managementReview.inputs.documents')}</h3>
        {inputs.documentsOverdue.length === 0 ? (
          <p>{t('managementReview.inputs.documentsNone')}</p>
        ) : (
          <ul className="inputs-list">
            {inputs.documentsOverdue.map((document) => (
              <li key={document.id}>
                <Link to={`/documents/${document.id}`} className="reference">
                  {document.reference}
                </Link>{' '}
                {document.title} — {formatCalendarDate(document.nextReviewDue, dateLocale)}
                {document.ownerName && `, ${document.ownerName}`}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="inputs-section" aria-labelledby="inputs-ideas">
        <h3 id="inputs-ideas">{t('managementReview.inputs.suggestions')}</h3>
        <Figures
          rows={[
            [t('managementReview.inputs.suggestionsReceived'), inputs.suggestions.received],
            [t('managementReview.inputs.suggestionsToTriage'), inputs.suggestions.toTriage],
          ]}
        />
        {inputs.suggestions.list.length > 0 && (
          <ul className="inputs-list">
            {inputs.suggestions.list.map((suggestion) => (
              <li key={suggestion.id}>
                <Link to={`/ameliorations/${suggestion.id}`} className="reference">
                  {suggestion.reference}
                </Link>{' '}
                {t(`managementReview.labels.suggestionKind.${suggestion.kind}`)} : {suggestion.description} (
                {t(`managementReview.labels.suggestionStatus.${suggestion.status}`)})
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
};
