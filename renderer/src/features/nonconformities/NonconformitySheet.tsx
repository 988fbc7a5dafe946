import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { nonconformityStatuses } from '../../../../shared/domain/nonconformities';
import type { Nonconformity } from '../../../../shared/schemas/nonconformities';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { useLoopMutation } from '../common/loopMutation';
import { NonconformityForm } from './NonconformityForm';

/** Where the nonconformity stands among the loop's steps; the current one is marked for screen readers too. */
export const StatusSteps = ({ status }: { status: Nonconformity['status'] }) => {
  const { t } = useTranslation();
  const current = nonconformityStatuses.indexOf(status);
  return (
    <ol className="nc-steps" aria-label={t('nonconformities.steps')}>
      {nonconformityStatuses.map((step, index) => (
        <li
          key={step}
          className={`nc-steps__step${index < current ? ' nc-steps__step--done' : ''}${index === current ? ' nc-steps__step--current' : ''}`}
          aria-current={index === current ? 'step' : undefined}
        >
          {t(`nonconformities.status.${step}`)}
        </li>
      ))}
    </ol>
  );
};

/** The origin of the nonconformity: the audit finding (and whether it is lifted), the réclamation or the fiche. */
const Origin = ({ nc }: { nc: Nonconformity }) => {
  const { t } = useTranslation();
  const source = t(`nonconformities.source.${nc.source}`);
  if (nc.finding && nc.findingDetail) {
    return (
      <>
        <Link to={`/audits/${nc.finding.auditId}`}>
          {t('nonconformities.findingLine', {
            grade: nc.findingDetail.gradeLabel,
            audit: nc.finding.auditReference,
            status: t(`nonconformities.findingStatus.${nc.findingDetail.status}`),
          })}
        </Link>
        <span className="nc-origin__quote">« {nc.findingDetail.description} »</span>
      </>
    );
  }
  if (nc.complaint) {
    return (
      <>
        {source} <Link to={`/reclamations/${nc.complaint.id}`}>{nc.complaint.reference}</Link>
      </>
    );
  }
  if (nc.suggestion) {
    return (
      <>
        {source} — {t('nonconformities.field.suggestion')} <Link to={`/ameliorations/${nc.suggestion.id}`}>{nc.suggestion.reference}</Link>
      </>
    );
  }
  return <>{source}</>;
};

/** The fiche itself: origin, description, severity, detection, process and requirements, editable while open. */
export const NonconformitySheet = ({ nc, onNotice }: { nc: Nonconformity; onNotice: (message: string) => void }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const [editing, setEditing] = useState(false);
  const update = useLoopMutation('nonconformities.update');
  const none = t('common.none');
  return (
    <section className="section" aria-labelledby="nc-sheet">
      <div className="section__header">
        <h2 id="nc-sheet">{t('nonconformities.fiche')}</h2>
        {nc.status !== 'close' && <Button onPress={() => setEditing(true)}>{t('nonconformities.edit')}</Button>}
      </div>
      <dl className="details">
        <dt>{t('nonconformities.field.source')}</dt>
        <dd className="nc-origin">
          <Origin nc={nc} />
        </dd>
        <dt>{t('nonconformities.field.description')}</dt>
        <dd className="nc-text">{nc.description}</dd>
        <dt>{t('nonconformities.field.severity')}</dt>
        <dd>{t(`nonconformities.severity.${nc.severity}`)}</dd>
        <dt>{t('nonconformities.field.detectedOn')}</dt>
        <dd>
          {formatCalendarDate(nc.detectedOn, dateLocale)}
          {nc.detectedByName && ` — ${nc.detectedByName}`}
        </dd>
        <dt>{t('nonconformities.field.process')}</dt>
        <dd>{nc.processName ?? none}</dd>
        <dt>{t('nonconformities.field.requirements')}</dt>
        <dd>
          {nc.requirements.length === 0
            ? none
            : nc.requirements.map((requirement) => (
                <span key={requirement.id} className="nc-requirement">
                  <Link to={`/exigences/${requirement.id}`}>
                    {requirement.number} {requirement.title}
                  </Link>
                </span>
              ))}
        </dd>
      </dl>
      <Modal title={t('nonconformities.editTitle', { reference: nc.reference })} isOpen={editing} onOpenChange={setEditing}>
        <NonconformityForm
          defaultValues={{
            detectedOn: nc.detectedOn,
            detectedById: nc.detectedById,
            processId: nc.processId,
            requirementIds: nc.requirements.map((requirement) => requirement.id),
            description: nc.description,
            severity: nc.severity === 'observation' ? null : nc.severity,
          }}
          serverPrefix="fields."
          submitLabel={t('common.save')}
          onSubmit={async (fields) => {
            await update.mutateAsync({ id: nc.id, revision: nc.revision, fields });
            setEditing(false);
            onNotice(t('nonconformities.updated'));
          }}
          onCancel={() => setEditing(false)}
        />
      </Modal>
    </section>
  );
};
