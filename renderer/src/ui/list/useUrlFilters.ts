import { useSearchParams } from 'react-router';

/** The "all" choice of a filter: no parameter in the address. */
export const ALL = 'all';

/** A parameter holding a record's id, or nothing. */
export const idParam = (value: string | null): number | undefined => {
  const id = Number(value);
  return Number.isInteger(id) && id > 0 ? id : undefined;
};

/** A parameter holding one value of an enumeration, or nothing. */
export const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.find((candidate) => candidate === value);

/** A checkbox filter: `1` in the address when ticked. */
export const flagParam = (value: string | null): true | undefined => (value === '1' ? true : undefined);

/**
 * A list's filters, kept in the address (so going back to the list keeps them, and a link can
 * carry them): `read` turns the parameters into the list method's query; `set` writes one
 * (an empty or "all" value removes it), `clear` removes them all.
 */
export const useUrlFilters = <Query>(read: (params: URLSearchParams) => Query) => {
  const [params, setParams] = useSearchParams();
  const set = (key: string, value: string | null) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value === null || value === '' || value === ALL) next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );
  return {
    query: read(params),
    params,
    set,
    isFiltered: [...params.keys()].length > 0,
    clear: () => setParams(new URLSearchParams(), { replace: true }),
  };
};

export type UrlFilters<Query> = ReturnType<typeof useUrlFilters<Query>>;
