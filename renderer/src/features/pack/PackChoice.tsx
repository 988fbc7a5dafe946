import { Checkbox } from 'react-aria-components';

/** One tickable choice of the wizard (a process, a requirement indented by its depth, a section). */
export const PackChoice = ({ value, label, indent = 0 }: { value: string; label: string; indent?: number }) => (
  <Checkbox value={value} className={`checkbox pack-choice pack-choice--${Math.min(indent, 3)}`}>
    <span className="checkbox__box" aria-hidden="true" />
    {label}
  </Checkbox>
);
