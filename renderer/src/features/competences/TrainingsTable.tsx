import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { planFigures } from '../../../../shared/domain/competences';
import type { Training } from '../../../../shared/schemas/competences';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { VirtualTable } from '../../ui/VirtualTable';

const fields = ['title', 'person', 'competence', 'state', 'date', 'expiresOn'] as const;

/**
 * The trainings listed, led by the year's training plan in figures when the list is filtered on a
 * year; only the rows in view are drawn (every employee's trainings fill hundreds over the years).
 */
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
      <VirtualTable
        label={t('trainings.list')}
        headers={fields.map((field) => t(`trainings.field.${field}`))}
        rows={trainings}
        rowKey={(training) => training.id}
        cells={(training) => (
          <>
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
          </>
        )}
      />
    </>
  );
};
