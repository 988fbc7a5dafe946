import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { closureConditions, closureFactsOf, closureGate } from '../../../../shared/domain/nonconformities';
import type { Nonconformity } from '../../../../shared/schemas/nonconformities';
import { ApiCallError } from '../../api/client';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { useLoopMutation } from '../common/loopMutation';

/** What the backend says is missing: each condition of the gate on its own line, or its one message. */
const missingFrom = (error: unknown): string[] => {
  if (error instanceof ApiCallError) {
    const gate = Object.entries(error.fields)
      .filter(([field]) => field.startsWith('gate.'))
      .map(([, message]) => message);
    return gate.length > 0 ? gate : [error.message];
  }
  return [error instanceof Error ? error.message : String(error)];
};

/** The closure gate: its three conditions as they stand, and the attempt to close, listing what is missing. */
export const ClosureSection = ({ nc, onNotice }: { nc: Nonconformity; onNotice: (message: string) => void }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const close = useLoopMutation('nonconformities.close');
  const [missing, setMissing] = useState<string[]>([]);
  const unmet = new Set(closureGate(closureFactsOf(nc)).map((condition) => condition.condition));
  const attempt = async () => {
    setMissing([]);
    try {
      await close.mutateAsync({ id: nc.id, revision: nc.revision });
      onNotice(t('nonconformities.closure.closedNotice', { reference: nc.reference }));
    } catch (error) {
      setMissing(missingFrom(error));
    }
  };
  return (
    <section className="section" aria-labelledby="nc-closure">
      <h2 id="nc-closure">{t('nonconformities.closure.title')}</h2>
      {nc.status === 'close' && nc.closedOn ? (
        <p className="closure-done">✓ {t('nonconformities.closure.closedOn', { date: formatCalendarDate(nc.closedOn, dateLocale) })}</p>
      ) : (
        <>
          <p className="form__help">{t('nonconformities.closure.help')}</p>
          <ul className="gate" aria-label={t('nonconformities.closure.conditions')}>
            {closureConditions.map((condition) => {
              const met = !unmet.has(condition);
              return (
                <li key={condition} className={`gate__condition gate__condition--${met ? 'met' : 'unmet'}`}>
                  <span aria-hidden="true">{met ? '✓' : '✗'} </span>
                  {t(`nonconformities.closure.${condition}`)} —{' '}
                  <span className="gate__state">{t(met ? 'nonconformities.closure.met' : 'nonconformities.closure.unmet')}</span>
                </li>
              );
            })}
          </ul>
          <Button variant="primary" isDisabled={close.isPending} onPress={() => void attempt()}>
            {t('nonconformities.closure.close')}
          </Button>
          {missing.length > 0 && (
            <div className="form-alert" role="alert">
              <p>{t('nonconformities.closure.missing')}</p>
              <ul>
                {missing.map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </section>
  );
};
