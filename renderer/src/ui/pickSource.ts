import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useFilter } from 'react-aria-components';

/** One record a picker offers: its number or reference (`prefix`, when shown apart), its label, and a detail in grey. */
export type PickOption = { id: number; prefix?: string; label: string; detail?: string };

/** How an option reads, and is searched among a loaded list. */
export const pickOptionText = (option: PickOption): string =>
  [option.prefix, option.label, option.detail && `— ${option.detail}`].filter(Boolean).join(' ');

/** A query the picker runs through TanStack Query: its key (under the register's, so changes refresh it) and how to answer it. */
export type PickQuery = { queryKey: readonly unknown[]; queryFn: () => Promise<PickOption[]> };

/**
 * Where a picker finds records in a register too large to load whole: the first matches of the
 * typed words (searched in SQL), and the chosen records by their ids (to name them whatever the
 * matches hold).
 */
export type PickSource = { search: (typed: string) => PickQuery; byIds: (ids: readonly number[]) => PickQuery };

/**
 * The records a picker chooses among: a short list already loaded (`options`: people, processes…),
 * or a register searched as the user types (`source`), which wins when both are given.
 */
export type PickFrom = { options?: readonly PickOption[]; source?: PickSource };

/** How many matches a register answers a picker: enough to choose from, few enough to read. */
export const PICK_LIMIT = 20;

/** At most this many suggestions at once: typing narrows them, and a short list stays usable by keyboard. */
export const MAX_SUGGESTIONS = 60;

// The register is asked once the user pauses typing, not at every key.
const TYPING_PAUSE_MS = 200;

const useSettled = (value: string): string => {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [value]);
  return settled;
};

export type PickSuggestions = {
  suggestions: PickOption[];
  /** The register is being asked (no suggestion to show yet). */
  isSearching: boolean;
  error: Error | null;
  /** The chosen records with their labels, in the order chosen (`#id` until the register names them). */
  chosen: PickOption[];
};

const NO_QUERY: PickQuery = { queryKey: ['picker', 'none'], queryFn: () => Promise.resolve([]) };

/**
 * What a picker offers for the typed text, leaving out the records already chosen: a loaded list is
 * filtered here (every typed word, accents and case aside), a register is searched in SQL.
 */
export const usePickSuggestions = (
  from: PickFrom,
  typed: string,
  chosenIds: readonly number[],
  /** Whether the chosen records are named (a link picker leaves out the linked ones, which its page lists). */
  { named = true }: { named?: boolean } = {},
): PickSuggestions => {
  const { contains } = useFilter({ sensitivity: 'base' });
  const settled = useSettled(typed.trim());
  const { source } = from;
  const search = useQuery({
    ...(source ? source.search(settled) : NO_QUERY),
    enabled: source !== undefined,
    placeholderData: keepPreviousData,
  });
  const names = useQuery({
    ...(source && chosenIds.length > 0 ? source.byIds(chosenIds) : NO_QUERY),
    enabled: named && source !== undefined && chosenIds.length > 0,
    placeholderData: keepPreviousData,
  });
  const chosenSet = new Set(chosenIds);
  const options = from.options ?? [];
  const known = source ? [...(names.data ?? []), ...(search.data ?? [])] : options;
  // A chosen record whose name is still being read shows « … », not its bare id; one never named (gone) shows its id.
  const unnamed = (id: number) => ({ id, label: names.isFetching ? '…' : `#${id}` });
  const chosen = chosenIds.map((id) => known.find((option) => option.id === id) ?? unnamed(id));
  if (source) {
    return {
      suggestions: (search.data ?? []).filter((option) => !chosenSet.has(option.id)),
      isSearching: search.isPending || (search.isFetching && search.isPlaceholderData),
      error: search.error,
      chosen,
    };
  }
  const terms = typed.split(/\s+/).filter((term) => term !== '');
  const suggestions = options
    .filter((option) => !chosenSet.has(option.id) && terms.every((term) => contains(pickOptionText(option), term)))
    .slice(0, MAX_SUGGESTIONS);
  return { suggestions, isSearching: false, error: null, chosen };
};
