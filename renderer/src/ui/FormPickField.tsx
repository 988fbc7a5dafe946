import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import type { ComponentProps } from 'react';
import { PickListField } from './PickListField';

/** Several records of the file (processes, documents, indicators), bound to a react-hook-form list of ids. */
export const FormPickField = <T extends FieldValues, Out extends FieldValues>({
  control,
  name,
  ...props
}: { control: Control<T, unknown, Out>; name: FieldPath<T> } & Omit<
  ComponentProps<typeof PickListField>,
  'value' | 'onChange' | 'onBlur' | 'error'
>) => {
  const { field, fieldState } = useController({ control, name });
  return (
    <PickListField
      {...props}
      value={(field.value as number[] | undefined) ?? []}
      onChange={field.onChange}
      onBlur={field.onBlur}
      error={fieldState.error?.message}
    />
  );
};

/** One record of a register searched as the user types (an action, a nonconformity), bound to a react-hook-form id or null. */
export const FormPickOneField = <T extends FieldValues, Out extends FieldValues>({
  control,
  name,
  ...props
}: { control: Control<T, unknown, Out>; name: FieldPath<T> } & Omit<
  ComponentProps<typeof PickListField>,
  'value' | 'onChange' | 'onBlur' | 'error' | 'single'
>) => {
  const { field, fieldState } = useController({ control, name });
  const id = field.value as number | null | undefined;
  return (
    <PickListField
      {...props}
      single
      value={id === null || id === undefined ? [] : [id]}
      onChange={(ids) => field.onChange(ids[0] ?? null)}
      onBlur={field.onBlur}
      error={fieldState.error?.message}
    />
  );
};
