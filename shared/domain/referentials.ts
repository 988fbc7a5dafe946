/** A standard (ISO 9001…) or a certification scheme's own layer (Cèdre ISO 9001, CAP ISO 9001, Qualiopi…). */
export const referentialKinds = ['norme', 'schema'] as const;
export type ReferentialKind = (typeof referentialKinds)[number];

/** Where a referential came from: shipped with Sève, typed by the user, or imported from a file. */
export const referentialSources = ['livre', 'utilisateur', 'importe'] as const;
export type ReferentialSource = (typeof referentialSources)[number];

/**
 * What a requirement can be linked to: a document, or a record that evidences it (a function and its
 * competences or a training for §7.2, a provider for §8.4, a satisfaction survey for §9.1.2, the
 * context registers' issues, interested parties, risks and opportunities, watch items).
 */
export const linkEntities = ['document', 'job_function', 'training', 'provider', 'survey', 'issue', 'party', 'risk', 'watch_item'] as const;
export type LinkEntity = (typeof linkEntities)[number];

/** Records other than documents, as the requirement page lists them. */
export type LinkedRecordEntity = Exclude<LinkEntity, 'document'>;

/**
 * The clause of the shipped ISO 9001 referential a new record of the context registers evidences
 * by its nature: an issue §4.1, an interested party §4.2, a risk or an opportunity §6.1. Sève links
 * it when the record is created (the user may remove the link); a watch item has no such clause.
 */
export const naturalClauses: Record<'issue' | 'party' | 'risk', string> = { issue: '4.1', party: '4.2', risk: '6.1' };

/** The code of the ISO 9001:2015 referential shipped with Sève. */
export const SHIPPED_ISO_9001 = 'iso9001-2015';

/**
 * Documented information a requirement asks for (ISO 9001 §7.5): to maintain ("tenir à jour", a
 * document) or to retain ("conserver", a record). Elsewhere a requirement is met by practice.
 */
export const documentedInformationKinds = ['tenir_a_jour', 'conserver'] as const;
export type DocumentedInformationKind = (typeof documentedInformationKinds)[number];
export type DocumentedInformation = { kind: DocumentedInformationKind; what: string };

/** The export/import format's name and the only version this Sève reads. */
export const REFERENTIAL_FORMAT = 'seve-referentiel';
export const REFERENTIAL_FORMAT_VERSION = 1;

/** Limits of an imported file: far above any real scheme, low enough to refuse junk quickly. */
export const MAX_IMPORT_CHARS = 400_000;
export const MAX_REQUIREMENTS = 2_000;

/**
 * Key that sorts requirement numbers naturally: 4.9 before 4.10, 8.5 before 8.5.1, Q-2 before Q-12.
 * Each run of digits becomes its length (two digits) then the digits without leading zeros, so a
 * longer number always sorts after a shorter one; letters compare case-insensitively.
 */
export const requirementSortKey = (number: string): string =>
  number
    .trim()
    .toLowerCase()
    .replace(/\d+/g, (digits) => {
      const significant = digits.replace(/^0+(?=\d)/, '');
      return `${String(significant.length).padStart(2, '0')}${significant}`;
    });

/** Compares two requirement numbers naturally (the same order as their sort keys). */
export const compareRequirementNumbers = (a: string, b: string): number => {
  const ka = requirementSortKey(a);
  const kb = requirementSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : a < b ? -1 : a > b ? 1 : 0;
};

type TreeEntry = { number: string; parent?: string | null | undefined };

/** A problem in a list of requirements: which entry (0-based), which field, and what is wrong (French). */
export type TreeProblem = { index: number; field: 'number' | 'parent'; message: string };

/**
 * Checks a list of requirements addressed by number: numbers unique, parents present, no cycle.
 * Returns the indexes in an order where every parent comes before its children, or the problems.
 */
export const orderParentsFirst = (
  entries: readonly TreeEntry[],
): { ok: true; order: number[] } | { ok: false; problems: TreeProblem[] } => {
  const problems: TreeProblem[] = [];
  const indexByNumber = new Map<string, number>();
  entries.forEach((entry, index) => {
    const first = indexByNumber.get(entry.number);
    if (first === undefined) indexByNumber.set(entry.number, index);
    else
      problems.push({
        index,
        field: 'number',
        message: `Le numéro « ${entry.number} » apparaît deux fois (exigences ${first + 1} et ${index + 1}).`,
      });
  });
  entries.forEach((entry, index) => {
    if (entry.parent === undefined || entry.parent === null) return;
    if (entry.parent === entry.number)
      problems.push({ index, field: 'parent', message: 'Une exigence ne peut pas être son propre parent.' });
    else if (!indexByNumber.has(entry.parent)) {
      problems.push({ index, field: 'parent', message: `Le parent « ${entry.parent} » n’existe pas dans ce référentiel.` });
    }
  });
  if (problems.length > 0) return { ok: false, problems };

  // Depth-first walk: 'visiting' marks the current chain of parents, so meeting one again is a cycle.
  const state = new Map<number, 'visiting' | 'done'>();
  const order: number[] = [];
  for (let start = 0; start < entries.length; start += 1) {
    const chain: number[] = [];
    let current: number | undefined = start;
    while (current !== undefined && state.get(current) !== 'done') {
      if (state.get(current) === 'visiting') {
        const cycle = chain.slice(chain.indexOf(current)).map((i) => entries[i]?.number ?? '');
        return {
          ok: false,
          problems: [{ index: current, field: 'parent', message: `Les parents forment une boucle : ${[...cycle, cycle[0]].join(' → ')}.` }],
        };
      }
      state.set(current, 'visiting');
      chain.push(current);
      const parent: string | null | undefined = entries[current]?.parent;
      current = parent === undefined || parent === null ? undefined : indexByNumber.get(parent);
    }
    for (const index of chain.reverse()) {
      state.set(index, 'done');
      order.push(index);
    }
  }
  return { ok: true, order };
};

/** A referential's code from its name and edition: lower-case ASCII, e.g. "cedre-iso-9001-v2". */
export const referentialCode = (name: string, edition: string): string => {
  const slug = `${name} ${edition}`
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/, '');
  return slug === '' ? 'referentiel' : slug;
};
