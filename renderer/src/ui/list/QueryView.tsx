import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorState, Loading } from '../States';

/**
 * What a query shows while it loads (a polite status), when it fails (the backend's message and
 * "Réessayer"), and once its data is there: `children(data)`.
 */
export const QueryView = <T,>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) => {
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
};

/** What stands in for a query's data until it is there: `if (!query.isSuccess) return <QueryFallback query={query} />`. */
export const QueryFallback = ({ query }: { query: UseQueryResult<unknown> }) =>
  query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : <Loading />;
