import { useTranslation } from 'react-i18next';

/** Each shape of the picture and what it stands for (the window is a hatched box, drawn by CSS). */
const keys = [
  { symbol: '◆', word: 'decision' },
  { symbol: '■', word: 'expiry' },
  { symbol: '▲', word: 'alert' },
  { symbol: null, word: 'window' },
  { symbol: '●', word: 'auditDone' },
  { symbol: '○', word: 'auditPlanned' },
  { symbol: '◌', word: 'proposed' },
  { symbol: '┆', word: 'today' },
] as const;

/** The legend of the certification cycle's picture. */
export const CycleLegend = () => {
  const { t } = useTranslation();
  return (
    <ul className="cycle__legend" aria-label={t('certifications.timeline.legend')}>
      {keys.map(({ symbol, word }) => (
        <li key={word}>
          {symbol === null ? (
            <span aria-hidden="true" className="cycle__key cycle__key--window" />
          ) : (
            <span aria-hidden="true" className="cycle__key">
              {symbol}
            </span>
          )}{' '}
          {t(`certifications.timeline.${word}`)}
        </li>
      ))}
    </ul>
  );
};
