import { FieldError, Group, Input, Label, NumberField as AriaNumberField, Text } from 'react-aria-components';

type NumberFieldProps = {
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
  onBlur?: () => void;
  error?: string;
  description?: string;
  minValue?: number;
  maxValue?: number;
  /** Decimals allowed (indicator values, targets); whole numbers by default. */
  maximumFractionDigits?: number;
  isRequired?: boolean;
};

/** Number entry (whole by default); an emptied field reports null so the schema can say what is missing. */
export const NumberField = ({
  label,
  value,
  onChange,
  onBlur,
  error,
  description,
  minValue,
  maxValue,
  maximumFractionDigits = 0,
  isRequired,
}: NumberFieldProps) => (
  <AriaNumberField
    className="field"
    value={value ?? Number.NaN}
    onChange={(next) => onChange(Number.isNaN(next) ? null : next)}
    onBlur={onBlur}
    isInvalid={error !== undefined}
    validationBehavior="aria"
    minValue={minValue}
    maxValue={maxValue}
    isRequired={isRequired}
    formatOptions={{ maximumFractionDigits, useGrouping: false }}
  >
    <Label className="field__label">{label}</Label>
    <Group className="field__input number-input">
      <Input className="number-input__input" />
    </Group>
    {description && (
      <Text slot="description" className="field__description">
        {description}
      </Text>
    )}
    <FieldError className="field__error">{error}</FieldError>
  </AriaNumberField>
);
