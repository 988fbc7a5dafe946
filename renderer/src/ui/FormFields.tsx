import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import type { ComponentProps } from 'react';
import { ComboBoxField } from './ComboBoxField';
import { DateField } from './DateField';
import { IdSelectField } from './IdSelectField';
import { NumberField } from './NumberField';
import { SelectField } from './SelectField';
import { TextAreaField } from './TextAreaField';
import { TextField } from './TextField';

/**
 * Fields bound to a react-hook-form field by `control` and `name`: the value, change, blur and the
 * field's error message are wired once here, so a form lists its fields instead of repeating
 * `<Controller render=…>` for each.
 */
type Bound<T extends FieldValues, Out extends FieldValues> = { control: Control<T, unknown, Out>; name: FieldPath<T> };
type Unbound<P> = Omit<P, 'value' | 'onChange' | 'onBlur' | 'error'>;

const useBound = <T extends FieldValues, Out extends FieldValues>({ control, name }: Bound<T, Out>) => {
  const { field, fieldState } = useController({ control, name });
  return { value: field.value, onChange: field.onChange, onBlur: field.onBlur, error: fieldState.error?.message };
};

export const FormTextField = <T extends FieldValues, Out extends FieldValues>({
  control,
  name,
  ...props
}: Bound<T, Out> & Unbound<ComponentProps<typeof TextField>>) => {
  const { value, ...bound } = useBound({ control, name });
  return <TextField {...props} {...bound} value={(value as string | null) ?? ''} />;
};

export const FormTextAreaField = <T extends FieldValues, Out extends FieldValues>({
  control,
  name,
  ...props
}: Bound<T, Out> & Unbound<ComponentProps<typeof TextAreaField>>) => {
  const { value, ...bound } = useBound({ control, name });
  return <TextAreaField {...props} {...bound} value={(value as string | null) ?? ''} />;
};

export const FormSelectField = <T extends FieldValues, Out extends FieldValues>({
  control,
  name,
  ...props
}: Bound<T, Out> & Unbound<ComponentProps<typeof SelectField>>) => <SelectField {...props} {...useBound({ control, name })} />;

export const FormDateField = <T extends FieldValues, Out extends FieldValues>({
  control,
  name,
  ...props
}: Bound<T, Out> & Unbound<ComponentProps<typeof DateField>>) => <DateField {...props} {...useBound({ control, name })} />;

export const FormNumberField = <T extends FieldValues, Out extends FieldValues>({
  control,
  name,
  ...props
}: Bound<T, Out> & Unbound<ComponentProps<typeof NumberField>>) => <NumberField {...props} {...useBound({ control, name })} />;

export const FormIdSelectField = <T extends FieldValues, Out extends FieldValues>({
  control,
  name,
  ...props
}: Bound<T, Out> & Unbound<ComponentProps<typeof IdSelectField>>) => {
  const { value, ...bound } = useBound({ control, name });
  return <IdSelectField {...props} {...bound} value={value as number | null} />;
};

export const FormComboBoxField = <T extends FieldValues, Out extends FieldValues>({
  control,
  name,
  ...props
}: Bound<T, Out> & Unbound<ComponentProps<typeof ComboBoxField>>) => {
  const { value, ...bound } = useBound({ control, name });
  return <ComboBoxField {...props} {...bound} value={(value as string | null) ?? ''} />;
};
