import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Button } from '../../ui/Button';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { ErrorState, Loading } from '../../ui/States';
import { HistoryTimeline } from '../history/HistoryTimeline';
import { ApplicabilityBadge } from './ApplicabilityBadge';
import { ApplicabilityForm } from './ApplicabilityForm';
import { DocumentedInformation, RequirementMarks } from './DocumentedInformation';
import { useRequirement, useUpdateRequirement } from './hooks';
import { useReferential } from '../common/lookups';
import { formatHistoryValue, historyFieldLabel } from './labels';
import { parentChoices } from './RequirementCreatePage';
import { RequirementAnswers } from './RequirementAnswers';
import { RequirementDetails } from './RequirementDetails';
import { RequirementForm } from './RequirementForm';
import './referentials.css';
import { QueryFallback } from '../../ui/list/QueryView';

/** Edit form; parents are offered from the same referential, never the requirement itself or below it. */
const EditRequirement = ({ id, referentialId, onDone }: { id: number; referentialId: number; onDone: (saved: boolean) => void }) => {
  const { t } = useTranslation();
  const requirement = useRequirement(id);
  const tree = useReferential(referentialId);
  const update = useUpdateRequirement();
  if (requirement.isPending || tree.isPending) return <Loading />;
  if (requirement.isError) return <ErrorState error={requirement.error} />;
  if (tree.isError) return <ErrorState error={tree.error} />;
  const current = requirement.data;
  return (
    <RequirementForm
      defaultValues={{
        number: current.number,
        titleFr: current.titleFr,
        titleEn: current.titleEn,
        text: current.text,
        parentId: current.parentId,
      }}
      parentOptions={parentChoices(tree.data.requirements, current.id)}
      textOnly={current.referentialSource === 'livre'}
      submitLabel={t('common.save')}
      onSubmit={async (fields) => {
        await update.mutateAsync({ id: current.id, fields });
        onDone(true);
      }}
      onCancel={() => onDone(false)}
    />
  );
};

/** One requirement: where it sits, its text, applicability, what answers it, and its history. */
export const RequirementPage = () => {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const requirement = useRequirement(id);
  const [editing, setEditing] = useState(false);
  const [notice, showNotice] = useNotice();

  if (!requirement.isSuccess) return <QueryFallback query={requirement} />;
  const r = requirement.data;

  return (
    <>
      <p className="breadcrumb">
        <Link to={`/referentiels/${r.referentialId}`}>← {r.referentialName}</Link>
      </p>
      <PageHeader
        title={
          <>
            <span className="reference">{r.number}</span> {r.titleFr}
          </>
        }
        subtitle={r.titleEn ?? undefined}
        actions={
          !editing && (
            <Button variant="primary" onPress={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
          )
        }
      />
      <Notice message={notice} />
      {editing ? (
        <EditRequirement
          id={r.id}
          referentialId={r.referentialId}
          onDone={(saved) => {
            setEditing(false);
            if (saved) showNotice(t('referentials.requirementUpdated'));
          }}
        />
      ) : (
        <RequirementDetails requirement={r} />
      )}
      {r.children.length > 0 && (
        <section className="section">
          <h2>{t('referentials.children')}</h2>
          <ul className="link-list">
            {r.children.map((child) => (
              <li key={child.id} className="link-list__item">
                <Link to={`/exigences/${child.id}`}>
                  <span className="req-number">{child.number}</span> {child.titleFr}
                </Link>
                <ApplicabilityBadge applicable={child.applicable} />
                <RequirementMarks requirement={child} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="section">
        <h2>{t('referentials.documented.title')}</h2>
        <DocumentedInformation requirement={r} />
      </section>
      <section className="section">
        <h2>{t('referentials.applicability')}</h2>
        <ApplicabilityForm
          key={`${r.id}-${r.applicable}`}
          requirement={r}
          onSaved={() => showNotice(t('referentials.applicabilitySaved'))}
        />
      </section>
      <section className="section">
        <h2>{t('referentials.answers')}</h2>
        <RequirementAnswers requirement={r} />
      </section>
      <section className="section">
        <h2>{t('referentials.history')}</h2>
        <HistoryTimeline entity="requirement" entityId={r.id} fieldLabel={historyFieldLabel(t)} formatValue={formatHistoryValue(t)} />
      </section>
    </>
  );
};
