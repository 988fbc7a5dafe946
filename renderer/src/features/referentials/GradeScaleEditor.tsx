import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { gradeAnswers } from '../../../../shared/domain/audits';
import type { GradeScale } from '../../../../shared/schemas/audits';
import { ApiCallError } from '../../api/client';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { Notice, useNotice } from '../../ui/Notice';
import { useGradeScale, useResetGradeScale, useSetGradeScale } from './hooks';
import { GradeRow, NOT_NC, type GradeRowValues } from './GradeRow';
import './gradeScale.css';
import { QueryFallback } from '../../ui/list/QueryView';

type Row = GradeRowValues;

const severities = ['majeure', 'mineure', NOT_NC] as const;

/** The scale's grades being edited, saved together or reset to the default scale. */
const ScaleRows = ({
  referentialId,
  scale,
  onSaved,
  onReset,
}: {
  referentialId: number;
  scale: GradeScale;
  onSaved: () => void;
  onReset: () => void;
}) => {
  const { t } = useTranslation();
  const save = useSetGradeScale(referentialId);
  const reset = useResetGradeScale(referentialId);
  const nextKey = useRef(scale.grades.length);
  const [rows, setRows] = useState<Row[]>(() =>
    scale.grades.map((grade, index) => ({
      key: index,
      code: grade.code,
      label: grade.label,
      ncSeverity: grade.ncSeverity,
      answer: grade.answer,
    })),
  );
  const severityOptions = severities.map((severity) => ({ id: severity, label: t(`audits.scale.severities.${severity}`) }));
  const answerOptions = gradeAnswers.map((answer) => ({ id: answer, label: t(`audits.scale.answers.${answer}`) }));
  const fieldErrors = save.error instanceof ApiCallError ? save.error.fields : {};

  const change = (key: number, patch: Partial<Row>) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const move = (index: number, by: -1 | 1) =>
    setRows((current) => {
      const next = [...current];
      const [row] = next.splice(index, 1);
      if (row) next.splice(index + by, 0, row);
      return next;
    });
  const addRow = () => {
    nextKey.current += 1;
    setRows((current) => [
      ...current,
      { key: nextKey.current, code: null, label: t('audits.scale.newLabel'), ncSeverity: null, answer: 'prise_en_compte' },
    ]);
  };
  const submit = () =>
    save.mutate(
      // The default scale is shared by every referential: saving it gives this one grades of its own (new codes).
      rows.map(({ code, label, ncSeverity, answer }) => ({ code: scale.custom ? code : null, label, ncSeverity, answer })),
      { onSuccess: onSaved },
    );

  return (
    <>
      <p className="form__help">{scale.custom ? t('audits.scale.isCustom') : t('audits.scale.isDefault')}</p>
      <p className="form__help">{t('audits.scale.help')}</p>
      <FormAlert message={save.error?.message ?? reset.error?.message ?? null} />
      <ol className="scale" aria-label={t('audits.scale.list')}>
        {rows.map((row, index) => (
          <GradeRow
            key={row.key}
            row={row}
            position={index + 1}
            isFirst={index === 0}
            isLast={index === rows.length - 1}
            isOnly={rows.length === 1}
            labelError={fieldErrors[`grades.${index}.label`]}
            severityOptions={severityOptions}
            answerOptions={answerOptions}
            onChange={(patch) => change(row.key, patch)}
            onMove={(by) => move(index, by)}
            onRemove={() => setRows((current) => current.filter((other) => other.key !== row.key))}
          />
        ))}
      </ol>
      <div className="form__actions">
        <Button onPress={addRow} isDisabled={rows.length >= 20}>
          {t('audits.scale.add')}
        </Button>
        {scale.custom && (
          <Button isDisabled={reset.isPending} onPress={() => reset.mutate(undefined, { onSuccess: onReset })}>
            {t('audits.scale.reset')}
          </Button>
        )}
        <Button variant="primary" isDisabled={save.isPending} onPress={submit}>
          {save.isPending ? t('common.saving') : t('audits.scale.save')}
        </Button>
      </div>
    </>
  );
};

/** The referential's grading scale for audit findings: labels, which ones are nonconformities, their order. */
export const GradeScaleEditor = ({ referentialId }: { referentialId: number }) => {
  const { t } = useTranslation();
  const scale = useGradeScale(referentialId);
  const [notice, showNotice] = useNotice();
  const body = () => {
    if (!scale.isSuccess) return <QueryFallback query={scale} />;
    // Keyed by the saved scale, so the rows start again from what the file now holds after a save.
    return (
      <ScaleRows
        key={scale.data.grades.map((grade) => grade.id).join('-')}
        referentialId={referentialId}
        scale={scale.data}
        onSaved={() => showNotice(t('audits.scale.saved'))}
        onReset={() => showNotice(t('audits.scale.resetDone'))}
      />
    );
  };
  return (
    <section className="section" aria-labelledby="grade-scale">
      <h2 id="grade-scale">{t('audits.scale.title')}</h2>
      <Notice message={notice} />
      {body()}
    </section>
  );
};
