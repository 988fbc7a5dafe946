import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { actionMoves, canMoveAction, type ActionMove } from '../../../../shared/domain/actions';
import { abandonStepSchema, completeStepSchema, reopenStepSchema, type Action, type ActionStep } from '../../../../shared/schemas/actions';
import { useServerForm } from '../../api/useServerForm';
import { todayOnThisComputer } from '../../app/today';
import { Button } from '../../ui/Button';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { FormDateField, FormTextAreaField } from '../../ui/FormFields';
import { Modal } from '../../ui/Modal';
import { useLoopMutation } from './loopMutation';

type StepFormProps = { action: Action; onSubmit: (step: ActionStep) => Promise<unknown>; onCancel: () => void };

const CompleteForm = ({ action, onSubmit, onCancel }: StepFormProps) => {
  const { t } = useTranslation();
  const { control, formState, formError, submit } = useServerForm(completeStepSchema, {
    defaultValues: { move: 'complete', doneOn: todayOnThisComputer(), evidenceNotes: action.evidenceNotes ?? '' },
    onSubmit,
    serverPrefix: 'step.',
  });
  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
      <FormDateField control={control} name="doneOn" label={t('actions.field.doneOn')} isRequired />
      <FormTextAreaField control={control} name="evidenceNotes" label={t('actions.field.evidenceNotes')} maxLength={4000} />
      <FormActions submitLabel={t('actions.move.complete')} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};

const AbandonForm = ({ onSubmit, onCancel }: Omit<StepFormProps, 'action'>) => {
  const { t } = useTranslation();
  const { control, formState, formError, submit } = useServerForm(abandonStepSchema, {
    defaultValues: { move: 'abandon', abandonedOn: todayOnThisComputer(), reason: '' },
    onSubmit,
    serverPrefix: 'step.',
  });
  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
      <FormDateField control={control} name="abandonedOn" label={t('actions.field.abandonedOn')} isRequired />
      <FormTextAreaField control={control} name="reason" label={t('actions.move.reason')} isRequired maxLength={2000} />
      <FormActions submitLabel={t('actions.move.abandon')} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};

const ReopenForm = ({ onSubmit, onCancel }: Omit<StepFormProps, 'action'>) => {
  const { t } = useTranslation();
  const { control, formState, formError, submit } = useServerForm(reopenStepSchema, {
    defaultValues: { move: 'reopen', reason: '' },
    onSubmit,
    serverPrefix: 'step.',
  });
  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
      <FormTextAreaField control={control} name="reason" label={t('actions.move.reason')} isRequired maxLength={2000} />
      <FormActions submitLabel={t('actions.move.reopen')} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};

const notices = { start: 'started', complete: 'completed', abandon: 'abandoned', reopen: 'reopened' } as const;

/** The moves an action allows now: start, complete (date and evidence), abandon or reopen (with the reason). */
export const ActionMoves = ({
  action,
  onNotice,
  canReopen = true,
}: {
  action: Action;
  onNotice: (message: string) => void;
  canReopen?: boolean;
}) => {
  const { t } = useTranslation();
  const move = useLoopMutation('actions.move');
  const [dialog, setDialog] = useState<Exclude<ActionMove, 'start'> | null>(null);
  const close = () => setDialog(null);
  const send = async (step: ActionStep) => {
    await move.mutateAsync({ id: action.id, revision: action.revision, step });
    close();
    onNotice(t(`actions.move.${notices[step.move]}`, { reference: action.reference }));
  };
  const moves = actionMoves.filter((candidate) => canMoveAction(candidate, action.status) && (candidate !== 'reopen' || canReopen));
  if (action.nonconformityStatus === 'close' || moves.length === 0) return null;
  return (
    <>
      {moves.map((candidate) => (
        <Button
          key={candidate}
          variant={candidate === 'complete' ? 'primary' : candidate === 'abandon' ? 'quiet' : 'secondary'}
          aria-label={t('actions.move.label', { move: t(`actions.move.${candidate}`), reference: action.reference })}
          isDisabled={move.isPending}
          // A refused start shows through `move.error` below; the rejection itself has nothing more to say.
          onPress={() => (candidate === 'start' ? void send({ move: 'start' }).catch(() => undefined) : setDialog(candidate))}
        >
          {t(`actions.move.${candidate}`)}
        </Button>
      ))}
      {move.error && dialog === null && <FormAlert message={move.error.message} />}
      <Modal
        title={dialog ? t(`actions.move.${dialog}Title`, { reference: action.reference }) : ''}
        isOpen={dialog !== null}
        onOpenChange={(open) => !open && close()}
      >
        {dialog === 'complete' && <CompleteForm action={action} onSubmit={send} onCancel={close} />}
        {dialog === 'abandon' && <AbandonForm onSubmit={send} onCancel={close} />}
        {dialog === 'reopen' && <ReopenForm onSubmit={send} onCancel={close} />}
      </Modal>
    </>
  );
};
