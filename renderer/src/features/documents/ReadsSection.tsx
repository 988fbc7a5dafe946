import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox, CheckboxGroup, Label } from 'react-aria-components';
import { todayOnThisComputer } from '../../app/today';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { DateField } from '../../ui/DateField';
import { FormAlert } from '../../ui/FormAlert';
import { useDocumentMove, useReads } from './versions-hooks';
import { QueryFallback } from '../../ui/list/QueryView';

type ReadsSectionProps = { documentId: number; version: { id: number; indice: string }; onNotice: (message: string) => void };

/** Émargement: who has read the version in force and when, and ticking off who has since. */
export const ReadsSection = ({ documentId, version, onNotice }: ReadsSectionProps) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const reads = useReads(version.id);
  const record = useDocumentMove('documents.recordReads', documentId);
  const [selected, setSelected] = useState<string[]>([]);
  const [readOn, setReadOn] = useState<string | null>(todayOnThisComputer());

  const body = () => {
    if (!reads.isSuccess) return <QueryFallback query={reads} />;
    const { read, notYet } = reads.data;
    return (
      <div className="reads">
        <div>
          <h3>{t('reads.read', { indice: version.indice })}</h3>
          {read.length === 0 ? (
            <p>{t('reads.nobodyRead')}</p>
          ) : (
            <ul className="reads__list">
              {read.map((entry) => (
                <li key={entry.personId}>
                  {entry.name} — {t('reads.readOn')} {formatCalendarDate(entry.readOn, dateLocale)}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3>{t('reads.notYet')}</h3>
          {notYet.length === 0 ? (
            <p>{t('reads.everybodyRead')}</p>
          ) : (
            <form
              className="reads__form"
              onSubmit={(event) => {
                event.preventDefault();
                if (!readOn) return;
                record.mutate(
                  { versionId: version.id, personIds: selected.map(Number), readOn },
                  {
                    onSuccess: () => {
                      onNotice(t('reads.recorded', { count: selected.length }));
                      setSelected([]);
                    },
                  },
                );
              }}
            >
              {record.error && <FormAlert message={record.error.message} />}
              <CheckboxGroup className="checkbox-group" value={selected} onChange={setSelected}>
                <Label className="field__label">{t('reads.choose')}</Label>
                {notYet.map((person) => (
                  <Checkbox key={person.personId} value={String(person.personId)} className="checkbox">
                    <span className="checkbox__box" aria-hidden="true" />
                    {person.name}
                  </Checkbox>
                ))}
              </CheckboxGroup>
              <DateField label={t('reads.readOn')} isRequired value={readOn} onChange={setReadOn} />
              <Button type="submit" variant="primary" isDisabled={selected.length === 0 || !readOn || record.isPending}>
                {t('reads.record')}
              </Button>
            </form>
          )}
        </div>
      </div>
    );
  };

  return (
    <section className="section" aria-labelledby="reads-title">
      <h2 id="reads-title">{t('reads.title')}</h2>
      {body()}
    </section>
  );
};
