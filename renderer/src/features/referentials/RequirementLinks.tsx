import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LinkEntity } from '../../../../shared/domain/referentials';
import type { RequirementOption } from '../../../../shared/schemas/referentials';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { LinkPicker } from '../../ui/LinkPicker';
import { Notice, useNotice } from '../../ui/Notice';
import { ErrorState } from '../../ui/States';
import { ApplicabilityBadge } from './ApplicabilityBadge';
import { useChangeLink, useLinkedRequirements } from './hooks';
import { useRequirementOptions } from '../common/lookups';
import './referentials.css';
import { QueryFallback } from '../../ui/list/QueryView';

export type RequirementLinksProps = {
  /** The record whose requirements are shown: a document, a function, a training, a provider, a survey, an issue, a party, a risk, a watch item. */
  entity?: LinkEntity;
  entityId: number;
  /** Shows the links without the combobox and the remove buttons (e.g. an obsolete document). */
  isReadOnly?: boolean;
  /** Level of the section's heading, to fit the page's outline (2 by default). */
  headingLevel?: 2 | 3;
};

/**
 * The requirements a record answers or evidences, for its page: a list with links to each requirement,
 * an accessible combobox searching number and title to add one, and a remove button per link.
 */
export const RequirementLinks = ({ entity = 'document', entityId, isReadOnly = false, headingLevel = 2 }: RequirementLinksProps) => {
  const { t } = useTranslation();
  const links = useLinkedRequirements(entity, entityId);
  const options = useRequirementOptions();
  const change = useChangeLink(entity, entityId);
  const isDocument = entity === 'document';
  const [error, setError] = useState<string | null>(null);
  const [notice, showNotice] = useNotice();
  const Heading = `h${headingLevel}` as const;

  const linkedIds = new Set((links.data ?? []).map((link) => link.id));
  // Its referential tells two 4.1 apart; "maitrise doc" finds "7.5.3 Maîtrise des informations documentées".
  const suggestions = (options.data ?? [])
    .filter((option) => !linkedIds.has(option.id))
    .map((option) => ({ id: option.id, prefix: option.number, label: option.titleFr, detail: option.referentialName }));

  const changeLink = async (requirement: Pick<RequirementOption, 'id' | 'number'>, add: boolean): Promise<boolean> => {
    setError(null);
    try {
      await change.mutateAsync({ requirementId: requirement.id, add });
      showNotice(t(add ? 'referentials.links.linked' : 'referentials.links.unlinked', { number: requirement.number }));
      return true;
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      return false;
    }
  };

  const list = () => {
    if (!links.isSuccess) return <QueryFallback query={links} />;
    if (links.data.length === 0) return <p>{t(isDocument ? 'referentials.links.empty' : 'referentials.links.emptyRecord')}</p>;
    return (
      <ul className="link-list" aria-label={t(isDocument ? 'referentials.links.list' : 'referentials.links.listRecord')}>
        {links.data.map((requirement) => (
          <li key={requirement.id} className="link-list__item">
            <Link to={`/exigences/${requirement.id}`}>
              <span className="req-number">{requirement.number}</span> {requirement.titleFr}
            </Link>
            <span className="link-list__meta">{requirement.referentialName}</span>
            <ApplicabilityBadge applicable={requirement.applicable} />
            {!isReadOnly && (
              <Button
                variant="quiet"
                className="link-list__action"
                isDisabled={change.isPending}
                aria-label={t('referentials.links.removeLabel', { number: requirement.number, title: requirement.titleFr })}
                onPress={() => void changeLink(requirement, false)}
              >
                {t('referentials.links.remove')}
              </Button>
            )}
          </li>
        ))}
      </ul>
    );
  };

  return (
    <section className="section">
      <Heading>{t('referentials.links.title')}</Heading>
      <Notice message={notice} />
      <FormAlert message={error} />
      {list()}
      {!isReadOnly && options.isError && <ErrorState error={options.error} onRetry={() => void options.refetch()} />}
      {!isReadOnly && !options.isError && (
        <LinkPicker
          label={t('referentials.links.add')}
          placeholder={t('referentials.links.placeholder')}
          help={t('referentials.links.help')}
          noMatch={t('referentials.links.noMatch')}
          options={suggestions}
          onPick={({ id }) => {
            const chosen = (options.data ?? []).find((option) => option.id === id);
            return chosen ? changeLink(chosen, true) : Promise.resolve(false);
          }}
          isDisabled={options.isPending || change.isPending}
        />
      )}
    </section>
  );
};
