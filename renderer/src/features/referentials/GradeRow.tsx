import { useTranslation } from 'react-i18next';
import { Input, TextField } from 'react-aria-components';
import type { GradeAnswer, NcSeverity } from '../../../../shared/domain/audits';
import { Button } from '../../ui/Button';
import { InlineSelect } from '../../ui/InlineSelect';

/** A grade being edited; `key` tells React which row moved, since new rows have no code yet. */
export type GradeRowValues = { key: number; code: string | null; label: string; ncSeverity: NcSeverity | null; answer: GradeAnswer };

export const NOT_NC = 'aucune';

type Option = { id: string; label: string };

type Props = {
  row: GradeRowValues;
  position: number;
  /** The last row cannot go down, the first cannot go up, the only one cannot be removed. */
  isFirst: boolean;
  isLast: boolean;
  isOnly: boolean;
  labelError: string | undefined;
  severityOptions: readonly Option[];
  answerOptions: readonly Option[];
  onChange: (patch: Partial<GradeRowValues>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
};

/** One grade of the scale: its label, whether it is a nonconformity (and how serious), what it calls for, its place. */
export const GradeRow = ({ row, position, isFirst, isLast, isOnly, labelError, severityOptions, answerOptions, ...on }: Props) => {
  const { t } = useTranslation();
  return (
    <li className="scale__row">
      <span className="scale__rank" aria-hidden="true">
        {position}.
      </span>
      <TextField
        className="scale__label"
        aria-label={t('audits.scale.labelOf', { position: String(position) })}
        value={row.label}
        onChange={(label) => on.onChange({ label })}
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
        onChange={(key) => on.onChange(key === NOT_NC ? { ncSeverity: null } : { ncSeverity: key as NcSeverity, answer: 'reponse' })}
      />
      {/* An NC always calls for an answer with a deadline: only other grades choose. */}
      {row.ncSeverity === null ? (
        <InlineSelect
          label={t('audits.scale.answerOf', { position: String(position) })}
          options={answerOptions}
          value={row.answer}
          onChange={(key) => on.onChange({ answer: key as GradeAnswer })}
        />
      ) : (
        <span className="scale__answer">{t('audits.scale.answers.reponse')}</span>
      )}
      <Button
        variant="quiet"
        isDisabled={isFirst}
        aria-label={t('audits.scale.upLabel', { label: row.label })}
        onPress={() => on.onMove(-1)}
      >
        <span aria-hidden="true">↑</span> {t('audits.scale.up')}
      </Button>
      <Button
        variant="quiet"
        isDisabled={isLast}
        aria-label={t('audits.scale.downLabel', { label: row.label })}
        onPress={() => on.onMove(1)}
      >
        <span aria-hidden="true">↓</span> {t('audits.scale.down')}
      </Button>
      <Button variant="quiet" isDisabled={isOnly} aria-label={t('audits.scale.removeLabel', { label: row.label })} onPress={on.onRemove}>
        {t('audits.scale.remove')}
      </Button>
    </li>
  );
};
