import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Autocomplete, Collection, Header, Input, ListBox, ListBoxSection, TextField, type Key } from 'react-aria-components';
import { useNavigate } from 'react-router';
import { searchScore, searchWords } from '../../../../shared/domain/search';
import type { SearchHit } from '../../../../shared/schemas/search';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queryKeys';
import { Modal } from '../../ui/Modal';
import { commands, type CommandContext } from './commands';
import { hitPath } from './destinations';
import { groupHits } from './groups';
import { CommandOption, HitOption } from './SearchOptions';

type Props = { isOpen: boolean; onOpenChange: (open: boolean) => void; context: Omit<CommandContext, 'navigate'> };

/**
 * Ctrl+K: one box to find any record by reference, title or text, and to run a command. Enter
 * opens the highlighted line (the first one when none is), Escape closes the box.
 */
export const SearchDialog = ({ isOpen, onOpenChange, context }: Props) => {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const list = useRef<HTMLDivElement>(null);
  const [text, setText] = useState('');
  const deferred = useDeferredValue(text.trim());
  const hits = useQuery({
    queryKey: queryKeys.search(deferred),
    queryFn: () => call('search.query', { text: deferred }),
    enabled: deferred.length > 0,
  });
  const words = searchWords(deferred);
  const matching =
    words.length === 0 ? commands : commands.filter((command) => searchScore(words, { label: '', title: t(command.label), body: '' }) > 0);
  const records: SearchHit[] = deferred.length > 0 ? (hits.data ?? []) : [];
  const groups = groupHits(records);
  const close = () => {
    onOpenChange(false);
    setText('');
  };
  const open = (key: Key) => {
    const command = commands.find((candidate) => `command:${candidate.id}` === key);
    const hit = records.find((candidate) => `${candidate.kind}:${candidate.id}` === key);
    if (!command && !hit) return;
    close();
    if (command) command.run({ ...context, navigate: (path) => void navigate(path) });
    else if (hit) void navigate(hitPath(hit));
  };
  // The list may have changed under the highlight since the last key: Enter then opens the first line.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || list.current?.querySelector('[data-focused]')) return;
    const first = list.current?.querySelector<HTMLElement>('[role="option"]')?.dataset.key;
    if (first) open(first);
  };
  const english = i18n.language.startsWith('en');
  return (
    <Modal title={t('search.title')} isOpen={isOpen} onOpenChange={(next) => (next ? onOpenChange(true) : close())}>
      <Autocomplete inputValue={text} onInputChange={setText}>
        <TextField className="field search-field" aria-label={t('search.label')} autoFocus>
          <Input type="search" className="field__input" placeholder={t('search.placeholder')} onKeyDown={onKeyDown} />
        </TextField>
        {hits.isError && (
          <p className="form-alert" role="alert">
            {hits.error.message}
          </p>
        )}
        <ListBox
          ref={list}
          className="search-results"
          aria-label={t('search.results')}
          onAction={open}
          renderEmptyState={() => <p className="search-results__empty">{hits.isFetching ? t('search.searching') : t('search.none')}</p>}
        >
          {matching.length > 0 && (
            <ListBoxSection id="commands" className="search-group">
              <Header className="search-group__title">{t('search.commands')}</Header>
              <Collection items={matching}>
                {(command) => <CommandOption id={`command:${command.id}`} label={t(command.label)} />}
              </Collection>
            </ListBoxSection>
          )}
          {groups.map((group) => (
            <ListBoxSection key={group.kind} id={group.kind} className="search-group">
              <Header className="search-group__title">{t(`search.kinds.${group.kind}`)}</Header>
              <Collection items={group.hits.map((hit) => ({ ...hit, key: `${hit.kind}:${hit.id}` }))}>
                {(hit) => <HitOption id={hit.key} hit={hit} english={english} />}
              </Collection>
            </ListBoxSection>
          ))}
        </ListBox>
        <p className="search-results__hint">{deferred.length === 0 ? t('search.hint') : ''}</p>
      </Autocomplete>
    </Modal>
  );
};
