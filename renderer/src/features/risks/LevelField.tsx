import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { SelectField } from '../../ui/SelectField';

/** A level of the structure's scale ("3. Probable"), bound to a react-hook-form number. */
export const LevelField = <T extends FieldValues, Out extends FieldValues>({
  control,
  name,
  label,
  words,
}: {
  control: Control<T, unknown, Out>;
  name: FieldPath<T>;
  label: string;
  words: readonly string[];
}) => {
  const { field, fieldState } = useController({ control, name });
  return (
    <SelectField
      label={label}
      options={words.map((word, index) => ({ id: String(index + 1), label: `${index + 1}. ${word}` }))}
      value={field.value === null || field.value === undefined ? null : String(field.value)}
      onChange={(value) => field.onChange(value === null ? null : Number(value))}
      onBlur={field.onBlur}
      error={fieldState.error?.message}
      isRequired
    />
  );
};
