import { scaleBand, scaleLinear } from 'd3-scale';
import { useTranslation } from 'react-i18next';
import type { SurveyDetail, SurveyQuestion } from '../../../../shared/schemas/surveys';
import { useLocale } from '../../i18n';

const WIDTH = 320;
const ROW = 22;
const LABEL = 70;

/** The answers of one closed question as horizontal bars; the table beside it says the same in figures. */
const QuestionChart = ({ question, labelOf }: { question: SurveyQuestion; labelOf: (value: number) => string }) => {
  const steps = question.results.steps;
  const x = scaleLinear()
    .domain([0, Math.max(1, ...steps.map((s) => s.count))])
    .range([LABEL, WIDTH - 30]);
  const y = scaleBand<number>()
    .domain(steps.map((s) => s.value))
    .range([0, steps.length * ROW])
    .padding(0.2);
  return (
    <svg
      className="survey-chart"
      viewBox={`0 0 ${WIDTH} ${steps.length * ROW}`}
      width={WIDTH}
      height={steps.length * ROW}
      aria-hidden="true"
      focusable="false"
    >
      {steps.map((step) => (
        <g key={step.value}>
          <text x={0} y={(y(step.value) ?? 0) + y.bandwidth() - 4} className="survey-chart__label">
            {labelOf(step.value)}
          </text>
          <rect
            x={LABEL}
            y={y(step.value)}
            width={Math.max(1, x(step.count) - LABEL)}
            height={y.bandwidth()}
            className="survey-chart__bar"
          />
          <text x={x(step.count) + 4} y={(y(step.value) ?? 0) + y.bandwidth() - 4} className="survey-chart__value">
            {step.count}
          </text>
        </g>
      ))}
    </svg>
  );
};

/** Results per question: a chart for the eye, a table for everyone (screen readers read the table). */
export const ResultsSection = ({ survey }: { survey: SurveyDetail }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  return (
    <section className="section" aria-labelledby="survey-results">
      <h2 id="survey-results">{t('surveys.results')}</h2>
      {survey.questions.map((question) => {
        const labelOf = (value: number) =>
          question.kind === 'oui_non' ? (value === 1 ? t('surveys.yes') : t('surveys.no')) : String(value);
        if (question.kind === 'texte') {
          return (
            <details key={question.id} className="survey-result">
              <summary>
                {question.text} — {t('surveys.freeAnswers', { count: question.results.answered })}
              </summary>
              <ul>
                {question.results.texts.map((text, index) => (
                  <li key={index}>{text}</li>
                ))}
              </ul>
            </details>
          );
        }
        return (
          <figure key={question.id} className="survey-result">
            <figcaption>
              <strong>{question.text}</strong>
              {question.results.mean !== null &&
                ` — ${t('surveys.mean', { mean: question.results.mean.toLocaleString(dateLocale.code), max: String(question.scaleMax ?? '') })}`}
            </figcaption>
            <QuestionChart question={question} labelOf={labelOf} />
            <table className="table table--compact" aria-label={t('surveys.resultsTable', { text: question.text })}>
              <thead>
                <tr>
                  <th scope="col">{t('surveys.step')}</th>
                  <th scope="col">{t('surveys.count')}</th>
                </tr>
              </thead>
              <tbody>
                {question.results.steps.map((step) => (
                  <tr key={step.value}>
                    <td>{labelOf(step.value)}</td>
                    <td>{step.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </figure>
        );
      })}
    </section>
  );
};
