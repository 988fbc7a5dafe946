import { useTranslation } from 'react-i18next';
import type { DocumentedInformation as Item } from '../../../../shared/domain/referentials';
import type { RequirementDetail } from '../../../../shared/schemas/referentials';

const Items = ({ items }: { items: readonly Item[] }) => {
  const { t } = useTranslation();
  return (
    <ul className="documented">
      {items.map((item) => (
        <li key={`${item.kind}-${item.what}`}>
          <strong>{t(`referentials.documented.${item.kind}`)}</strong> : {item.what}
        </li>
      ))}
    </ul>
  );
};

/**
 * What the standard asks to maintain ("tenir à jour") or retain ("conserver") as documented
 * information for this requirement and its sub-requirements. Elsewhere a requirement is shown by
 * practice and its records, never an « écart » for want of a document.
 */
export const DocumentedInformation = ({ requirement }: { requirement: RequirementDetail }) => {
  const { t } = useTranslation();
  const children = requirement.children.filter((child) => child.documentedInformation.length > 0);
  if (requirement.documentedInformation.length === 0 && children.length === 0) return <p>{t('referentials.documented.none')}</p>;
  return (
    <>
      {requirement.documentedInformation.length > 0 && <Items items={requirement.documentedInformation} />}
      {children.length > 0 && (
        <>
          <h3>{t('referentials.documented.inChildren')}</h3>
          {children.map((child) => (
            <div key={child.id}>
              <p className="documented__child">
                <span className="req-number">{child.number}</span> {child.titleFr}
              </p>
              <Items items={child.documentedInformation} />
            </div>
          ))}
        </>
      )}
    </>
  );
};

/** Small words beside a requirement in lists: its note, what it asks to keep, "major only". */
export const RequirementMarks = ({
  requirement,
}: {
  requirement: { note?: string | null; documentedInformation: readonly Item[]; majorOnly?: boolean };
}) => {
  const { t } = useTranslation();
  const kinds = [...new Set(requirement.documentedInformation.map((item) => item.kind))];
  return (
    <>
      {requirement.note && <span className="badge badge--note">{t('referentials.noteBadge')}</span>}
      {kinds.map((kind) => (
        <span key={kind} className="badge badge--documented">
          {t(`referentials.documented.badge_${kind}`)}
        </span>
      ))}
      {requirement.majorOnly && <span className="badge badge--major-only">{t('referentials.majorOnlyBadge')}</span>}
    </>
  );
};
