import { Input, TextField } from 'react-aria-components';

type CellTextFieldProps = {
  /** Names the field for assistive technologies: a table row has no room for a visible label. */
  label: string;
  value: string;
  onChange: (value: string) => void;
  isDisabled?: boolean;
  isInvalid?: boolean;
  maxLength?: number;
};

/** A compact text input for a table cell (an imported file's title), labelled by `aria-label`. */
export const CellTextField = ({ label, value, onChange, isDisabled, isInvalid, maxLength }: CellTextFieldProps) => (
  <TextField aria-label={label} value={value} onChange={onChange} isDisabled={isDisabled} isInvalid={isInvalid} maxLength={maxLength}>
    <Input className="field__input cell-input" />
  </TextField>
);
