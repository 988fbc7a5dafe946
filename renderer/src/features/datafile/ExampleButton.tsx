import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { useCreateExample } from './hooks';

/**
 * « Découvrir Sève avec un exemple »: a fictitious structure with a year of records, in a file of its
 * own (the user's file stays as it is and can be reopened from the recent files).
 */
export const ExampleButton = () => {
  const { t } = useTranslation();
  const example = useCreateExample();
  return (
    <div className="example">
      <Button onPress={() => example.mutate()} isDisabled={example.isPending}>
        {example.isPending ? t('datafile.example.creating') : t('datafile.example.create')}
      </Button>
      <p className="form__help">{t('datafile.example.help')}</p>
      <FormAlert message={example.error instanceof Error ? example.error.message : null} />
    </div>
  );
};
