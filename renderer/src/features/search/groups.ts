import type { SearchHit, SearchKind } from '../../../../shared/schemas/search';

/** Hits grouped by kind, each group where its best hit ranked (the backend sends them best first). */
export const groupHits = (hits: readonly SearchHit[]): { kind: SearchKind; hits: SearchHit[] }[] => {
  const groups = new Map<SearchKind, SearchHit[]>();
  for (const hit of hits) groups.set(hit.kind, [...(groups.get(hit.kind) ?? []), hit]);
  return [...groups].map(([kind, grouped]) => ({ kind, hits: grouped }));
};
