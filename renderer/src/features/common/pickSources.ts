import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../../../shared/api/contract';
import type { DocumentType } from '../../../../shared/domain/documents';
import type { PageScope } from '../../../../shared/schemas/paging';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queryKeys';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { PICK_LIMIT, type PickSource } from '../../ui/pickSource';

// The pickers of the registers that grow with the years (12 000 actions, 3 000 NCs, 5 000
// documents, 300 audits on ten years of a large structure): each asks its register's page method
// (the audits' list) for the first matches of the typed words, and for the chosen records by their
// ids, never for the whole register.

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

/**
 * Audits by their reference, the words of their title or of their type (an action's or a risk's
 * finding goes by its audit, a checklist is copied from one): some 300 on ten years. Cancelled ones
 * only with `includeCancelled`; `except` leaves one out (the audit a checklist is copied into).
 */
export const useAuditPicks = ({ includeCancelled = false, except }: { includeCancelled?: boolean; except?: number } = {}): PickSource => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  return useMemo(() => {
    // One more than shown, so leaving out `except` still shows a full list.
    const search = (typed: string): MethodInput<'audits.list'> => ({
      includeCancelled,
      limit: PICK_LIMIT + 1,
      ...(typed === '' ? {} : { search: typed }),
    });
    const byIds = (ids: readonly number[]): MethodInput<'audits.list'> => ({ includeCancelled: true, limit: ids.length, ids: [...ids] });
    const ask = async (query: MethodInput<'audits.list'>) =>
      (await call('audits.list', query))
        .filter((audit) => audit.id !== except)
        .slice(0, PICK_LIMIT)
        .map((audit) => ({
          id: audit.id,
          prefix: audit.reference,
          label: audit.title ?? t(`audits.type.${audit.type}`),
          detail: formatCalendarDate(audit.startDate, dateLocale),
        }));
    // The answer depends on `except` too: two pickers leaving out different audits keep apart.
    const key = (query: MethodInput<'audits.list'>) => [...queryKeys.auditList(query), except ?? null];
    return {
      search: (typed) => ({ queryKey: key(search(typed)), queryFn: () => ask(search(typed)) }),
      byIds: (ids) => ({ queryKey: key(byIds(ids)), queryFn: () => ask(byIds(ids)) }),
    };
  }, [t, dateLocale, includeCancelled, except]);
};
