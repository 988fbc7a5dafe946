import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { useMutation } from '@tanstack/react-query';
import { call } from '../../api/client';
import { useAfterSwitch } from '../../app/fileSwitch';

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

/** « Découvrir Sève avec un exemple »: a fictitious file of its own, created then opened. */
export const useCreateExample = () => {
  const after = useAfterSwitch();
  return useMutation({ mutationFn: () => call('example.create', { open: true }), onSuccess: after });
};
