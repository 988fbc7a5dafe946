import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button as AriaButton, ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text, useFilter } from 'react-aria-components';
import { Link } from 'react-router';
import type { LinkEntity } from '../../../../shared/domain/referentials';
import type { RequirementOption } from '../../../../shared/schemas/referentials';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
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

/** How an option reads and is searched: number, title, then its referential to tell two 4.1 apart. */
const optionLabel = (option: RequirementOption): string => `${option.number} ${option.titleFr} — ${option.referentialName}`;

/** At most this many suggestions at once: typing narrows them, and a short list stays usable by keyboard. */
const MAX_SUGGESTIONS = 60;

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
  const { contains } = useFilter({ sensitivity: 'base' });
  const [inputValue, setInputValue] = useState('');
  // A new field after each link: clearing the text of a focused combobox would open its whole list over the page.
  const [round, setRound] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [notice, showNotice] = useNotice();
  const Heading = `h${headingLevel}` as const;

  const linkedIds = new Set((links.data ?? []).map((link) => link.id));
  // Every typed word must appear, accents and case aside: "maitrise doc" finds "7.5.3 Maîtrise des informations documentées".
  const terms = inputValue.split(/\s+/).filter((term) => term !== '');
  const suggestions = (options.data ?? [])
    .filter((option) => !linkedIds.has(option.id) && terms.every((term) => contains(optionLabel(option), term)))
    .slice(0, MAX_SUGGESTIONS);

  const changeLink = async (requirement: Pick<RequirementOption, 'id' | 'number'>, add: boolean) => {
    setError(null);
    try {
      await change.mutateAsync({ requirementId: requirement.id, add });
      showNotice(t(add ? 'referentials.links.linked' : 'referentials.links.unlinked', { number: requirement.number }));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
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
        <ComboBox
          key={round}
          className="field"
          items={suggestions}
          inputValue={inputValue}
          onInputChange={setInputValue}
          selectedKey={null}
          onSelectionChange={(key) => {
            const chosen = (options.data ?? []).find((option) => String(option.id) === String(key));
            if (!chosen) return;
            void changeLink(chosen, true).then(() => {
              setInputValue('');
              setRound((value) => value + 1);
            });
          }}
          isDisabled={options.isPending || change.isPending}
          allowsEmptyCollection
        >
          <Label className="field__label">{t('referentials.links.add')}</Label>
          <div className="field__input combobox__group">
            <Input autoFocus={round > 0} className="combobox__input" placeholder={t('referentials.links.placeholder')} />
            <AriaButton className="combobox__button">
              <span aria-hidden="true">▾</span>
            </AriaButton>
          </div>
          <Text slot="description" className="field__description">
            {t('referentials.links.help')}
          </Text>
          <Popover className="popover">
            <ListBox className="listbox" renderEmptyState={() => <p className="listbox__item">{t('referentials.links.noMatch')}</p>}>
              {(option: RequirementOption) => (
                <ListBoxItem className="listbox__item" id={option.id} textValue={optionLabel(option)}>
                  <span className="req-number">{option.number}</span> {option.titleFr}{' '}
                  <span className="link-list__meta">— {option.referentialName}</span>
                </ListBoxItem>
              )}
            </ListBox>
          </Popover>
        </ComboBox>
      )}
    </section>
  );
};
