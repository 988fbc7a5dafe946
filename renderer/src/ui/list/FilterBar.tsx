import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox } from 'react-aria-components';
import { SelectField, type Option } from '../SelectField';
import { TextField } from '../TextField';
import { ALL, type UrlFilters } from './useUrlFilters';

/** The filters above a list, as one named region. */
export const FilterBar = ({ label, children }: { label: string; children: ReactNode }) => (
  <section className="filters" aria-label={label}>
    {children}
  </section>
);

/** A choice among `options`, with "Tous" (or `allLabel`) first; it writes parameter `param` of the address. */
export const FilterSelect = <Query,>({
  filters,
  param,
  label,
  options,
  allLabel,
}: {
  filters: UrlFilters<Query>;
  param: string;
  label: string;
  options: readonly Option[];
  allLabel?: string;
}) => {
  const { t } = useTranslation();
  return (
    <SelectField
      label={label}
      options={[{ id: ALL, label: allLabel ?? t('common.all') }, ...options]}
      value={filters.params.get(param) ?? ALL}
      onChange={(value) => filters.set(param, value)}
    />
  );
};

/** A checkbox filter ("En retard seulement"), `1` in parameter `param` when ticked. */
export const FilterCheckbox = <Query,>({ filters, param, label }: { filters: UrlFilters<Query>; param: string; label: string }) => (
  <Checkbox
    className="checkbox"
    isSelected={filters.params.get(param) === '1'}
    onChange={(checked) => filters.set(param, checked ? '1' : null)}
  >
    <span className="checkbox__box" aria-hidden="true" />
    {label}
  </Checkbox>
);

/** A search box whose words go to parameter `param` of the address. */
export const FilterSearch = <Query,>({
  filters,
  param,
  label,
  placeholder,
}: {
  filters: UrlFilters<Query>;
  param: string;
  label: string;
  placeholder?: string;
}) => (
  <TextField
    label={label}
    type="search"
    placeholder={placeholder}
    value={filters.params.get(param) ?? ''}
    onChange={(value) => filters.set(param, value)}
  />
);
