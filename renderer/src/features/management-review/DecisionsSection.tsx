import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision, ManagementReview } from '../../../../shared/schemas/management-review';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { Modal } from '../../ui/Modal';
import { DecisionAddForm, DecisionToActionForm } from './DecisionForms';
import { DecisionStatus } from './DecisionStatus';
import { useRemoveDecision } from './hooks';

/** Decisions and outputs of the review (§9.3.3), each with the action of the plan that carries it out. */
export const DecisionsSection = ({ review, onNotice }: { review: ManagementReview; onNotice: (message: string) => void }) => {
  const { t } = useTranslation();
  const remove = useRemoveDecision();
  const [converting, setConverting] = useState<Decision | null>(null);
  const editable = review.status === 'en_preparation';
  return (
    <section className="section" aria-labelledby="decisions-title">
      <h2 id="decisions-title">{t('managementReview.decisions.title')}</h2>
      {remove.isError && <FormAlert message={remove.error.message} />}
      {review.decisions.length === 0 ? (
        <p>{t('managementReview.decisions.none')}</p>
      ) : (
        <ol className="decision-list" data-testid="decisions">
          {review.decisions.map((decision) => (
            <li key={decision.id} value={decision.position}>
              <p className="decision-list__text">
                <span className="decision-list__kind">{t(`managementReview.decisions.kind.${decision.kind}`)}</span> {decision.text}
              </p>
              <DecisionStatus decision={decision} />
              {editable && decision.action === null && (
                <div className="row-actions">
                  <Button variant="quiet" onPress={() => setConverting(decision)}>
                    {t('managementReview.decisions.toAction')}
                  </Button>
                  <Button
                    variant="quiet"
                    aria-label={t('managementReview.decisions.removeLabel', { position: String(decision.position) })}
                    onPress={() =>
                      remove.mutate({ decisionId: decision.id }, { onSuccess: () => onNotice(t('managementReview.decisions.removed')) })
                    }
                  >
                    {t('managementReview.decisions.remove')}
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      {editable && (
        <div className="card">
          <h3 className="card__title">{t('managementReview.decisions.add')}</h3>
          <DecisionAddForm reviewId={review.id} onNotice={onNotice} />
        </div>
      )}
      <Modal
        title={t('managementReview.decisions.toActionTitle', { position: String(converting?.position ?? '') })}
        isOpen={converting !== null}
        onOpenChange={(open) => !open && setConverting(null)}
      >
        {converting !== null && (
          <>
            <p>{converting.text}</p>
            <DecisionToActionForm
              decisionId={converting.id}
              onDone={(reference) => {
                setConverting(null);
                onNotice(t('managementReview.decisions.converted', { reference }));
              }}
            />
          </>
        )}
      </Modal>
    </section>
  );
};
