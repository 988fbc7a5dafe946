import { useGradeLabel } from '../common/gradeLabel';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { nonconformityStatuses } from '../../../../shared/schemas/nonconformities';
import type { Audit, Finding } from '../../../../shared/schemas/audits';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { ErrorState, Loading } from '../../ui/States';
import { answerOf } from '../../../../shared/domain/audits';
import type { ResponseRuleView } from '../../../../shared/schemas/certification-rules';
import { FindingForm, followUpOf } from './FindingForm';
import { FindingsChart } from './FindingsChart';
import { useAuditMove, useFindings, useGrades, useResponseRule } from './hooks';
import './findings.css';

type Dialog = { kind: 'add' } | { kind: 'edit'; finding: Finding } | null;

const isNcStatus = (value: string): value is (typeof nonconformityStatuses)[number] =>
  (nonconformityStatuses as readonly string[]).includes(value);

type FindingCardProps = { finding: Finding; rule: ResponseRuleView | undefined; onEdit: () => void; editable: boolean };

/** One finding as a card: grade, what it concerns, what was seen, its deadlines and the nonconformity it opened. */
const FindingCard = ({ finding, rule, onEdit, editable }: FindingCardProps) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const gradeLabel = useGradeLabel();
  const nc = finding.nonconformity;
  const isNc = finding.grade.ncSeverity !== null;
  const answer = answerOf(finding.grade);
  const followUp = followUpOf(rule, finding.grade);
  const date = (value: string) => formatCalendarDate(value, dateLocale);
  return (
    <article className={`finding${isNc ? ' finding--nc' : ''}`} aria-labelledby={`finding-${finding.id}`}>
      <header className="finding__header">
        <h3 id={`finding-${finding.id}`} className="finding__grade">
          {isNc && <span aria-hidden="true">⚠ </span>}
          {gradeLabel(finding.grade)}
        </h3>
        <span className="badge badge--finding">
          {answer === 'aucune' ? t('audits.findings.noAnswer') : t(`audits.findings.statuses.${finding.status}`)}
        </span>
        {editable && (
          <Button
            variant="quiet"
            className="finding__edit"
            aria-label={t('audits.findings.editLabel', { grade: gradeLabel(finding.grade), description: finding.description.slice(0, 60) })}
            onPress={onEdit}
          >
            {t('audits.findings.edit')}
          </Button>
        )}
      </header>
      <p className="finding__description pre-line">{finding.description}</p>
      <dl className="finding__details">
        {(finding.requirementLabel || finding.processName) && (
          <>
            <dt>{finding.requirementLabel ? t('audits.findings.requirement') : t('audits.findings.process')}</dt>
            <dd>{[finding.requirementLabel, finding.processName].filter(Boolean).join(' · ')}</dd>
          </>
        )}
        {finding.evidence && (
          <>
            <dt>{t('audits.findings.evidence')}</dt>
            <dd className="pre-line">{finding.evidence}</dd>
          </>
        )}
        {answer !== 'aucune' && (
          <>
            <dt>{t('audits.findings.responseDue')}</dt>
            <dd>
              {finding.responseDue
                ? date(finding.responseDue)
                : t(answer === 'prise_en_compte' ? 'audits.findings.reviewedNextAudit' : 'audits.findings.noDeadline')}
            </dd>
          </>
        )}
        {followUp && finding.followUpDue && (
          <>
            <dt>{t(`audits.findings.followUp.${followUp}`)}</dt>
            <dd>{date(finding.followUpDue)}</dd>
          </>
        )}
        {!isNc && (finding.actions.length > 0 || editable) && (
          <>
            <dt>{t('audits.findings.action')}</dt>
            <dd>
              {finding.actions.length > 0 && (
                <ul className="finding__actions">
                  {finding.actions.map((action) => (
                    <li key={action.id}>
                      <Link to={`/actions/${action.id}`}>
                        {t('audits.findings.actionLine', { reference: action.reference, status: t(`actions.status.${action.status}`) })}
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
              {editable && (
                <Link to="/plan-actions" state={{ fromFinding: { auditId: finding.auditId, findingId: finding.id } }}>
                  {t('audits.findings.createAction')}
                </Link>
              )}
            </dd>
          </>
        )}
        {nc && (
          <>
            <dt>{t('audits.findings.nonconformity')}</dt>
            <dd className="finding__nc">
              <Link to={`/non-conformites/${nc.id}`}>
                {t('audits.nonconformities.statusLine', {
                  reference: nc.reference,
                  status: isNcStatus(nc.status) ? t(`audits.nonconformities.statuses.${nc.status}`) : nc.status,
                })}
              </Link>
            </dd>
          </>
        )}
      </dl>
    </article>
  );
};

/** The audit's findings, graded on its referential's scale, with the chart of their count per grade. */
export const FindingsSection = ({ audit, onNotice }: { audit: Audit; onNotice: (message: string) => void }) => {
  const { t } = useTranslation();
  const gradeLabel = useGradeLabel();
  const findings = useFindings(audit.id);
  const grades = useGrades(audit.id);
  const rule = useResponseRule(audit.id);
  const add = useAuditMove('audits.addFinding', audit.id);
  const update = useAuditMove('audits.updateFinding', audit.id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const editable = audit.status !== 'annule';
  const close = () => setDialog(null);

  const body = () => {
    if (findings.isPending || grades.isPending) return <Loading />;
    if (findings.isError) return <ErrorState error={findings.error} onRetry={() => void findings.refetch()} />;
    if (grades.isError) return <ErrorState error={grades.error} onRetry={() => void grades.refetch()} />;
    return (
      <>
        {findings.data.length === 0 ? (
          <p>{t('audits.findings.empty')}</p>
        ) : (
          <>
            <FindingsChart grades={grades.data} findings={findings.data} />
            <ul className="findings" aria-label={t('audits.findings.list')}>
              {findings.data.map((finding) => (
                <li key={finding.id}>
                  <FindingCard finding={finding} rule={rule.data} editable={editable} onEdit={() => setDialog({ kind: 'edit', finding })} />
                </li>
              ))}
            </ul>
          </>
        )}
      </>
    );
  };

  return (
    <section className="section" aria-labelledby="audit-findings">
      <div className="section__header">
        <h2 id="audit-findings">{t('audits.findings.title')}</h2>
        {editable && grades.data && (
          <Button variant="primary" onPress={() => setDialog({ kind: 'add' })}>
            {t('audits.findings.add')}
          </Button>
        )}
      </div>
      {body()}
      <Modal
        title={dialog?.kind === 'edit' ? t('audits.findings.editTitle') : t('audits.findings.addTitle')}
        isOpen={dialog !== null}
        onOpenChange={(open) => !open && close()}
      >
        {dialog?.kind === 'add' && grades.data && (
          <FindingForm
            audit={audit}
            grades={grades.data}
            defaultValues={{
              gradeId: null,
              requirementId: null,
              processId: null,
              description: '',
              evidence: '',
              responseDue: null,
              followUpDue: null,
              status: 'a_traiter',
            }}
            submitLabel={t('common.add')}
            onSubmit={async (fields) => {
              const created = await add.mutateAsync({ auditId: audit.id, fields });
              close();
              // A planned audit that receives a finding took place: the backend made it « Réalisé ».
              const held = audit.status === 'planifie' ? ` ${t('audits.nowHeld', { reference: audit.reference })}` : '';
              onNotice(`${t('audits.findings.added', { grade: gradeLabel(created.grade) })}${held}`);
            }}
            onCancel={close}
          />
        )}
        {dialog?.kind === 'edit' && grades.data && (
          <FindingForm
            audit={audit}
            // A finding keeps its grade when the referential's scale changes since (the backend accepts it).
            grades={
              grades.data.some((grade) => grade.id === dialog.finding.grade.id) ? grades.data : [...grades.data, dialog.finding.grade]
            }
            defaultValues={{
              gradeId: dialog.finding.grade.id,
              requirementId: dialog.finding.requirementId,
              processId: dialog.finding.processId,
              description: dialog.finding.description,
              evidence: dialog.finding.evidence ?? '',
              responseDue: dialog.finding.responseDue,
              followUpDue: dialog.finding.followUpDue,
              status: dialog.finding.status,
            }}
            submitLabel={t('common.save')}
            onSubmit={async (fields) => {
              await update.mutateAsync({ id: dialog.finding.id, revision: dialog.finding.revision, fields });
              close();
              onNotice(t('audits.findings.saved'));
            }}
            onCancel={close}
          />
        )}
      </Modal>
    </section>
  );
};
