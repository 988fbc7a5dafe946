import { FieldError, Label, Text, TextArea, TextField, type TextFieldProps } from 'react-aria-components';

type TextAreaFieldProps = Omit<TextFieldProps, 'isInvalid' | 'children'> & {
  label: string;
  description?: string;
  error?: string;
  rows?: number;
};

/** Labelled multi-line text, for summaries, reasons and comments. */
export const TextAreaField = ({ label, description, error, rows = 3, ...props }: TextAreaFieldProps) => (
  <TextField {...props} isInvalid={error !== undefined} validationBehavior="aria" className="field field--wide">
    <Label className="field__label">{label}</Label>
    <TextArea className="field__input field__textarea" rows={rows} />
    {description && (
      <Text slot="description" className="field__description">
        {description}
      </Text>
    )}
    <FieldError className="field__error">{error}</FieldError>
  </TextField>
);
