import { FieldError, Label, Text, TextArea as AriaTextArea, TextField, type TextFieldProps } from 'react-aria-components';

type TextAreaProps = Omit<TextFieldProps, 'isInvalid' | 'children'> & {
  label: string;
  description?: string;
  error?: string;
  rows?: number;
};

/**
 * Labelled multi-line text (requirement text, justification), with its help and error wired for
 * screen readers. Kept in this feature until a shared ui/ text area lands, then replaced by it.
 */
export const TextArea = ({ label, description, error, rows = 3, ...props }: TextAreaProps) => (
  <TextField {...props} isInvalid={error !== undefined} validationBehavior="aria" className="field">
    <Label className="field__label">{label}</Label>
    <AriaTextArea className="field__input req-textarea" rows={rows} />
    {description && (
      <Text slot="description" className="field__description">
        {description}
      </Text>
    )}
    <FieldError className="field__error">{error}</FieldError>
  </TextField>
);
