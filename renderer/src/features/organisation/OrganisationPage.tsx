import { useTranslation } from 'react-i18next';
import { languages, setLanguage, type Language } from '../../i18n';
import { RemindersSetting } from '../common/RemindersSetting';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { SelectField } from '../../ui/SelectField';
import { ErrorState, Loading } from '../../ui/States';
import { useOrganisation } from './hooks';
import { useAppInfo } from '../../app/appInfo';
import { OrganisationForm } from './OrganisationForm';
import { OrganisationHistory } from './OrganisationHistory';

/** The organisation's settings, the data file and how to back it up, and the interface language. */
export const OrganisationPage = () => {
  const { t, i18n } = useTranslation();
  const info = useAppInfo();
  const organisation = useOrganisation();
  const [notice, showNotice] = useNotice();

  if (info.isPending || organisation.isPending) return <Loading />;
  if (info.isError) return <ErrorState error={info.error} onRetry={() => void info.refetch()} />;
  if (organisation.isError) return <ErrorState error={organisation.error} onRetry={() => void organisation.refetch()} />;
  const file = info.data.file;

  return (
    <>
      <PageHeader title={t('organisation.title')} subtitle={t('organisation.subtitle')} />
      <OrganisationForm organisation={organisation.data} onSaved={() => showNotice(t('organisation.saved'))} />
      <Notice message={notice} />
      <section className="section">
        <h2>{t('organisation.file')}</h2>
        <dl className="details">
          <dt>{t('organisation.file')}</dt>
          <dd>
            <code>{file.path}</code>
          </dd>
          {file.status === 'open' && (
            <>
              <dt>{t('organisation.schema')}</dt>
              <dd>{file.schemaVersion}</dd>
            </>
          )}
          <dt>{t('organisation.appVersion')}</dt>
          <dd>{info.data.appVersion}</dd>
        </dl>
        <p>{t('organisation.fileHelp')}</p>
      </section>
      <section className="section">
        <h2>{t('organisation.language')}</h2>
        <SelectField
          label={t('organisation.language')}
          options={languages.map((language) => ({ id: language, label: language === 'fr' ? 'Français' : 'English' }))}
          value={i18n.language}
          onChange={(value) => value && void setLanguage(value as Language)}
        />
      </section>
      <RemindersSetting />
      <OrganisationHistory />
    </>
  );
};
