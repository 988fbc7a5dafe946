import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Audit } from '../../../../shared/schemas/audits';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { SelectField } from '../../ui/SelectField';
import { Loading } from '../../ui/States';
import { useAuditMove } from './hooks';
import { useAuditList } from '../common/lookups';
import { useDateRange } from '../common/auditDisplay';

type CopyChecklistFormProps = { audit: Audit; before: number; onDone: (copied: number) => void; onCancel: () => void };

/** Chooses a previous audit whose questions start this checklist (results left empty). */
export const CopyChecklistForm = ({ audit, before, onDone, onCancel }: CopyChecklistFormProps) => {
  const { t } = useTranslation();
  const range = useDateRange();
  const audits = useAuditList({ includeCancelled: true });
  const copy = useAuditMove('audits.copyChecklist', audit.id);
  const [fromAuditId, setFromAuditId] = useState<string | null>(null);
  const [missing, setMissing] = useState<string | null>(null);
  if (audits.isPending) return <Loading />;
  const others = (audits.data ?? [])
    .filter((other) => other.id !== audit.id)
    .sort((a, b) => b.startDate.localeCompare(a.startDate))
    .map((other) => ({
      id: String(other.id),
      label: `${other.reference} — ${other.title ?? t(`audits.type.${other.type}`)} (${range(other.startDate, other.endDate)})`,
    }));

  const submit = async () => {
    if (fromAuditId === null) return setMissing(t('audits.checklist.copyMissing'));
    try {
      const checklist = await copy.mutateAsync({ fromAuditId: Number(fromAuditId), toAuditId: audit.id });
      onDone(checklist.length - before);
    } catch {
      // copy.error shows the backend's reason.
    }
  };

  return (
    <div className="form">
      <FormAlert message={audits.error?.message ?? copy.error?.message ?? null} />
      <p className="form__help">{others.length === 0 ? t('audits.checklist.noOtherAudit') : t('audits.checklist.copyHelp')}</p>
      {others.length > 0 && (
        <SelectField
          label={t('audits.checklist.copyFrom')}
          isRequired
          placeholder={t('common.choose')}
          options={others}
          value={fromAuditId}
          onChange={(value) => {
            setMissing(null);
            setFromAuditId(value);
          }}
          error={missing ?? undefined}
        />
      )}
      <div className="form__actions">
        {others.length > 0 && (
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
