import { useTranslation } from 'react-i18next';
import { ListBoxItem, Text } from 'react-aria-components';
import type { SearchHit } from '../../../../shared/schemas/search';

/**
 * A record found: its reference and its one title in the interface's language. The option's name
 * is the text it shows (its excerpt is its description), as WCAG's « label in name » asks.
 */
export const HitOption = ({ id, hit, english }: { id: string; hit: SearchHit; english: boolean }) => {
  const { t } = useTranslation();
  const title = (english ? hit.titleEn : null) ?? (hit.title || t(`search.kind.${hit.kind}`));
  const name = [hit.label, title].filter(Boolean).join(' ');
  return (
    <ListBoxItem id={id} textValue={name} className="search-hit">
      <Text slot="label">
        {hit.label && <span className="reference">{hit.label}</span>} {title}
      </Text>
      {hit.excerpt && (
        <Text slot="description" className="search-hit__excerpt">
          {hit.excerpt}
        </Text>
      )}
    </ListBoxItem>
  );
};

export const CommandOption = ({ id, label }: { id: string; label: string }) => (
  <ListBoxItem id={id} textValue={label} className="search-hit search-hit--command">
    <Text slot="label">{label}</Text>
  </ListBoxItem>
);
