import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../../shared/schemas/files';
import { useLocale } from '../../i18n';
import { formatInstant } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { useFormatFileSize } from './format';
import { offersOpen } from './openable';

type AttachmentsTableProps = {
  attachments: readonly Attachment[];
  /** Desktop app: files of a recognised kind can be opened with the system's application. */
  canOpen: boolean;
  editable: boolean;
  busy: boolean;
  onSave: (attachment: Attachment) => void;
  onOpen: (attachment: Attachment) => void;
  onRemove: (attachment: Attachment) => void;
};

/** The files of a record: name, size, when and by whom they were added, and what can be done with each. */
export const AttachmentsTable = ({ attachments, canOpen, editable, busy, onSave, onOpen, onRemove }: AttachmentsTableProps) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const formatSize = useFormatFileSize();
  return (
    <div className="attachments__scroll">
      <table className="table attachments__table" aria-label={t('files.list')}>
        <thead>
          <tr>
            <th scope="col">{t('files.name')}</th>
            <th scope="col">{t('files.size')}</th>
            <th scope="col">{t('files.addedAt')}</th>
            <th scope="col">{t('files.addedBy')}</th>
            <th scope="col">{t('files.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {attachments.map((attachment) => (
            <tr key={attachment.id}>
              <td className="attachments__name">{attachment.fileName}</td>
              <td className="nowrap">{formatSize(attachment.size)}</td>
              <td>
                <time dateTime={attachment.addedAt}>{formatInstant(attachment.addedAt, dateLocale)}</time>
              </td>
              <td>{attachment.addedBy}</td>
              <td className="row-actions">
                {offersOpen(attachment, canOpen) && (
                  <Button
                    variant="quiet"
                    isDisabled={busy}
                    onPress={() => onOpen(attachment)}
                    aria-label={`${t('files.open')} ${attachment.fileName}`}
                  >
                    {t('files.open')}
                  </Button>
                )}
                <Button
                  variant="quiet"
                  isDisabled={busy}
                  onPress={() => onSave(attachment)}
                  aria-label={`${t('files.download')} ${attachment.fileName}`}
                >
                  {t('files.download')}
                </Button>
                {editable && (
                  <Button variant="quiet" onPress={() => onRemove(attachment)} aria-label={`${t('files.remove')} ${attachment.fileName}`}>
                    {t('files.remove')}
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
