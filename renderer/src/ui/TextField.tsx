import {
  FieldError,
  Input,
  Label,
  Text,
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
} from 'react-aria-components';

type TextFieldProps = Omit<AriaTextFieldProps, 'isInvalid' | 'children'> & {
  label: string;
  description?: string;
  error?: string;
  placeholder?: string;
  type?: 'text' | 'search';
};

/** Labelled text input with its description and error message wired for screen readers. */
export const TextField = ({ label, description, error, placeholder, type = 'text', ...props }: TextFieldProps) => (
  <AriaTextField {...props} isInvalid={error !== undefined} validationBehavior="aria" className="field">
    <Label className="field__label">{label}</Label>
    <Input className="field__input" placeholder={placeholder} type={type} />
    {description && (
      <Text slot="description" className="field__description">
        {description}
      </Text>
    )}
    <FieldError className="field__error">{error}</FieldError>
  </AriaTextField>
);
