import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileTrigger } from 'react-aria-components';
import type { ImportMapping, ImportPreview, SurveyDetail } from '../../../../shared/schemas/surveys';
import { upload } from '../../api/client';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { SelectField } from '../../ui/SelectField';
import { useSurveysRefresh } from './hooks';

const NONE = 'none';
type Chosen = { name: string; bytes: Uint8Array<ArrayBuffer> };

/**
 * Imports a form tool's export: the file is read and checked first (nothing written), each refused
 * line shown with its reason; the accepted ones are imported, all at once, only when the user confirms.
 */
export const ImportDialog = ({
  survey,
  onDone,
  onCancel,
}: {
  survey: SurveyDetail;
  onDone: (message: string) => void;
  onCancel: () => void;
}) => {
  const { t } = useTranslation();
  const refresh = useSurveysRefresh();
  const [file, setFile] = useState<Chosen | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (task: () => Promise<void>) => {
    setError(null);
    setBusy(true);
    try {
      await task();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };
  const check = (chosen: Chosen, mapping: ImportMapping | null) =>
    run(async () => {
      setPreview(await upload('surveys.previewImport', { surveyId: survey.id, fileName: chosen.name, mapping }, chosen.bytes));
    });
  const choose = async (list: FileList | null) => {
    const picked = list?.[0];
    if (!picked) return;
    const chosen = { name: picked.name, bytes: new Uint8Array(await picked.arrayBuffer()) };
    setFile(chosen);
    setPreview(null);
    await check(chosen, null);
  };
  const remap = (mapping: ImportMapping) => file && void check(file, mapping);
  const confirm = () =>
    file &&
    preview &&
    run(async () => {
      const result = await upload('surveys.import', { surveyId: survey.id, fileName: file.name, mapping: preview.mapping }, file.bytes);
      await refresh();
      onDone(t('surveys.imported', { imported: String(result.imported), refused: String(result.refused.length) }));
    });

  const columns = [
    { id: NONE, label: t('surveys.noColumn') },
    ...(preview?.headers ?? []).map((header, index) => ({ id: String(index), label: header || `#${index + 1}` })),
  ];
  return (
    <div className="form">
      <p className="form__help">{t('surveys.importHelp')}</p>
      <FileTrigger acceptedFileTypes={['.csv', '.xlsx', 'text/csv']} onSelect={(list) => void choose(list)}>
        <Button>{t('surveys.chooseFile')}</Button>
      </FileTrigger>
      {file && <p>{file.name}</p>}
      <div role="status">{busy && t('surveys.reading')}</div>
      <FormAlert message={error} />
      {preview && (
        <>
          <fieldset className="fieldset">
            <legend>{t('surveys.mapping')}</legend>
            {preview.mapping.columns.map((entry) => (
              <SelectField
                key={entry.questionId}
                label={survey.questions.find((q) => q.id === entry.questionId)?.text ?? ''}
                options={columns}
                value={entry.column === null ? NONE : String(entry.column)}
                onChange={(value) =>
                  remap({
                    ...preview.mapping,
                    columns: preview.mapping.columns.map((c) =>
                      c.questionId === entry.questionId ? { ...c, column: value === null || value === NONE ? null : Number(value) } : c,
                    ),
                  })
                }
              />
            ))}
            <SelectField
              label={t('surveys.dateColumn')}
              options={columns}
              value={preview.mapping.dateColumn === null ? NONE : String(preview.mapping.dateColumn)}
              onChange={(value) => remap({ ...preview.mapping, dateColumn: value === null || value === NONE ? null : Number(value) })}
            />
          </fieldset>
          <p role="status" data-testid="import-preview">
            {t('surveys.previewCount', {
              rows: String(preview.rows),
              accepted: String(preview.accepted),
              refused: String(preview.refused.length),
            })}
          </p>
          {preview.refused.length > 0 && (
            <section aria-labelledby="refused-lines">
              <h3 id="refused-lines">{t('surveys.refusedTitle')}</h3>
              <ul className="refused-lines">
                {preview.refused.map((line) => (
                  <li key={line.line}>{line.reason}</li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
      <div className="form__actions">
        {preview && preview.accepted > 0 && (
          <Button variant="primary" isDisabled={busy} onPress={() => void confirm()}>
            {t('surveys.confirmImport', { count: preview.accepted })}
          </Button>
        )}
        <Button variant="quiet" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </div>
  );
};
