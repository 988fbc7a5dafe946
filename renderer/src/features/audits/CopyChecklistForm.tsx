import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Audit } from '../../../../shared/schemas/audits';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { PickListField } from '../../ui/PickListField';
import { Loading } from '../../ui/States';
import { useAuditMove } from './hooks';
import { useAuditPicks } from '../common/pickSources';

type CopyChecklistFormProps = { audit: Audit; before: number; onDone: (copied: number) => void; onCancel: () => void };

/** Chooses a previous audit whose questions start this checklist (results left empty). */
export const CopyChecklistForm = ({ audit, before, onDone, onCancel }: CopyChecklistFormProps) => {
  const { t } = useTranslation();
  const audits = useAuditPicks({ includeCancelled: true, except: audit.id });
  // The picker's first question, asked here too (same key, one request): does any other audit exist?
  const first = useQuery(audits.search(''));
  const copy = useAuditMove('audits.copyChecklist', audit.id);
  const [fromAuditId, setFromAuditId] = useState<number | null>(null);
  const [missing, setMissing] = useState<string | null>(null);
  if (first.isPending) return <Loading />;
  const hasOthers = (first.data ?? []).length > 0;

  const submit = async () => {
    if (fromAuditId === null) return setMissing(t('audits.checklist.copyMissing'));
    try {
      const checklist = await copy.mutateAsync({ fromAuditId, toAuditId: audit.id });
      onDone(checklist.length - before);
    } catch {
      // copy.error shows the backend's reason.
    }
  };

  return (
    <div className="form">
      <FormAlert message={first.error?.message ?? copy.error?.message ?? null} />
      <p className="form__help">{!hasOthers ? t('audits.checklist.noOtherAudit') : t('audits.checklist.copyHelp')}</p>
      {hasOthers && (
        <PickListField
          label={t('audits.checklist.copyFrom')}
          source={audits}
          single
          isRequired
          value={fromAuditId === null ? [] : [fromAuditId]}
          onChange={(ids) => {
            setMissing(null);
            setFromAuditId(ids[0] ?? null);
          }}
          error={missing ?? undefined}
        />
      )}
      <div className="form__actions">
        {hasOthers && (
          <Button variant="primary" isDisabled={copy.isPending} onPress={() => void submit()}>
            {copy.isPending ? t('common.saving') : t('audits.checklist.copySubmit')}
          </Button>
        )}
        <Button variant="quiet" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </div>
  );
};
