import type { SearchHit, SearchKind } from '../../../../shared/schemas/search';

/**
 * The page each kind of search hit opens: one entry per register (a register without pages of its
 * own opens its list).
 */
const destinations: Record<SearchKind, (pageId: number) => string> = {
  nonconformity: (id) => `/non-conformites/${id}`,
  action: (id) => `/actions/${id}`,
  audit: (id) => `/audits/${id}`,
  finding: (auditId) => `/audits/${auditId}`,
  complaint: (id) => `/reclamations/${id}`,
  suggestion: (id) => `/ameliorations/${id}`,
  document: (id) => `/documents/${id}`,
  requirement: (id) => `/exigences/${id}`,
  indicator: (id) => `/indicateurs/${id}`,
  objective: () => '/objectifs',
  review: (id) => `/revues-de-direction/${id}`,
  function: (id) => `/fonctions/${id}`,
  training: (id) => `/formations/${id}`,
  provider: (id) => `/prestataires/${id}`,
  survey: (id) => `/enquetes/${id}`,
  issue: (id) => `/contexte/enjeux/${id}`,
  party: (id) => `/parties-interessees/${id}`,
  risk: (id) => `/risques/${id}`,
  watch_item: (id) => `/veille/informations/${id}`,
  watch_source: (id) => `/veille/sources/${id}`,
  person: () => '/annuaire',
  process: () => '/processus',
};

export const hitPath = (hit: SearchHit): string => destinations[hit.kind](hit.pageId);
