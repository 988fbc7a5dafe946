import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import type { ComponentProps } from 'react';
import { PickListField } from './PickListField';

/** Several records of the file (processes, documents, indicators) bound to a react-hook-form list of ids. */
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
