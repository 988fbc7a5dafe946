import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import guide from '../../../../docs/USER-GUIDE.md?raw';
import { PageHeader } from '../../ui/PageHeader';
import { TextField } from '../../ui/TextField';
import { GuideMarkdown } from './GuideMarkdown';
import { foldForSearch, sectionsOf } from './slug';
import './help.css';

const sections = sectionsOf(guide);

/** The user guide inside Sève: its contents, a search over its sections, and the section a screen's "?" asked for. */
export const HelpPage = () => {
  const { t } = useTranslation();
  const { section } = useParams();
  const [search, setSearch] = useState('');
  const words = foldForSearch(search).split(' ').filter(Boolean);
  const found =
    words.length === 0 ? [] : sections.filter((candidate) => words.every((word) => foldForSearch(candidate.markdown).includes(word)));

  // The section asked for comes into view with the focus, so a screen reader starts there too.
  useEffect(() => {
    if (section === undefined) return;
    const heading = document.getElementById(section);
    heading?.scrollIntoView();
    heading?.focus();
  }, [section]);

  return (
    <>
      <PageHeader title={t('help.title')} subtitle={t('help.subtitle')} />
      <div className="guide">
        <nav className="guide__toc" aria-label={t('help.contents')}>
          <TextField label={t('help.search')} type="search" value={search} onChange={setSearch} />
          {words.length > 0 && (
            <div role="status">
              <p>{t('help.found', { count: found.length })}</p>
              <ul>
                {found.map((candidate) => (
                  <li key={candidate.slug}>
                    <Link to={`/aide/${candidate.slug}`}>{candidate.title}</Link>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <h2 className="guide__toc-title">{t('help.contents')}</h2>
          <ul>
            {sections
              .filter((candidate) => candidate.level === 2)
              .map((candidate) => (
                <li key={candidate.slug}>
                  <Link to={`/aide/${candidate.slug}`} aria-current={candidate.slug === section ? 'location' : undefined}>
                    {candidate.title}
                  </Link>
                </li>
              ))}
          </ul>
        </nav>
        <article className="guide__text">
          <GuideMarkdown markdown={sections.map((candidate) => candidate.markdown).join('\n')} />
        </article>
      </div>
    </>
  );
};
