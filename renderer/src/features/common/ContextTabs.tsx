import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import './context.css';

const tabs = [
  { to: '/contexte', key: 'issues.tabs.issues' },
  { to: '/parties-interessees', key: 'issues.tabs.parties' },
  { to: '/risques', key: 'issues.tabs.risks' },
  { to: '/veille', key: 'issues.tabs.watch' },
] as const;

/** The four registers of the context and planning, one link each: where the user is is marked. */
export const ContextTabs = () => {
  const { t } = useTranslation();
  return (
    <nav className="context-tabs" aria-label={t('issues.tabs.label')}>
      <ul className="context-tabs__list">
        {tabs.map((tab) => (
          <li key={tab.to}>
            <NavLink to={tab.to} end className={({ isActive }) => `context-tabs__link${isActive ? ' context-tabs__link--active' : ''}`}>
              {t(tab.key)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
};
