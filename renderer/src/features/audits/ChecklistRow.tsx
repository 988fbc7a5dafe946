import { useTranslation } from 'react-i18next';
import type { ChecklistItem } from '../../../../shared/schemas/audits';
import { Button } from '../../ui/Button';
import { InlineSelect } from '../../ui/InlineSelect';
import { resultOptions, UNANSWERED } from './checklistLabels';

type Props = {
  item: ChecklistItem;
  position: number;
  /** A closed or cancelled audit's checklist is read-only: no result to change, no line to move. */
  editable: boolean;
  canMoveUp: boolean;
  canMoveDown: boolean;
  isRemoving: boolean;
  onResult: (key: string) => void;
  onEdit: () => void;
  onMove: (direction: 'up' | 'down') => void;
  onRemove: () => void;
};

/** One question of the checklist: its subject, its result answered in place, and the line's moves. */
export const ChecklistRow = ({
  item,
  position,
  editable,
  canMoveUp,
  canMoveDown,
  isRemoving,
  onResult,
  onEdit,
  onMove,
  onRemove,
}: Props) => {
  const { t } = useTranslation();
  const at = { position: String(position) };
  return (
    <tr>
      <td>{position}</td>
      <td>{[item.requirementLabel, item.processName].filter(Boolean).join(' · ') || t('common.none')}</td>
      <td className="col-title pre-line">{item.question}</td>
      <td>
        {editable ? (
          <InlineSelect
            label={t('audits.checklist.resultLabel', at)}
            options={resultOptions(t)}
            value={item.result ?? UNANSWERED}
            onChange={onResult}
          />
        ) : (
          t(item.result ? `audits.checklist.results.${item.result}` : 'audits.checklist.unanswered')
        )}
      </td>
      <td className="pre-line">{item.comment ?? t('common.none')}</td>
      {editable && (
        <td className="row-actions">
          <Button variant="quiet" aria-label={t('audits.checklist.editLabel', at)} onPress={onEdit}>
            {t('audits.checklist.edit')}
          </Button>
          <Button variant="quiet" aria-label={t('audits.checklist.upLabel', at)} isDisabled={!canMoveUp} onPress={() => onMove('up')}>
            <span aria-hidden="true">↑</span>
          </Button>
          <Button variant="quiet" aria-label={t('audits.checklist.downLabel', at)} isDisabled={!canMoveDown} onPress={() => onMove('down')}>
            <span aria-hidden="true">↓</span>
          </Button>
          <Button variant="quiet" aria-label={t('audits.checklist.removeLabel', at)} isDisabled={isRemoving} onPress={onRemove}>
            {t('audits.checklist.remove')}
          </Button>
        </td>
      )}
    </tr>
  );
};
