import { useTranslation } from 'react-i18next';
import { PageHeader } from '../ui/PageHeader';

export const NotFoundPage = () => {
  const { t } = useTranslation();
  return <PageHeader title={t('common.notFoundTitle')} subtitle={t('common.notFoundText')} />;
};
