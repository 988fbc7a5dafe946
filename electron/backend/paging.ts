import type { PageScope } from '../../shared/schemas/paging';

// A screen's worth of rows and more: the page a list asks for unless it says otherwise.
const DEFAULT_PAGE_SIZE = 200;

/** The keyset query of one register: its default scope or all, and how many rows to read after the cursor. */
export type PageRead = { openOnly: 0 | 1; limit: number };

/**
 * One page of a register read by keyset (the next page starts after the last row's sort key, an
 * index walk whatever the page's depth): `read` answers at most `limit` rows after the cursor,
 * `counts` the rows matching the filters and those in the default scope, `cursorOf` a row's key.
 */
export const keysetPage = <Row, Cursor>(
  query: { scope?: PageScope | undefined; limit?: number | undefined },
  read: (page: PageRead) => Row[],
  counts: () => { total: number; open: number },
  cursorOf: (row: Row) => Cursor,
) => {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const openOnly = (query.scope ?? 'open') === 'open';
  // One row more than the page tells whether another page follows.
  const rows = read({ openOnly: openOnly ? 1 : 0, limit: limit + 1 });
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const { total, open } = counts();
  return {
    items,
    total: openOnly ? open : total,
    openTotal: open,
    allTotal: total,
    next: rows.length > limit && last ? cursorOf(last) : null,
  };
};
