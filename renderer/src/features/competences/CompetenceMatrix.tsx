import { useTranslation } from 'react-i18next';
import type { Matrix } from '../../../../shared/schemas/competences';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';

type PersonLine = { id: number; name: string; functions: string[]; held: string[]; expiring: string[]; missing: string[] };

/** The same cells person by person: what each holder has, what lapses soon, what is missing, across their functions. */
const byPerson = (matrix: Matrix): PersonLine[] => {
  const people = new Map<number, PersonLine>();
  for (const fn of matrix.functions) {
    for (const holder of fn.holders) {
      const line = people.get(holder.id) ?? { id: holder.id, name: holder.name, functions: [], held: [], expiring: [], missing: [] };
      line.functions.push(fn.name);
      for (const cell of fn.cells.filter((c) => c.personId === holder.id)) {
        const name = fn.competences.find((c) => c.id === cell.competenceId)?.name ?? '';
        const list = cell.state === 'acquise' ? line.held : cell.state === 'expire_bientot' ? line.expiring : line.missing;
        if (!list.includes(name)) list.push(name);
      }
      people.set(holder.id, line);
    }
  }
  return [...people.values()].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
};

/** Who is qualified for what, function by function (people in rows, competences in columns), then person by person. */
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
      {shown.length > 0 && (
        <div className="table-scroller table-scroller--fit" role="region" aria-label={t('competences.byPerson')} tabIndex={0}>
          <table className="table">
            <caption>{t('competences.byPerson')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('competences.field.person')}</th>
                <th scope="col">{t('competences.functions')}</th>
                <th scope="col">{t('competences.qualification.acquise')}</th>
                <th scope="col">{t('competences.qualification.expire_bientot')}</th>
                <th scope="col">{t('competences.missingOrLapsed')}</th>
              </tr>
            </thead>
            <tbody>
              {byPerson(matrix).map((line) => (
                <tr key={line.id}>
                  <th scope="row">{line.name}</th>
                  <td>{line.functions.join(', ')}</td>
                  <td>{line.held.join(', ') || t('common.none')}</td>
                  <td>{line.expiring.join(', ') || t('common.none')}</td>
                  <td>{line.missing.join(', ') || t('common.none')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
};
