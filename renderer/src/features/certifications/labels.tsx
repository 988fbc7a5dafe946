import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { certificationStatuses, type CertificationStatus } from '../../../../shared/domain/certification';
import './certifications.css';

export const certificationStatusOptions = (t: TFunction) =>
  certificationStatuses.map((status) => ({ id: status, label: t(`certifications.status.${status}`) }));

const icons: Record<CertificationStatus, string> = { en_preparation: '◔', certifie: '✓', suspendu: '⏸', expire: '✕' };

/** The certificate's status in words with an icon, so it reads without colour. */
export const CertificationStatusBadge = ({ status }: { status: CertificationStatus }) => {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--certification-${status}`}>
      <span aria-hidden="true">{icons[status]} </span>
      {t(`certifications.status.${status}`)}
    </span>
  );
};
