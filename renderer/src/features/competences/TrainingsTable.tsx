import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { planFigures } from '../../../../shared/domain/competences';
import type { Training } from '../../../../shared/schemas/competences';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';

/** The trainings listed, led by the year's training plan in figures when the list is filtered on a year. */
export const TrainingsTable = ({ trainings, year }: { trainings: Training[]; year: number | undefined }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const date = (value: string | null) => (value ? formatCalendarDate(value, dateLocale) : t('common.none'));
  const figures = planFigures(trainings.map((training) => training.state));
  return (
    <>
      {year !== undefined && (
        <p className="form__help" data-testid="training-plan">
          {t('trainings.plan', {
            year: String(year),
            planned: String(figures.prevue),
            late: String(figures.en_retard),
            toEvaluate: String(figures.a_evaluer),
            evaluated: String(figures.evaluee),
            cancelled: String(figures.annulee),
          })}
        </p>
      )}
      <div className="table-scroller table-scroller--fit" role="region" aria-label={t('trainings.list')} tabIndex={0}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('trainings.field.title')}</th>
              <th scope="col">{t('trainings.field.person')}</th>
              <th scope="col">{t('trainings.field.competence')}</th>
              <th scope="col">{t('trainings.field.state')}</th>
              <th scope="col">{t('trainings.field.date')}</th>
              <th scope="col">{t('trainings.field.expiresOn')}</th>
            </tr>
          </thead>
          <tbody>
            {trainings.map((training) => (
              <tr key={training.id}>
                <td>
                  <Link to={`/formations/${training.id}`}>{training.title}</Link>
                </td>
                <td>
                  {training.personName}
                  {!training.personActive && <span className="cell-detail">{t('trainings.personLeft')}</span>}
                </td>
                <td>{training.competenceName ?? t('common.none')}</td>
                <td>
                  <span className={`badge badge--training-${training.state}`}>{t(`trainings.state.${training.state}`)}</span>
                </td>
                <td className="nowrap">{date(training.doneOn ?? training.plannedOn)}</td>
                <td className="nowrap">{date(training.expiresOn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
};
