import { useTranslation } from 'react-i18next';
import type { PickOption } from './pickSource';

/** An option as pickers show it: its reference apart, its label, its detail in grey. */
export const PickOptionText = ({ option }: { option: PickOption }) => (
  <>
    {option.prefix && <span className="req-number">{option.prefix}</span>} {option.label}
    {option.detail && <span className="link-list__meta"> — {option.detail}</span>}
  </>
);

/** What a picker's list says when it offers nothing: the register is being asked, the search failed, or nothing matches. */
export const PickEmpty = ({ isSearching, error, noMatch }: { isSearching: boolean; error: Error | null; noMatch: string }) => {
  const { t } = useTranslation();
  const text = isSearching ? t('audits.pick.searching') : error ? t('audits.pick.failed', { message: error.message }) : noMatch;
  return <p className="listbox__item">{text}</p>;
};
