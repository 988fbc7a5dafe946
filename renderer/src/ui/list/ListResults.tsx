import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../Button';
import { EmptyState } from '../States';
import { QueryView } from './QueryView';

export type ListTexts<Row = unknown> = {
  /** "12 documents", announced to screen readers above the list (with what the rows say as a whole, if any). */
  count: (count: number, rows: Row[]) => string;
  /** The register is empty: what goes here, and the first step. */
  emptyTitle: string;
  emptyText?: string;
  emptyAction?: ReactNode;
  /** Nothing matches the filters. */
  noMatch: string;
};

/**
 * A register's body: loading, failure, empty (saying what goes here), nothing matching the filters
 * (with "Effacer les filtres"), or the count announced to screen readers and `children(rows)`.
 */
export const ListResults = <Row,>({
  query,
  texts,
  isFiltered,
  onClearFilters,
  children,
}: {
  query: UseQueryResult<Row[]>;
  texts: ListTexts<Row>;
  isFiltered: boolean;
  onClearFilters: () => void;
  children: (rows: Row[]) => ReactNode;
}) => {
  const { t } = useTranslation();
  return (
    <QueryView query={query}>
      {(rows) => {
        if (rows.length === 0 && !isFiltered) {
          return (
            <EmptyState title={texts.emptyTitle} action={texts.emptyAction}>
              {texts.emptyText}
            </EmptyState>
          );
        }
        if (rows.length === 0) {
          return <EmptyState title={texts.noMatch} action={<Button onPress={onClearFilters}>{t('common.clearFilters')}</Button>} />;
        }
        return (
          <>
            <p className="count" role="status">
              {texts.count(rows.length, rows)}
            </p>
            {children(rows)}
          </>
        );
      }}
    </QueryView>
  );
};
