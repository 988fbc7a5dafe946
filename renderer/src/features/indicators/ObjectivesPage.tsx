import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { QualityObjective } from '../../../../shared/schemas/objectives';
import { todayOnThisComputer } from '../../app/today';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState } from '../../ui/States';
import { useCreateObjective, useObjectives, useUpdateObjective } from './hooks';
import { ObjectiveForm } from './ObjectiveForm';
import { PolicyCard } from './PolicyCard';
import { StateBadge } from '../common/StateBadge';
import { QueryFallback } from '../../ui/list/QueryView';

const blank = {
  title: '',
  description: null,
  ownerId: null,
  processId: null,
  targetDate: null,
  status: 'en_cours',
  indicatorIds: [],
} as const;

const valuesOf = (objective: QualityObjective) => ({
  title: objective.title,
  description: objective.description,
  ownerId: objective.ownerId,
  processId: objective.processId,
  setOn: objective.setOn,
  targetDate: objective.targetDate,
  status: objective.status,
  indicatorIds: objective.indicators.map((indicator) => indicator.id),
});

/** The quality policy and the quality objectives, each with the indicators that say whether it is met. */
export const ObjectivesPage = () => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const objectives = useObjectives();
  const create = useCreateObjective();
  const update = useUpdateObjective();
  const [editing, setEditing] = useState<QualityObjective | 'new' | null>(null);
  const [notice, showNotice] = useNotice();

  const list = () => {
    if (!objectives.isSuccess) return <QueryFallback query={objectives} />;
    if (objectives.data.length === 0) return <EmptyState title={t('objectives.emptyTitle')}>{t('objectives.emptyText')}</EmptyState>;
    return (
      <div className="table-scroller table-scroller--short" tabIndex={0} role="region" aria-label={t('objectives.list')}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('objectives.field.title')}</th>
              <th scope="col">{t('objectives.field.owner')}</th>
              <th scope="col">{t('objectives.field.targetDate')}</th>
              <th scope="col">{t('objectives.field.status')}</th>
              <th scope="col">{t('objectives.field.indicators')}</th>
              <th scope="col">{t('common.edit')}</th>
            </tr>
          </thead>
          <tbody>
            {objectives.data.map((objective) => (
              <tr key={objective.id}>
                <th scope="row" className="col-title">
                  {objective.title}
                </th>
                <td>{objective.ownerName}</td>
                <td className="nowrap">
                  {formatCalendarDate(objective.targetDate, dateLocale)}
                  {objective.overdue && (
                    <span className="badge badge--overdue">
                      <span aria-hidden="true">⚠ </span>
                      {t('objectives.overdue')}
                    </span>
                  )}
                </td>
                <td>{t(`objectives.status.${objective.status}`)}</td>
                <td>
                  {objective.indicators.length === 0 ? (
                    t('objectives.noIndicator')
                  ) : (
                    <ul className="plain-list">
                      {objective.indicators.map((indicator) => (
                        <li key={indicator.id}>
                          <Link to={`/indicateurs/${indicator.id}`}>{indicator.name}</Link> <StateBadge state={indicator.state} />
                          {indicator.latest !== null && ` ${indicator.latest}`}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>
                  <Button variant="quiet" aria-label={`${t('common.edit')} : ${objective.title}`} onPress={() => setEditing(objective)}>
                    {t('common.edit')}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to="/indicateurs">← {t('indicators.title')}</Link>
      </p>
      <PageHeader
        title={t('objectives.title')}
        subtitle={t('objectives.subtitle')}
        actions={
          <Button variant="primary" onPress={() => setEditing('new')}>
            {t('objectives.new')}
          </Button>
        }
      />
      <Notice message={notice} />
      <PolicyCard onNotice={showNotice} />
      <section className="section" aria-labelledby="objectives-title">
        <h2 id="objectives-title">{t('objectives.list')}</h2>
        {list()}
      </section>
      <Modal
        title={editing === 'new' ? t('objectives.newTitle') : t('objectives.editTitle')}
        isOpen={editing !== null}
        onOpenChange={(open) => !open && setEditing(null)}
      >
        {editing !== null && (
          <ObjectiveForm
            defaultValues={editing === 'new' ? { ...blank, setOn: todayOnThisComputer(), indicatorIds: [] } : valuesOf(editing)}
            submitLabel={editing === 'new' ? t('common.create') : t('common.save')}
            serverPrefix={editing === 'new' ? undefined : 'fields.'}
            onSubmit={async (fields) => {
              if (editing === 'new') await create.mutateAsync(fields);
              else await update.mutateAsync({ id: editing.id, revision: editing.revision, fields });
              setEditing(null);
              showNotice(editing === 'new' ? t('objectives.created') : t('objectives.updated'));
            }}
            onCancel={() => setEditing(null)}
          />
        )}
      </Modal>
    </>
  );
};
