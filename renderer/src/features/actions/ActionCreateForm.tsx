import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { standaloneActionSources } from '../../../../shared/domain/actions';
import { actionOriginSchema, type Action, type ActionOrigin } from '../../../../shared/schemas/actions';
import { IdSelectField } from '../../ui/IdSelectField';
import { PickListField } from '../../ui/PickListField';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { useLoopMutation } from '../common/loopMutation';
import { ActionForm, emptyActionFields } from '../common/ActionForm';
import { useFindingOptions } from '../common/lookups';
import { useAuditPicks } from '../common/pickSources';

type Source = (typeof standaloneActionSources)[number];

/** The finding an action starts from, when the user came from it (the audit page's "Créer une action"). */
export type FindingOrigin = { auditId: number; findingId: number };

/** An action on its own: from an audit finding (piste de progrès, point sensible…), a management review, or else. */
export const ActionCreateForm = ({
  onCreated,
  onCancel,
  fromFinding = null,
}: {
  onCreated: (action: Action) => void;
  onCancel: () => void;
  fromFinding?: FindingOrigin | null;
}) => {
  const { t } = useTranslation();
  const create = useLoopMutation('actions.create');
  const [source, setSource] = useState<Source>('constat');
  const [auditId, setAuditId] = useState<number | null>(fromFinding?.auditId ?? null);
  const [findingId, setFindingId] = useState<number | null>(fromFinding?.findingId ?? null);
  const [note, setNote] = useState('');
  const audits = useAuditPicks();
  const findings = useFindingOptions(auditId);
  const origin: ActionOrigin = source === 'constat' ? { source, findingId } : { source, note };

  return (
    <ActionForm
      defaultValues={emptyActionFields(null, 'amelioration')}
      serverPrefix="fields."
      submitLabel={t('common.create')}
      onSubmit={async (fields) => {
        // The origin sits outside the form's fields: checked here with the same schema, so its message names what is missing.
        const checked = actionOriginSchema.safeParse(origin);
        if (!checked.success) throw new Error(checked.error.issues[0]?.message ?? t('common.formErrors'));
        onCreated(await create.mutateAsync({ origin: checked.data, fields }));
      }}
      onCancel={onCancel}
    >
      <SelectField
        label={t('actions.field.source')}
        options={standaloneActionSources.map((id) => ({ id, label: t(`actions.source.${id}`) }))}
        value={source}
        onChange={(value) => setSource(standaloneActionSources.find((candidate) => candidate === value) ?? source)}
        isRequired
      />
      {source === 'constat' ? (
        <div className="form__row">
          <PickListField
            label={t('actions.field.auditId')}
            source={audits}
            single
            value={auditId === null ? [] : [auditId]}
            onChange={(ids) => {
              setAuditId(ids[0] ?? null);
              setFindingId(null);
            }}
            isRequired
          />
          <IdSelectField
            label={t('actions.field.findingId')}
            records={(findings.data ?? []).map((finding) => ({
              id: finding.id,
              label: `${finding.grade.label} — ${finding.description.slice(0, 80)}`,
            }))}
            value={findingId}
            onChange={setFindingId}
            description={auditId === null ? t('actions.chooseAudit') : undefined}
            isRequired
          />
        </div>
      ) : (
        <TextField
          label={t('actions.field.note')}
          value={note}
          onChange={setNote}
          description={source === 'revue_direction' ? t('actions.noteHelp') : undefined}
          isRequired
          maxLength={200}
        />
      )}
    </ActionForm>
  );
};
