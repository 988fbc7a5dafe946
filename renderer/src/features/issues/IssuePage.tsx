import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { swotQuadrantOf } from '../../../../shared/domain/issues';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { QueryFallback } from '../../ui/list/QueryView';
import { RequirementLinks } from '../referentials';
import { useIssue } from './hooks';
import { IssueForm, issueFieldsOf } from './IssueForm';
import { ContextTabs } from '../common/ContextTabs';
import { useContextMutation } from '../common/contextMutation';
import { OriginRisks } from '../common/OriginRisks';
import { LifeBadges } from '../common/RegisterLife';
import { RegisterHistory, RegisterLifeButtons, RegisterLifeDialog, useRegisterLifeTitles } from '../common/RegisterLifeDialog';

/** One issue: what it is, its dates, the risks seen from it, the requirements it answers, its history. */
export const IssuePage = () => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const id = Number(useParams().id);
  const location = useLocation();
  const issue = useIssue(id);
  const update = useContextMutation('issues.update');
  const [dialog, setDialog] = useState<'edit' | 'review' | 'retire' | null>(null);
  const [notice, showNotice] = useNotice();
  const arrivalNotice = (location.state as { notice?: string } | null)?.notice ?? null;

  const lifeTitles = useRegisterLifeTitles(issue.data?.title ?? '');
  if (!issue.isSuccess) return <QueryFallback query={issue} />;
  const record = issue.data;
  const active = record.status === 'actif';
  const date = (value: string | null) => (value ? formatCalendarDate(value, dateLocale) : t('common.none'));
  const done = (message: string) => {
    setDialog(null);
    showNotice(message);
  };
  const titles = {
    edit: t('issues.editTitle'),
    ...lifeTitles,
  };
  return (
    <>
      <p className="breadcrumb">
        <Link to="/contexte">← {t('issues.title')}</Link>
      </p>
      <PageHeader
        title={record.title}
        subtitle={<LifeBadges record={record} />}
        actions={
          active && (
            <>
              <Button onPress={() => setDialog('edit')}>{t('issues.edit')}</Button>
              <RegisterLifeButtons open={setDialog} />
            </>
          )
        }
      />
      <ContextTabs />
      <Notice message={notice ?? arrivalNotice} />
      <dl className="details">
        <dt>{t('issues.field.nature')}</dt>
        <dd>
          {t(`issues.nature.${record.nature}`)}, {t(`issues.effect.${record.effect}`).toLocaleLowerCase()} —{' '}
          {t(`issues.quadrant.${swotQuadrantOf(record)}`)}
        </dd>
        <dt>{t('issues.field.heading')}</dt>
        <dd>{record.heading ?? t('common.none')}</dd>
        <dt>{t('issues.field.description')}</dt>
        <dd className="nc-text">{record.description ?? t('common.none')}</dd>
        <dt>{t('issues.field.source')}</dt>
        <dd>{record.source ?? t('common.none')}</dd>
        <dt>{t('issues.field.identifiedOn')}</dt>
        <dd>{date(record.identifiedOn)}</dd>
        <dt>{t('issues.field.lastReviewedOn')}</dt>
        <dd>{date(record.lastReviewedOn)}</dd>
        <dt>{t('issues.field.reviewDue')}</dt>
        <dd>{date(record.reviewDue)}</dd>
        {record.status === 'retire' && (
          <>
            <dt>{t('issues.field.retiredOn')}</dt>
            <dd>
              {date(record.retiredOn)} — {record.retireReason}
            </dd>
          </>
        )}
      </dl>
      <OriginRisks origin="enjeu" originId={record.id} title={t('issues.risks')} canAdd={active} />
      <RequirementLinks entity="issue" entityId={record.id} isReadOnly={!active} />
      <RegisterHistory entity="issue" entityId={record.id} title={t('issues.history')} />
      <Modal title={dialog === null ? '' : titles[dialog]} isOpen={dialog !== null} onOpenChange={(open) => !open && setDialog(null)}>
        {dialog === 'edit' && (
          <IssueForm
            defaultValues={issueFieldsOf(record)}
            serverPrefix="fields."
            submitLabel={t('common.save')}
            onSubmit={async (fields) => {
              await update.mutateAsync({ id: record.id, revision: record.revision, fields });
              done(t('issues.saved'));
            }}
            onCancel={() => setDialog(null)}
          />
        )}
        <RegisterLifeDialog register="issues" dialog={dialog} record={record} onDone={done} onCancel={() => setDialog(null)} />
      </Modal>
    </>
  );
};
