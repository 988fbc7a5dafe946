import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { useReviewInputs } from './hooks';
import { InputsAudits, InputsPrevious } from './InputsAudits';
import { InputsContext, InputsRisks } from './InputsContext';
import { InputsIndicators } from './InputsIndicators';
import { InputsSupport } from './InputsSupport';
import { InputsComplaints, InputsDocumentsAndIdeas, InputsNonconformities } from './InputsRegisters';
import { QueryFallback } from '../../ui/list/QueryView';

/** The inputs §9.3.2 asks for, read from the file for the review's period: nothing to type. */
export const ReviewInputsSection = ({ reviewId }: { reviewId: number }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const inputs = useReviewInputs(reviewId);
  const body = () => {
    if (!inputs.isSuccess) return <QueryFallback query={inputs} />;
    return (
      <>
        <p className="form__help">{t('managementReview.inputs.readOn', { date: formatCalendarDate(inputs.data.readOn, dateLocale) })}</p>
        <InputsPrevious inputs={inputs.data} />
        <InputsContext inputs={inputs.data} />
        <InputsAudits inputs={inputs.data} />
        <InputsNonconformities inputs={inputs.data} />
        <InputsComplaints inputs={inputs.data} />
        <InputsSupport inputs={inputs.data} />
        <InputsIndicators inputs={inputs.data} />
        <InputsRisks inputs={inputs.data} />
        <InputsDocumentsAndIdeas inputs={inputs.data} />
      </>
    );
  };
  return (
    <section className="section" aria-labelledby="inputs-title">
      <h2 id="inputs-title">{t('managementReview.inputs.title')}</h2>
      {body()}
    </section>
  );
};
