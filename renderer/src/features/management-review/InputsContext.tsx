import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReviewInputs } from '../../../../shared/schemas/management-review';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import '../common/context.css';
import { EvaluationBadge } from '../common/EvaluationBadge';

/** The context's changes over the period (§9.3.2 b): entries and exits of the registers, the climate answer, the watch. */
export const InputsContext = ({ inputs }: { inputs: ReviewInputs }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const date = (value: string) => formatCalendarDate(value, dateLocale);
  const context = inputs.context;
  if (context === undefined) {
    return (
      <section className="inputs-section" aria-labelledby="inputs-context">
        <h3 id="inputs-context">{t('issues.reviewInputs.context')}</h3>
        <p>{t('issues.reviewInputs.notRecorded')}</p>
      </section>
    );
  }
  const lines = [
    ...context.issuesAdded.map((issue) => ({
      key: `ia-${issue.id}`,
      what: t('issues.reviewInputs.issueAdded'),
      route: `/contexte/enjeux/${issue.id}`,
      label: `${issue.title} (${t(`issues.nature.${issue.nature}`)}, ${t(`issues.effect.${issue.effect}`)})`,
      date: issue.identifiedOn,
    })),
    ...context.issuesRetired.map((issue) => ({
      key: `ir-${issue.id}`,
      what: t('issues.reviewInputs.issueRetired'),
      route: `/contexte/enjeux/${issue.id}`,
      label: `${issue.title} — ${issue.reason}`,
      date: issue.retiredOn,
    })),
    ...context.partiesAdded.map((party) => ({
      key: `pa-${party.id}`,
      what: t('issues.reviewInputs.partyAdded'),
      route: `/parties-interessees/${party.id}`,
      label: party.name,
      date: party.identifiedOn,
    })),
    ...context.partiesRetired.map((party) => ({
      key: `pr-${party.id}`,
      what: t('issues.reviewInputs.partyRetired'),
      route: `/parties-interessees/${party.id}`,
      label: `${party.name} — ${party.reason}`,
      date: party.retiredOn,
    })),
    ...context.watchItems.map((item) => ({
      key: `w-${item.id}`,
      what: `${t('issues.reviewInputs.watchItem')} ${item.reference}`,
      route: `/veille/informations/${item.id}`,
      label: `${item.title} — ${item.impact ? t(`watch.impact.${item.impact}`) : t('issues.reviewInputs.toAnalyse')}`,
      date: item.noticedOn,
    })),
  ];
  return (
    <section className="inputs-section" aria-labelledby="inputs-context">
      <h3 id="inputs-context">{t('issues.reviewInputs.context')}</h3>
      <p>
        {t('issues.reviewInputs.inForce', { issues: String(context.issuesInForce), parties: String(context.partiesInForce) })}{' '}
        {context.climate
          ? t('issues.climate.current', {
              answer: t(context.climate.relevant ? 'issues.climate.yesShort' : 'issues.climate.noShort'),
              date: date(context.climate.answeredOn),
            })
          : t('issues.climate.none')}
      </p>
      {lines.length === 0 ? (
        <p>{t('issues.reviewInputs.none')}</p>
      ) : (
        <ul className="inputs-list" data-testid="inputs-context">
          {lines.map((line) => (
            <li key={line.key}>
              {line.what} ({date(line.date)}) : <Link to={line.route}>{line.label}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};

/** The risks and opportunities with their treatment and actions, as of the review's day (§9.3.2 e). */
export const InputsRisks = ({ inputs }: { inputs: ReviewInputs }) => {
  const { t } = useTranslation();
  const { risks } = inputs;
  return (
    <section className="inputs-section" aria-labelledby="inputs-risks">
      <h3 id="inputs-risks">{t('issues.reviewInputs.risks')}</h3>
      {risks === undefined ? (
        <p>{t('issues.reviewInputs.notRecorded')}</p>
      ) : risks.length === 0 ? (
        <p>{t('issues.reviewInputs.risksNone')}</p>
      ) : (
        <div className="table-scroller table-scroller--fit" role="region" aria-labelledby="inputs-risks" tabIndex={0}>
          <table className="table" data-testid="inputs-risks">
            <thead>
              <tr>
                <th scope="col">{t('risks.field.reference')}</th>
                <th scope="col">{t('risks.field.title')}</th>
                <th scope="col">{t('issues.reviewInputs.evaluation')}</th>
                <th scope="col">{t('risks.field.treatment')}</th>
                <th scope="col">{t('risks.field.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {risks.map((risk) => (
                <tr key={risk.id}>
                  <td className="nowrap">
                    <Link to={`/risques/${risk.id}`} className="reference">
                      {risk.reference}
                    </Link>
                  </td>
                  <td>
                    {t(`risks.kind.${risk.kind}`)} : {risk.title}
                  </td>
                  <td>
                    <EvaluationBadge evaluation={risk.initial} kind={risk.kind} />
                    {risk.current.id !== risk.initial.id && (
                      <>
                        {' → '}
                        <EvaluationBadge evaluation={risk.current} kind={risk.kind} />
                      </>
                    )}
                  </td>
                  <td>{risk.treatment ? t(`risks.treatment.${risk.treatment}`) : t(`risks.treatmentState.a_decider`)}</td>
                  <td>
                    {risk.actions.length === 0
                      ? t(`risks.treatmentState.${risk.treatmentState}`)
                      : risk.actions.map((action) => `${action.reference} : ${t(`actions.status.${action.status}`)}`).join(' ; ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
};
