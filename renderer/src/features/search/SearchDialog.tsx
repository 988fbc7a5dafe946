import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Autocomplete, Input, ListBox, ListBoxItem, SearchField, Text, type Key } from 'react-aria-components';
import { useNavigate } from 'react-router';
import type { SearchHit } from '../../../../shared/schemas/search';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queryKeys';
import { Modal } from '../../ui/Modal';

const hitPath = (hit: SearchHit): string => (hit.kind === 'document' ? `/documents/${hit.id}` : `/exigences/${hit.id}`);
const hitKey = (hit: SearchHit): string => `${hit.kind}:${hit.id}`;

/** Ctrl+K: one box to find any document or requirement, by reference, title or change summary. */
export const SearchDialog = ({ isOpen, onOpenChange }: { isOpen: boolean; onOpenChange: (open: boolean) => void }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const deferred = useDeferredValue(text.trim());
  const hits = useQuery({
    queryKey: queryKeys.search(deferred),
    queryFn: () => call('search.query', { text: deferred }),
    enabled: deferred.length > 0,
    placeholderData: (previous) => previous,
  });
  const items = deferred.length > 0 ? (hits.data ?? []) : [];
  const open = (key: Key) => {
    const hit = items.find((candidate) => hitKey(candidate) === key);
    if (!hit) return;
    onOpenChange(false);
    setText('');
    void navigate(hitPath(hit));
  };
  return (
    <Modal title={t('search.title')} isOpen={isOpen} onOpenChange={onOpenChange}>
      <Autocomplete inputValue={text} onInputChange={setText}>
        <SearchField className="field search-field" aria-label={t('search.label')} autoFocus>
          <Input className="field__input" placeholder={t('search.placeholder')} />
        </SearchField>
        {hits.isError && (
          <p className="form-alert" role="alert">
            {hits.error.message}
          </p>
        )}
        <ListBox
          className="search-results"
          aria-label={t('search.results')}
          items={items}
          onAction={open}
          renderEmptyState={() => <p className="search-results__empty">{deferred.length === 0 ? t('search.hint') : t('search.none')}</p>}
        >
          {(hit) => (
            <ListBoxItem id={hitKey(hit)} textValue={`${hit.label} ${hit.title}`} className="search-hit">
              <Text slot="label">
                <span className="search-hit__kind">{t(`search.kind.${hit.kind}`)}</span> <span className="reference">{hit.label}</span>{' '}
                {hit.title}
              </Text>
              {hit.excerpt && (
                <Text slot="description" className="search-hit__excerpt">
                  {hit.excerpt}
                </Text>
              )}
            </ListBoxItem>
          )}
        </ListBox>
      </Autocomplete>
    </Modal>
  );
};
