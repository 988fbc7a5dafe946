import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Input, TextField } from 'react-aria-components';
import { gradeAnswers, type GradeAnswer, type NcSeverity } from '../../../../shared/domain/audits';
import type { GradeScale } from '../../../../shared/schemas/audits';
import { ApiCallError } from '../../api/client';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { Notice, useNotice } from '../../ui/Notice';
import { useGradeScale, useResetGradeScale, useSetGradeScale } from './hooks';
import { InlineSelect } from '../../ui/InlineSelect';
import './gradeScale.css';
import { QueryFallback } from '../../ui/list/QueryView';

type Row = { key: number; code: string | null; label: string; ncSeverity: NcSeverity | null; answer: GradeAnswer };

const NOT_NC = 'aucune';
const severities = ['majeure', 'mineure', NOT_NC] as const;

/** The rows being edited; `key` tells React which row moved, since new rows have no code yet. */
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
        {rows.map((row, index) => {
          const position = index + 1;
          const labelError = fieldErrors[`grades.${index}.label`];
          return (
            <li key={row.key} className="scale__row">
              <span className="scale__rank" aria-hidden="true">
                {position}.
              </span>
              <TextField
                className="scale__label"
                aria-label={t('audits.scale.labelOf', { position: String(position) })}
                value={row.label}
                onChange={(label) => change(row.key, { label })}
                isInvalid={labelError !== undefined}
                maxLength={80}
              >
                <Input className="field__input" />
                {labelError && <span className="field__error">{labelError}</span>}
              </TextField>
              <InlineSelect
                label={t('audits.scale.severityOf', { position: String(position) })}
                options={severityOptions}
                value={row.ncSeverity ?? NOT_NC}
                onChange={(key) =>
                  change(row.key, key === NOT_NC ? { ncSeverity: null } : { ncSeverity: key as NcSeverity, answer: 'reponse' })
                }
              />
              {/* An NC always calls for an answer with a deadline: only other grades choose. */}
              {row.ncSeverity === null ? (
                <InlineSelect
                  label={t('audits.scale.answerOf', { position: String(position) })}
                  options={answerOptions}
                  value={row.answer}
                  onChange={(key) => change(row.key, { answer: key as GradeAnswer })}
                />
              ) : (
                <span className="scale__answer">{t('audits.scale.answers.reponse')}</span>
              )}
              <Button
                variant="quiet"
                isDisabled={index === 0}
                aria-label={t('audits.scale.upLabel', { label: row.label })}
                onPress={() => move(index, -1)}
              >
                <span aria-hidden="true">↑</span> {t('audits.scale.up')}
              </Button>
              <Button
                variant="quiet"
                isDisabled={index === rows.length - 1}
                aria-label={t('audits.scale.downLabel', { label: row.label })}
                onPress={() => move(index, 1)}
              >
                <span aria-hidden="true">↓</span> {t('audits.scale.down')}
              </Button>
              <Button
                variant="quiet"
                isDisabled={rows.length === 1}
                aria-label={t('audits.scale.removeLabel', { label: row.label })}
                onPress={() => setRows((current) => current.filter((other) => other.key !== row.key))}
              >
                {t('audits.scale.remove')}
              </Button>
            </li>
          );
        })}
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
