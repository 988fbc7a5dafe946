import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from 'react-aria-components';
import type { Backup } from '../../../../shared/schemas/backups';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { Modal } from '../../ui/Modal';
import { EmptyState, ErrorState, Loading } from '../../ui/States';
import { BackupBudget } from './BackupBudget';
import { BackupFolder } from './BackupFolder';
import { BackupsTable } from './BackupsTable';
import { useBackupWords } from './backupWords';
import { useBackups, useCreateBackup, useRestoreBackup } from './hooks';

/** "Sauvegarder maintenant", where backups go, and the list to restore from (date, occasion, record counts). */
export const BackupsSection = ({
  desktop,
  readOnly,
  unfit,
  onDone,
}: {
  desktop: boolean;
  readOnly: boolean;
  /** Read-only because Sève found the file unfit for writing, not because another window holds it. */
  unfit: boolean;
  onDone: (message: string) => void;
}) => {
  const { t } = useTranslation();
  const backups = useBackups(!readOnly);
  const create = useCreateBackup();
  const restore = useRestoreBackup();
  const [restoring, setRestoring] = useState<Backup | null>(null);
  const { dateOf, countsOf } = useBackupWords();

  if (readOnly) {
    return (
      <section className="section" aria-labelledby="backups-title">
        <h2 id="backups-title">{t('backups.title')}</h2>
        <p>{t(unfit ? 'backups.readOnlyUnfit' : 'backups.readOnly')}</p>
      </section>
    );
  }
  return (
    <section className="section" aria-labelledby="backups-title">
      <h2 id="backups-title">{t('backups.title')}</h2>
      <p>{t('backups.help')}</p>
      <div className="button-row">
        <Button
          variant="primary"
          isDisabled={create.isPending}
          onPress={() => create.mutate(undefined, { onSuccess: (backup) => onDone(t('backups.done', { name: backup.id })) })}
        >
          {t('backups.now')}
        </Button>
      </div>
      <FormAlert message={create.error?.message ?? restore.error?.message ?? null} />
      {backups.isPending && <Loading />}
      {backups.isError && <ErrorState error={backups.error} onRetry={() => void backups.refetch()} />}
      {backups.isSuccess && (
        <>
          <BackupFolder desktop={desktop} list={backups.data} onDone={onDone} />
          <BackupBudget list={backups.data} onDone={onDone} />
          <Heading level={3}>{t('backups.list')}</Heading>
          {backups.data.backups.length === 0 ? (
            <EmptyState title={t('backups.empty')} />
          ) : (
            <BackupsTable backups={backups.data.backups} onRestore={setRestoring} />
          )}
        </>
      )}
      <Modal title={t('backups.restoreTitle')} isOpen={restoring !== null} onOpenChange={(isOpen) => !isOpen && setRestoring(null)}>
        {restoring && (
          <>
            <p>{t('backups.restoreText', { date: dateOf(restoring), counts: countsOf(restoring) })}</p>
            <FormAlert message={restore.error?.message ?? null} />
            <div className="form__actions">
              <Button
                variant="danger"
                isDisabled={restore.isPending}
                onPress={() =>
                  restore.mutate(restoring.id, {
                    onSuccess: (result) => {
                      setRestoring(null);
                      onDone(t('backups.restored', { date: dateOf(result.restored), safety: result.safety.id }));
                    },
                  })
                }
              >
                {t('backups.restoreConfirm')}
              </Button>
              <Button variant="quiet" onPress={() => setRestoring(null)}>
                {t('common.cancel')}
              </Button>
            </div>
          </>
        )}
      </Modal>
    </section>
  );
};
