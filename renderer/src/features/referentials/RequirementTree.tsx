import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RequirementNode } from '../../../../shared/schemas/referentials';
import { ApplicabilityBadge } from './ApplicabilityBadge';
import { RequirementMarks } from './DocumentedInformation';

const Branch = ({ nodes }: { nodes: RequirementNode[] }) => (
  <ul>
    {nodes.map((node) => (
      <Item key={node.id} node={node} />
    ))}
  </ul>
);

const Item = ({ node }: { node: RequirementNode }) => (
  <li>
    <div className="req-row">
      <Link to={`/exigences/${node.id}`}>
        <span className="req-number">{node.number}</span> {node.titleFr}
      </Link>
      <ApplicabilityBadge applicable={node.applicable} />
      <RequirementMarks requirement={node} />
    </div>
    {node.children.length > 0 && <Branch nodes={node.children} />}
  </li>
);

/** A referential's requirements as nested lists, in natural number order; screen readers hear the nesting. */
export const RequirementTree = ({ requirements }: { requirements: RequirementNode[] }) => {
  const { t } = useTranslation();
  if (requirements.length === 0) return <p>{t('referentials.noRequirements')}</p>;
  return (
    <ul className="req-tree" aria-label={t('referentials.tree')}>
      {requirements.map((node) => (
        <Item key={node.id} node={node} />
      ))}
    </ul>
  );
};
