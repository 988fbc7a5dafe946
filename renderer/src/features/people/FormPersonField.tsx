import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import type { ComponentProps } from 'react';
import { PersonField } from './PersonField';

/** A person of the directory bound to a react-hook-form field (see ui/FormFields.tsx). */
export const FormPersonField = <T extends FieldValues, Out extends FieldValues>({
  control,
  name,
  ...props
}: { control: Control<T, unknown, Out>; name: FieldPath<T> } & Omit<
  ComponentProps<typeof PersonField>,
  'value' | 'onChange' | 'onBlur' | 'error'
>) => {
  const { field, fieldState } = useController({ control, name });
  return (
    <PersonField
      {...props}
      value={field.value as number | null}
      onChange={field.onChange}
      onBlur={field.onBlur}
      error={fieldState.error?.message}
    />
  );
};
