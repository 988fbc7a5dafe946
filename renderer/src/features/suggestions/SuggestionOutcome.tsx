import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Suggestion } from '../../../../shared/schemas/suggestions';

/** What the triage made of a fiche: the nonconformity or action it became (linked), or why it was not kept. */
export const SuggestionOutcome = ({ suggestion }: { suggestion: Suggestion }) => {
  const { t } = useTranslation();
  if (suggestion.nonconformity) {
    return (
      <Link to={`/non-conformites/${suggestion.nonconformity.id}`} className="reference">
        {suggestion.nonconformity.reference}
      </Link>
    );
  }
  if (suggestion.action) {
    return (
      <Link to={`/actions/${suggestion.action.id}`} className="reference">
        {suggestion.action.reference}
      </Link>
    );
  }
  return <>{suggestion.rejectionReason ?? t('common.none')}</>;
};
