import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { competenceKindLabels } from '../../../../shared/labels/competences';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { QueryFallback } from '../../ui/list/QueryView';
import { HistoryTimeline } from '../history/HistoryTimeline';
import { useHistoryFormat } from '../history/format';
import { RequirementLinks } from '../referentials';
import { FunctionForm } from './FunctionForm';
import { useCompetenceMutation, useJobFunction } from './hooks';

/** One function: what it requires, who holds it, the requirements it evidences, its history. */
export const FunctionPage = () => {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const location = useLocation();
  const fn = useJobFunction(id);
  const update = useCompetenceMutation('competences.updateFunction');
  const [editing, setEditing] = useState(false);
  const [notice, showNotice] = useNotice();
  const format = useHistoryFormat(t('competences.field', { returnObjects: true }), { kind: competenceKindLabels.fr });
  if (!fn.isSuccess) return <QueryFallback query={fn} />;
  const record = fn.data;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/competences">← {t('competences.title')}</Link>
      </p>
      <PageHeader title={record.name} actions={<Button onPress={() => setEditing(true)}>{t('common.edit')}</Button>} />
      <Notice message={notice ?? (location.state as { notice?: string } | null)?.notice ?? null} />
      <dl className="details">
        <dt>{t('competences.field.description')}</dt>
        <dd>{record.description ?? t('common.none')}</dd>
        <dt>{t('competences.field.competences')}</dt>
        <dd>{record.competences.map((c) => c.name).join(', ') || t('common.none')}</dd>
        <dt>{t('competences.field.holders')}</dt>
        <dd>
          {record.holders.map((h) => (h.active ? h.name : `${h.name} (${t('trainings.personLeft')})`)).join(', ') || t('common.none')}
        </dd>
      </dl>
      <RequirementLinks entity="job_function" entityId={record.id} />
      <section className="section" aria-labelledby="function-history">
        <h2 id="function-history">{t('competences.history')}</h2>
        <HistoryTimeline entity="job_function" entityId={record.id} fieldLabel={format.label} formatValue={format.value} />
      </section>
      <Modal title={t('competences.editFunctionTitle', { name: record.name })} isOpen={editing} onOpenChange={setEditing}>
        <FunctionForm
          defaultValues={{
            name: record.name,
            description: record.description ?? '',
            competenceIds: record.competences.map((c) => c.id),
            holderIds: record.holders.map((h) => h.id),
          }}
          serverPrefix="fields."
          submitLabel={t('common.save')}
          onSubmit={async (fields) => {
            await update.mutateAsync({ id: record.id, revision: record.revision, fields });
            setEditing(false);
            showNotice(t('common.saved'));
          }}
          onCancel={() => setEditing(false)}
        />
      </Modal>
    </>
  );
};
