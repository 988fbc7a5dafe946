import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { HistoryTimeline } from '../history/HistoryTimeline';
import { useContextHistoryFormat } from './contextHistory';
import { useContextMutation } from './contextMutation';
import { RegisterRetireForm, RegisterReviewForm } from './RegisterLife';

/** The context registers whose records are reviewed and retired the same way. */
type LifeRegister = 'issues' | 'parties' | 'risks';
export type LifeDialog = 'review' | 'retire';

/** « Revoir » and « Retirer » beside a record's own buttons. */
export const RegisterLifeButtons = ({ open }: { open: (dialog: LifeDialog) => void }) => {
  const { t } = useTranslation();
  return (
    <>
      <Button onPress={() => open('review')}>{t('issues.life.review')}</Button>
      <Button onPress={() => open('retire')}>{t('issues.life.retire')}</Button>
    </>
  );
};

/** The review and retirement dialogs' titles, naming the record. */
export const useRegisterLifeTitles = (name: string): Record<LifeDialog, string> => {
  const { t } = useTranslation();
  return { review: t('issues.life.reviewTitle', { name }), retire: t('issues.life.retireTitle', { name }) };
};

type DialogProps = {
  register: LifeRegister;
  dialog: string | null;
  record: { id: number; revision: number };
  /** Closes the dialog and shows the confirmation. */
  onDone: (message: string) => void;
  onCancel: () => void;
};

/** The review or retirement form of a register's record, when that dialog is the open one. */
export const RegisterLifeDialog = ({ register, dialog, record, onDone, onCancel }: DialogProps) => {
  const { t } = useTranslation();
  const review = useContextMutation(`${register}.review`);
  const retire = useContextMutation(`${register}.retire`);
  if (dialog === 'review')
    return (
      <RegisterReviewForm
        onSubmit={async (fields) => {
          await review.mutateAsync({ id: record.id, revision: record.revision, fields });
          onDone(t('issues.life.reviewed'));
        }}
        onCancel={onCancel}
      />
    );
  if (dialog === 'retire')
    return (
      <RegisterRetireForm
        onSubmit={async (fields) => {
          await retire.mutateAsync({ id: record.id, revision: record.revision, fields });
          onDone(t('issues.life.retired'));
        }}
        onCancel={onCancel}
      />
    );
  return null;
};

/** A context record's history, its fields named as its form names them. */
export const RegisterHistory = ({ entity, entityId, title }: { entity: 'issue' | 'party' | 'risk'; entityId: number; title: string }) => {
  const format = useContextHistoryFormat();
  return (
    <section className="section" aria-labelledby={`${entity}-history`}>
      <h2 id={`${entity}-history`}>{title}</h2>
      <HistoryTimeline entity={entity} entityId={entityId} fieldLabel={format.label} formatValue={format.value} />
    </section>
  );
};
