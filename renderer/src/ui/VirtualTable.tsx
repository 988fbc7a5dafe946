import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type ReactNode } from 'react';

/** First guess of a row's height; rows are measured once rendered (long titles wrap). */
const ESTIMATED_ROW_HEIGHT = 56;
/** How close to the last row loaded the next page is asked for, so it is usually there before the user reaches the end. */
const NEAR_END_ROWS = 20;

type VirtualTableProps<T> = {
  /** The region's accessible name (the table scrolls inside it). */
  label: string;
  headers: readonly string[];
  rows: readonly T[];
  rowKey: (row: T) => string | number;
  /** Indexes of the columns a narrow window leaves out (their cells carry `col-low` too), so the ones that matter stay in view. */
  lowPriority?: readonly number[];
  /** The cells of one row (`<td>`s). */
  cells: (row: T) => ReactNode;
  /** A row's class, when its state shows (a cancelled audit greyed). */
  rowClassName?: (row: T) => string | undefined;
  /** A register read a page at a time: every row it holds (announced), and what to call when the user nears the last row loaded. */
  rowCount?: number;
  onNearEnd?: () => void;
};

/**
 * A long register as a table where only the rows in view are rendered, so thousands of rows stay
 * fast; the row count and each row's index stay known to assistive technologies.
 */
export const VirtualTable = <T,>({
  label,
  headers,
  rows,
  rowKey,
  cells,
  rowClassName,
  lowPriority = [],
  rowCount,
  onNearEnd,
}: VirtualTableProps<T>) => {
  const scroller = useRef<HTMLDivElement>(null);
  // TanStack Virtual returns functions the React Compiler must not memoise; this component opts out by design.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const lastDrawn = items.at(-1)?.index ?? -1;
  const nearEnd = rows.length > 0 && lastDrawn >= rows.length - NEAR_END_ROWS;
  useEffect(() => {
    if (nearEnd) onNearEnd?.();
  }, [nearEnd, rows.length, onNearEnd]);
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const spacer = (height: number) => (
    <tr aria-hidden="true">
      <td colSpan={headers.length} style={{ height, padding: 0, border: 0 }} />
    </tr>
  );

  return (
    <div className="table-scroller" ref={scroller} tabIndex={0} role="region" aria-label={label}>
      <table className="table" aria-rowcount={(rowCount ?? rows.length) + 1}>
        <thead>
          <tr aria-rowindex={1}>
            {headers.map((header, index) => (
              <th scope="col" key={header} className={lowPriority.includes(index) ? 'col-low' : undefined}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {paddingTop > 0 && spacer(paddingTop)}
          {items.map((item) => {
            const row = rows[item.index];
            if (row === undefined) return null;
            return (
              <tr
                key={rowKey(row)}
                className={rowClassName?.(row)}
                aria-rowindex={item.index + 2}
                data-index={item.index}
                ref={virtualizer.measureElement}
              >
                {cells(row)}
              </tr>
            );
          })}
          {paddingBottom > 0 && spacer(paddingBottom)}
        </tbody>
      </table>
    </div>
  );
};
