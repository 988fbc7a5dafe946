import { useTranslation } from 'react-i18next';
import { ListBoxItem, Text } from 'react-aria-components';
import type { SearchHit } from '../../../../shared/schemas/search';
import { formatCalendarDate } from '../../i18n/format';
import { useLocale } from '../../i18n';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A record found: its reference and its one title in the interface's language. The option's name
 * is all the text it shows, excerpt included, as WCAG's « label in name » asks.
 */
export const HitOption = ({ id, hit, english }: { id: string; hit: SearchHit; english: boolean }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  // A review is known by its day, written out (« Revue de direction du 12 juin 2026 »).
  const review = hit.kind === 'review' && CALENDAR_DATE.test(hit.label);
  const label = review ? '' : hit.label;
  const title = review
    ? t('search.reviewOn', { date: formatCalendarDate(hit.label, dateLocale) })
    : ((english ? hit.titleEn : null) ?? (hit.title || t(`search.kind.${hit.kind}`)));
  const name = [label, title].filter(Boolean).join(' ');
  return (
    <ListBoxItem id={id} textValue={name} className="search-hit">
      {/* The excerpt is inside the name: an option's name holds all the text it shows. */}
      <Text slot="label" className="search-hit__text">
        <span>
          {label && <span className="reference">{label}</span>} {title}
        </span>
        {hit.excerpt && <span className="search-hit__excerpt">{hit.excerpt}</span>}
      </Text>
    </ListBoxItem>
  );
};

export const CommandOption = ({ id, label }: { id: string; label: string }) => (
  <ListBoxItem id={id} textValue={label} className="search-hit search-hit--command">
    <Text slot="label">{label}</Text>
  </ListBoxItem>
);
