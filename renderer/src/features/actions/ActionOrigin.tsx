import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Action } from '../../../../shared/schemas/actions';

const originPaths = {
  nonconformite: '/non-conformites',
  constat: '/audits',
  fiche: '/ameliorations',
  evaluation_prestataire: '/prestataires',
  enquete: '/enquetes',
  risque: '/risques',
  veille: '/veille/informations',
} as const;

/** Where an action comes from, linked to that record: a nonconformity, an audit, a fiche, a provider, a survey, a risk, a watch item; or the words given. */
export const ActionOrigin = ({ action }: { action: Action }) => {
  const { t } = useTranslation();
  const source = t(`actions.source.${action.source}`);
  if (action.source === 'revue_direction' || action.source === 'autre') {
    return (
      <>
        {source}
        {action.originNote && <span className="origin-note"> — {action.originNote}</span>}
      </>
    );
  }
  return (
    <>
      {source}{' '}
      {action.originId !== null && (
        <Link to={`${originPaths[action.source]}/${action.originId}`} className="reference">
          {action.originReference}
        </Link>
      )}
    </>
  );
};
