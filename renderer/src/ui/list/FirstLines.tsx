import { useState } from 'react';
import { Button } from '../Button';

/** Lines a group of a long list shows before « show all »: it stays readable, and its screen fast. */
export const FIRST_LINES = 30;

/** Which groups of a long list show every line; the others show their first `FIRST_LINES`. */
export const useFirstLines = () => {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  return {
    lines: <T,>(group: string, all: readonly T[]): readonly T[] => (expanded.has(group) ? all : all.slice(0, FIRST_LINES)),
    expand: (group: string) => () => setExpanded((current) => new Set([...current, group])),
  };
};

/** The button under a group cut to its first lines, saying how many it holds; nothing once every line shows. */
export const ShowAllButton = ({ shown, total, label, onPress }: { shown: number; total: number; label: string; onPress: () => void }) =>
  shown < total ? (
    <Button variant="quiet" onPress={onPress}>
      {label}
    </Button>
  ) : null;
