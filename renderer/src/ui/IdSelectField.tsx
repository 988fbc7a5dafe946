import type { ComponentProps } from 'react';
import { SelectField } from './SelectField';

const NONE = 'none';

type IdSelectFieldProps = Omit<ComponentProps<typeof SelectField>, 'options' | 'value' | 'onChange'> & {
  records: readonly { id: number; label: string }[];
  value: number | null;
  onChange: (id: number | null) => void;
  /** Offers "none" under this label; without it, choosing a record is required. */
  noneLabel?: string;
};

/** Chooses one record by its id (a process, a person, a referential…), or none when allowed. */
export const IdSelectField = ({ records, value, onChange, noneLabel, ...props }: IdSelectFieldProps) => (
  <SelectField
    {...props}
    options={[
      ...(noneLabel === undefined ? [] : [{ id: NONE, label: noneLabel }]),
      ...records.map((record) => ({ id: String(record.id), label: record.label })),
    ]}
    value={value === null ? (noneLabel === undefined ? null : NONE) : String(value)}
    onChange={(key) => onChange(key === null || key === NONE ? null : Number(key))}
  />
);
