import { useState } from 'react';
import { Checkbox } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { indicatorThemes } from '../../../../shared/domain/indicators';
import type { Indicator } from '../../../../shared/schemas/indicators';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState } from '../../ui/States';
import { useIndicatorFormat } from '../common/indicatorFormat';
import { StateBadge } from '../common/StateBadge';
import { QueryFallback } from '../../ui/list/QueryView';
import { useIndicatorList } from '../common/lookups';

/** One tile of the board: the state in symbol and words, the latest value against target and threshold, what is late. */
const IndicatorTile = ({ indicator }: { indicator: Indicator }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const format = useIndicatorFormat();
  const show = (value: number) => format.value(value, indicator.unit, indicator.scaleMax);
  const latest = indicator.latest;
  return (
    <li className={`indicator-tile indicator-tile--${indicator.state}`}>
      <h3 className="indicator-tile__name">
        <Link to={`/indicateurs/${indicator.id}`}>{indicator.name}</Link>
      </h3>
      <StateBadge state={indicator.state} />
      <p className="indicator-tile__value">
        {latest === null ? (
          t('indicators.noMeasurement')
        ) : (
          <>
            <strong>{show(latest.value)}</strong> <span>({format.period(indicator.frequency, latest.periodStart)})</span>
          </>
        )}
      </p>
      <p className="indicator-tile__targets">
        {indicator.target === null ? t('indicators.noTarget') : t('indicators.targetShort', { value: show(indicator.target) })}
        {indicator.alertThreshold !== null && ` · ${t('indicators.thresholdShort', { value: show(indicator.alertThreshold) })}`}
      </p>
      {!indicator.active && <p className="indicator-tile__inactive">{t('indicators.inactive')}</p>}
      {indicator.lateCount > 0 ? (
        <p className="indicator-tile__late">
          <span aria-hidden="true">⚠ </span>
          {t('indicators.late', { count: indicator.lateCount })}
        </p>
      ) : (
        indicator.active && (
          <p className="indicator-tile__next">
            {t('indicators.nextDue', {
              period: format.period(indicator.frequency, indicator.nextMeasurement.periodStart),
              date: formatCalendarDate(indicator.nextMeasurement.due, dateLocale),
            })}
          </p>
        )
      )}
    </li>
  );
};

/** The board: every indicator with its state, grouped by theme. */
export const IndicatorsPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [includeInactive, setIncludeInactive] = useState(false);
  const list = useIndicatorList(includeInactive);

  const content = () => {
    if (!list.isSuccess) return <QueryFallback query={list} />;
    if (list.data.length === 0) {
      return (
        <EmptyState
          title={t('indicators.emptyTitle')}
          action={
            <Button variant="primary" onPress={() => void navigate('/indicateurs/nouveau')}>
              {t('indicators.emptyAction')}
            </Button>
          }
        >
          {t('indicators.emptyText')}
        </EmptyState>
      );
    }
    return (
      <section aria-label={t('indicators.board')}>
        <p className="count" role="status">
          {t('indicators.count', { count: list.data.length })}
        </p>
        {indicatorThemes
          .filter((theme) => list.data.some((indicator) => indicator.theme === theme))
          .map((theme) => (
            <section key={theme} className="section" aria-labelledby={`theme-${theme}`}>
              <h2 id={`theme-${theme}`}>{t(`indicators.theme.${theme}`)}</h2>
              <ul className="indicator-board">
                {list.data
                  .filter((indicator) => indicator.theme === theme)
                  .map((indicator) => (
                    <IndicatorTile key={indicator.id} indicator={indicator} />
                  ))}
              </ul>
            </section>
          ))}
      </section>
    );
  };

  return (
    <>
      <PageHeader
        title={t('indicators.title')}
        subtitle={t('indicators.subtitle')}
        actions={
          <>
            <Link className="button button--secondary" to="/objectifs">
              {t('objectives.link')}
            </Link>
            <Link className="button button--primary" to="/indicateurs/nouveau">
              {t('indicators.new')}
            </Link>
          </>
        }
      />
      <Checkbox className="checkbox" isSelected={includeInactive} onChange={setIncludeInactive}>
        <span className="checkbox__box" aria-hidden="true" />
        {t('indicators.showInactive')}
      </Checkbox>
      {content()}
    </>
  );
};
