import { parseDate, type CalendarDate as AriaCalendarDate } from '@internationalized/date';
import { DateField as AriaDateField, DateInput, DateSegment, FieldError, Label, Text } from 'react-aria-components';
import type { CalendarDate } from '../../../shared/domain/dates';

type DateFieldProps = {
  label: string;
  value: CalendarDate | null;
  onChange: (value: CalendarDate | null) => void;
  onBlur?: () => void;
  error?: string;
  description?: string;
  isRequired?: boolean;
  /** In a table cell: the label is read by assistive technologies only. */
  hideLabel?: boolean;
};

const toAria = (value: CalendarDate | null): AriaCalendarDate | null => {
  if (value === null) return null;
  try {
    return parseDate(value);
  } catch {
    return null;
  }
};

/** Date entry in segments (JJ/MM/AAAA in French), exchanged as `YYYY-MM-DD`. */
export const DateField = ({ label, value, onChange, onBlur, error, description, isRequired, hideLabel }: DateFieldProps) => (
  <AriaDateField
    className="field"
    value={toAria(value)}
    onChange={(date) => onChange(date ? date.toString() : null)}
    onBlur={onBlur}
    isInvalid={error !== undefined}
    isRequired={isRequired}
    validationBehavior="aria"
    granularity="day"
  >
    <Label className={hideLabel ? 'visually-hidden' : 'field__label'}>{label}</Label>
    <DateInput className="field__input date-input">
      {(segment) => <DateSegment segment={segment} className="date-input__segment" />}
    </DateInput>
    {description && (
      <Text slot="description" className="field__description">
        {description}
      </Text>
    )}
    <FieldError className="field__error">{error}</FieldError>
  </AriaDateField>
);
