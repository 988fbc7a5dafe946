import { useTranslation } from 'react-i18next';
import { stateSymbols, type IndicatorState } from '../../../../shared/domain/indicator-state';
import './indicators.css';

/** Where an indicator stands, readable without colour: a symbol of its own shape and the word; the colour only repeats them. */
export const StateBadge = ({ state }: { state: IndicatorState }) => {
  const { t } = useTranslation();
  return (
    <span className={`state-badge state-badge--${state}`}>
      <span className="state-badge__symbol" aria-hidden="true">
        {stateSymbols[state]}
      </span>{' '}
      {t(`indicators.state.${state}`)}
    </span>
  );
};
