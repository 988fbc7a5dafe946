import { useTranslation } from 'react-i18next';
import type { Matrix } from '../../../../shared/schemas/competences';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';

/** Who is qualified for what, function by function: one table per function, people in rows, competences in columns. */
export const CompetenceMatrix = ({ matrix }: { matrix: Matrix }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const shown = matrix.functions.filter((fn) => fn.holders.length > 0 && fn.competences.length > 0);
  return (
    <>
      <p className="form__help">{t('competences.matrixHelp', { date: formatCalendarDate(matrix.date, dateLocale) })}</p>
      {shown.length === 0 && <p>{t('competences.matrixEmpty')}</p>}
      {shown.map((fn) => (
        <div
          key={fn.id}
          className="table-scroller table-scroller--fit"
          role="region"
          aria-label={t('competences.matrixOf', { name: fn.name })}
          tabIndex={0}
        >
          <table className="table">
            <caption>
              {t('competences.matrixOf', { name: fn.name })} —{' '}
              {fn.missing > 0 ? t('competences.missing', { count: fn.missing }) : t('competences.noMissing')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('competences.field.person')}</th>
                {fn.competences.map((competence) => (
                  <th key={competence.id} scope="col">
                    {competence.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {fn.holders.map((holder) => (
                <tr key={holder.id}>
                  <th scope="row">{holder.name}</th>
                  {fn.competences.map((competence) => {
                    const state = fn.cells.find((c) => c.personId === holder.id && c.competenceId === competence.id)?.state ?? 'manquante';
                    return (
                      <td key={competence.id}>
                        <span className={`badge badge--qualification-${state}`}>{t(`competences.qualification.${state}`)}</span>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </>
  );
};
