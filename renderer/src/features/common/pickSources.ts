import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../../../shared/api/contract';
import type { DocumentType } from '../../../../shared/domain/documents';
import type { PageScope } from '../../../../shared/schemas/paging';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queryKeys';
import { PICK_LIMIT, type PickSource } from '../../ui/pickSource';

// The pickers of the registers that grow with the years (12 000 actions, 3 000 NCs, 5 000
// documents on ten years of a large structure): each asks its register's page method for the first
// matches of the typed words, and for the chosen records by their ids, never for the whole register.

/** A picker's two questions to a register: matches of the typed words, in `scope`; the chosen ids, in any scope. */
const searchAndIds = (scope: PageScope) => ({
  search: (typed: string) => ({ scope, limit: PICK_LIMIT, ...(typed === '' ? {} : { search: typed }) }),
  byIds: (ids: readonly number[]) => ({ scope: 'all' as const, limit: ids.length, ids: [...ids] }),
});

/** Any action of the plan, by its reference or the words of its description (a réclamation's answer). */
export const useActionPicks = (): PickSource => {
  const { t } = useTranslation();
  return useMemo(() => {
    const queries = searchAndIds('all');
    const ask = async (query: MethodInput<'actions.page'>) =>
      (await call('actions.page', query)).items.map((action) => ({
        id: action.id,
        prefix: action.reference,
        label: action.description,
        detail: t(`actions.status.${action.status}`),
      }));
    return {
      search: (typed) => ({ queryKey: queryKeys.actionPage(queries.search(typed)), queryFn: () => ask(queries.search(typed)) }),
      byIds: (ids) => ({ queryKey: queryKeys.actionPage(queries.byIds(ids)), queryFn: () => ask(queries.byIds(ids)) }),
    };
  }, [t]);
};

/** Any nonconformity of the register, by its reference or the words of its description (a risk's origin). */
export const useNonconformityPicks = (): PickSource => {
  const { t } = useTranslation();
  return useMemo(() => {
    const queries = searchAndIds('all');
    const ask = async (query: MethodInput<'nonconformities.page'>) =>
      (await call('nonconformities.page', query)).items.map((nc) => ({
        id: nc.id,
        prefix: nc.reference,
        label: nc.description,
        detail: t(`nonconformities.status.${nc.status}`),
      }));
    return {
      search: (typed) => ({ queryKey: queryKeys.nonconformityPage(queries.search(typed)), queryFn: () => ask(queries.search(typed)) }),
      byIds: (ids) => ({ queryKey: queryKeys.nonconformityPage(queries.byIds(ids)), queryFn: () => ask(queries.byIds(ids)) }),
    };
  }, [t]);
};

/**
 * Documents of the register by their reference or the words of their title (the register's
 * full-text search), current ones only unless `scope` is all, of one `type` when given.
 */
export const useDocumentPicks = ({ scope = 'all', type }: { scope?: PageScope; type?: DocumentType } = {}): PickSource => {
  const { t } = useTranslation();
  return useMemo(() => {
    const queries = searchAndIds(scope);
    const ask = async (query: MethodInput<'documents.page'>) =>
      (await call('documents.page', query)).items.map((document) => ({
        id: document.id,
        prefix: document.reference,
        label: document.title,
        detail: t(`documents.status.${document.status}`),
      }));
    const typed = (query: MethodInput<'documents.page'>) => (type === undefined ? query : { ...query, type });
    return {
      search: (words) => ({
        queryKey: queryKeys.documentPage(typed(queries.search(words))),
        queryFn: () => ask(typed(queries.search(words))),
      }),
      byIds: (ids) => ({ queryKey: queryKeys.documentPage(queries.byIds(ids)), queryFn: () => ask(queries.byIds(ids)) }),
    };
  }, [t, scope, type]);
};
