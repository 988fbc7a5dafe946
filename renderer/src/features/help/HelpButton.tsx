import { useTranslation } from 'react-i18next';
import { Link, useMatches } from 'react-router';

/** The "?" of every screen: the guide, opened at the section of the screen being shown. */
export const HelpButton = () => {
  const { t } = useTranslation();
  const matches = useMatches();
  const help = [...matches].reverse().find((match) => typeof (match.handle as { help?: unknown } | undefined)?.help === 'string')
    ?.handle as { help: string } | undefined;
  return (
    <Link className="button button--secondary shell__help" to={`/aide/${help?.help ?? ''}`}>
      <span aria-hidden="true">? </span>
      {t('help.open')}
    </Link>
  );
};
