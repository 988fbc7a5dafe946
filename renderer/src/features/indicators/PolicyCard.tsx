import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { PickListField } from '../../ui/PickListField';
import { TextAreaField } from '../../ui/TextAreaField';
import { useDocumentPicks } from '../common/pickSources';
import { usePolicy, usePolicyDocumentCount, useSetPolicy } from './hooks';

/** The quality policy (§5.2): which document of the register it is, its version in force and its next review, and its words. */
export const PolicyCard = ({ onNotice }: { onNotice: (message: string) => void }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const policy = usePolicy();
  const documents = useDocumentPicks({ type: 'politique' });
  const policyDocuments = usePolicyDocumentCount();
  const setPolicy = useSetPolicy();
  const [choice, setChoice] = useState<number | null | undefined>(undefined);
  const [text, setText] = useState<string | undefined>(undefined);
  const current = policy.data?.document ?? null;
  const selected = choice === undefined ? (current?.id ?? null) : choice;
  const words = text ?? policy.data?.text ?? '';
  return (
    <section className="section card" aria-labelledby="policy-title">
      <h2 id="policy-title" className="card__title">
        {t('objectives.policy.title')}
      </h2>
      <p className="form__help">{t('objectives.policy.help')}</p>
      {current === null ? (
        <p>{t('objectives.policy.none')}</p>
      ) : (
        <p>
          <Link to={`/documents/${current.id}`}>
            <span className="reference">{current.reference}</span> {current.title}
          </Link>{' '}
          —{' '}
          {current.indice !== null && current.effectiveDate !== null
            ? t('objectives.policy.inForce', { indice: current.indice, date: formatCalendarDate(current.effectiveDate, dateLocale) })
            : t('objectives.policy.notInForce')}
          {current.nextReviewDue !== null &&
            `, ${t('objectives.policy.nextReview', { date: formatCalendarDate(current.nextReviewDue, dateLocale) })}`}
        </p>
      )}
      {policyDocuments === 0 ? (
        <p>{t('objectives.policy.noPolicyDocument')}</p>
      ) : (
        <form
          className="form form--inline"
          onSubmit={(event) => {
            event.preventDefault();
            setPolicy.mutate(
              { documentId: selected, text: words.trim() === '' ? null : words },
              { onSuccess: () => onNotice(t('objectives.policy.saved')) },
            );
          }}
        >
          {setPolicy.isError && <FormAlert message={setPolicy.error.message} />}
          <PickListField
            single
            label={t('objectives.policy.choose')}
            source={documents}
            value={selected === null ? [] : [selected]}
            onChange={(ids) => setChoice(ids[0] ?? null)}
          />
          <TextAreaField
            label={t('objectives.policy.text')}
            description={t('objectives.policy.textHelp')}
            value={words}
            onChange={setText}
            maxLength={6000}
          />
          <Button type="submit" isDisabled={setPolicy.isPending}>
            {t('objectives.policy.save')}
          </Button>
        </form>
      )}
    </section>
  );
};
