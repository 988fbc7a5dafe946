import { useTranslation } from 'react-i18next';
import { Checkbox, Form } from 'react-aria-components';
import { useController } from 'react-hook-form';
import { extensionAnswerSchema, type Extension, type GroupView } from '../../../../shared/schemas/group';
import { useServerForm } from '../../api/useServerForm';
import { todayOnThisComputer } from '../../app/today';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { FormDateField, FormTextField } from '../../ui/FormFields';
import { AnswerSource, CopyRequest, UnmatchedAnswers } from './ExtensionRequest';
import { useAnswerExtension } from './hooks';

type Line = Extension['answers'][number];

/** A member's answer to an extension, typed by the group's quality lead: concerned or not, and its action. */
const AnswerForm = ({ extension, line, onSaved }: { extension: Extension; line: Line; onSaved: (message: string) => void }) => {
  const { t } = useTranslation();
  const answer = useAnswerExtension();
  const form = useServerForm(extensionAnswerSchema, {
    defaultValues: {
      extensionId: extension.id,
      memberId: line.memberId,
      concerned: line.answer?.concerned ?? false,
      action: line.answer?.action ?? '',
      answeredOn: line.answer?.answeredOn ?? todayOnThisComputer(),
    },
    onSubmit: async (values) => {
      await answer.mutateAsync(values);
      onSaved(t('group.extension.saved', { name: line.memberName }));
    },
  });
  const concerned = useController({ control: form.control, name: 'concerned' });
  return (
    <Form
      className="form form--inline"
      onSubmit={(event) => void form.submit(event)}
      validationBehavior="aria"
      aria-label={t('group.extension.answerOf', { name: line.memberName, reference: extension.ncReference })}
    >
      <FormAlert message={form.formError} />
      <Checkbox className="checkbox" isSelected={concerned.field.value as boolean} onChange={concerned.field.onChange}>
        <span className="checkbox__box" aria-hidden="true" />
        {t('group.extension.concerned')}
      </Checkbox>
      <FormTextField control={form.control} name="action" label={t('group.extension.action')} maxLength={2000} />
      <FormDateField control={form.control} name="answeredOn" label={t('group.extension.answeredOn')} />
      <FormActions submitLabel={t('group.extension.record')} isSubmitting={form.formState.isSubmitting} />
    </Form>
  );
};

/** The NCs extended to the other members (§10.2.1 c), each member's answer, and where to record it. */
export const ExtensionsSection = ({ view, onNotice }: { view: GroupView; onNotice: (message: string) => void }) => {
  const { extensions } = view;
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const date = (value: string) => formatCalendarDate(value, dateLocale);
  return (
    <section className="section" aria-labelledby="group-extensions-title">
      <h2 id="group-extensions-title">{t('group.extension.title')}</h2>
      {extensions.length === 0 ? (
        <p>{t('group.extension.none')}</p>
      ) : (
        extensions.map((extension) => (
          <article key={extension.id} data-testid={`extension-${extension.ncReference}`}>
            <h3>
              {extension.code} · {extension.ncReference} — {extension.memberName}
            </h3>
            <p>
              {extension.ncDescription} ({t('group.extension.decidedOn', { date: date(extension.decidedOn) })})
            </p>
            <CopyRequest extension={extension} groupName={view.name} onNotice={onNotice} />
            <ul>
              {extension.answers.map((line) => (
                <li key={line.memberId}>
                  <strong>{line.memberName}</strong> :{' '}
                  {line.answer === null
                    ? t('group.extension.waiting')
                    : line.answer.concerned
                      ? t('group.extension.concernedWith', { action: line.answer.action ?? '', date: date(line.answer.answeredOn) })
                      : t('group.extension.notConcerned', { date: date(line.answer.answeredOn) })}
                  {line.answer !== null && <AnswerSource answer={line.answer} />}
                  <AnswerForm extension={extension} line={line} onSaved={onNotice} />
                </li>
              ))}
            </ul>
          </article>
        ))
      )}
      <UnmatchedAnswers answers={view.unmatchedAnswers} />
    </section>
  );
};
