import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { RequirementNode } from '../../../../shared/schemas/referentials';
import { PageHeader } from '../../ui/PageHeader';
import type { Option } from '../../ui/SelectField';
import { useAddRequirement } from './hooks';
import { useReferential } from '../common/lookups';
import { RequirementForm } from './RequirementForm';
import './referentials.css';
import { QueryFallback } from '../../ui/list/QueryView';

/** Every requirement of a tree as a choice of parent, indented by depth so the outline stays visible. */
export const parentChoices = (nodes: RequirementNode[], excludeId: number | null = null, depth = 0): Option[] =>
  nodes
    .filter((node) => node.id !== excludeId)
    .flatMap((node) => [
      { id: String(node.id), label: `${'\u00a0\u00a0'.repeat(depth)}${node.number} ${node.titleFr}` },
      ...parentChoices(node.children, excludeId, depth + 1),
    ]);

/** "Nouvelle exigence" in a scheme referential, then back to its tree. */
export const RequirementCreatePage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const detail = useReferential(id);
  const add = useAddRequirement();
  if (!detail.isSuccess) return <QueryFallback query={detail} />;
  const { referential, requirements } = detail.data;
  const back = `/referentiels/${referential.id}`;
  return (
    <>
      <p className="breadcrumb">
        <Link to={back}>← {referential.name}</Link>
      </p>
      <PageHeader title={t('referentials.newRequirementTitle')} subtitle={`${referential.name} — ${referential.edition}`} />
      <RequirementForm
        defaultValues={{ number: '', titleFr: '', titleEn: null, text: null, parentId: null }}
        parentOptions={parentChoices(requirements)}
        submitLabel={t('common.create')}
        onSubmit={async (fields) => {
          const created = await add.mutateAsync({ referentialId: referential.id, fields });
          void navigate(back, { state: { notice: t('referentials.requirementCreated', { number: created.number }) } });
        }}
        onCancel={() => void navigate(back)}
      />
    </>
  );
};
