import { useTranslation } from 'react-i18next';
import { groupPackFileName } from '../../../../shared/domain/group';
import { call } from '../../api/client';
import { todayOnThisComputer } from '../../app/today';
import { PdfJobButton } from '../../ui/pdf/PdfJobButton';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { QueryFallback } from '../../ui/list/QueryView';
import { GroupSettingsForm } from './GroupForms';
import { CrossAuditsSection } from './CrossAuditsSection';
import { ExtensionsSection } from './ExtensionsSection';
import { GroupOverview } from './GroupOverview';
import { IndicatorsSideBySide } from './IndicatorsSideBySide';
import { MemberSection } from './MemberSection';
import { MembersSection } from './MembersSection';
import { SamplingSection } from './SamplingSection';
import { useGroup, useGroupView } from './hooks';

/** « Groupe »: this file as a member (key, sending), and as the group's file (members, imports, the view of every member). */
export const GroupPage = () => {
  const { t } = useTranslation();
  const group = useGroup();
  const view = useGroupView();
  const [notice, showNotice] = useNotice();
  return (
    <>
      <PageHeader title={t('group.title')} subtitle={t('group.subtitle')} />
      <MemberSection onNotice={showNotice} />
      <section className="section" aria-labelledby="group-file-title">
        <h2 id="group-file-title">{t('group.declaration')}</h2>
        <p>{t('group.declarationHelp')}</p>
        {group.isSuccess ? (
          <GroupSettingsForm group={group.data} onSaved={() => showNotice(t('group.saved'))} />
        ) : (
          <QueryFallback query={group} />
        )}
      </section>
      {group.isSuccess && <MembersSection group={group.data} onNotice={showNotice} />}
      <section className="section" aria-labelledby="group-overview-title">
        <h2 id="group-overview-title">{t('group.overview')}</h2>
        <PdfJobButton
          label={t('group.pack')}
          fileName={groupPackFileName(todayOnThisComputer())}
          start={(targetId) => call('group.startPack', { date: todayOnThisComputer(), ...(targetId ? { targetId } : {}) })}
        />
        {view.isSuccess ? <GroupOverview view={view.data} onNotice={showNotice} /> : <QueryFallback query={view} />}
      </section>
      {view.isSuccess && (
        <section className="section" aria-labelledby="group-indicators-title">
          <h2 id="group-indicators-title">{t('group.indicators.title')}</h2>
          <IndicatorsSideBySide view={view.data} />
        </section>
      )}
      {view.isSuccess && <ExtensionsSection view={view.data} onNotice={showNotice} />}
      {group.isSuccess && <SamplingSection group={group.data} onNotice={showNotice} />}
      {group.isSuccess && <CrossAuditsSection group={group.data} onNotice={showNotice} />}
      <Notice message={notice} undoable={false} />
    </>
  );
};
