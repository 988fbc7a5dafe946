import { useTranslation } from 'react-i18next';
import { Checkbox } from 'react-aria-components';
import { FormAlert } from '../../ui/FormAlert';
import { useReminders, useSetReminders } from './reminders';

/** This computer's reminders on or off: the desktop notification, or the banner in browser mode. */
export const RemindersSetting = () => {
  const { t } = useTranslation();
  const reminders = useReminders();
  const setReminders = useSetReminders();
  return (
    <section className="section" aria-labelledby="reminders-title">
      <h2 id="reminders-title">{t('agenda.settings.title')}</h2>
      {setReminders.error && <FormAlert message={setReminders.error.message} />}
      <Checkbox
        className="checkbox"
        isSelected={reminders.data?.enabled ?? false}
        isDisabled={!reminders.data || setReminders.isPending}
        onChange={(enabled) => setReminders.mutate(enabled)}
      >
        <span className="checkbox__box" aria-hidden="true" />
        {t('agenda.settings.enabled')}
      </Checkbox>
      <p className="form__help">{t('agenda.settings.help')}</p>
    </section>
  );
};
