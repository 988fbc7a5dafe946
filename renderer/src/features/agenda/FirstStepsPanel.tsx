import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FirstStepId } from '../../../../shared/domain/first-steps';
import { Button } from '../../ui/Button';
import { useFirstSteps, useHideFirstSteps } from './hooks';
import './first-steps.css';

const stepLinks: Record<FirstStepId, string> = {
  structure: '/structure',
  people: '/annuaire',
  processes: '/processus',
  documents: '/documents',
  certification: '/certifications/nouvelle',
  requirements: '/referentiels',
};

/**
 * « Premiers pas » on À faire for a file that is new or young: what to set up first, each step ticked
 * from the file itself, until every step is done or the user hides it. `extra` holds the ways in
 * that are not steps (an example to explore, a folder of existing documents).
 */
export const FirstStepsPanel = ({ extra }: { extra?: ReactNode }) => {
  const { t } = useTranslation();
  const steps = useFirstSteps();
  const hide = useHideFirstSteps();
  if (!steps.isSuccess) return null;
  const doneCount = steps.data.steps.filter((step) => step.done).length;
  if (doneCount === steps.data.steps.length) return null;
  if (steps.data.hidden) {
    return (
      <p className="first-steps__shown-again">
        <Button variant="quiet" onPress={() => hide.mutate(false)}>
          {t('firstSteps.show')}
        </Button>
      </p>
    );
  }
  return (
    <section className="card first-steps" aria-labelledby="first-steps-title">
      <div className="first-steps__head">
        <h2 id="first-steps-title" className="card__title">
          {t('firstSteps.title')}
        </h2>
        <p className="first-steps__progress">
          {t('firstSteps.progress', { done: String(doneCount), total: String(steps.data.steps.length) })}
        </p>
        <Button variant="quiet" onPress={() => hide.mutate(true)}>
          {t('firstSteps.hide')}
        </Button>
      </div>
      <p>{t('firstSteps.intro')}</p>
      <ol className="first-steps__list">
        {steps.data.steps.map((step) => (
          <li key={step.id} className={`first-steps__step${step.done ? ' first-steps__step--done' : ''}`}>
            <span className="first-steps__mark" aria-hidden="true">
              {step.done ? '✓' : '○'}
            </span>
            <span className="visually-hidden">{step.done ? t('firstSteps.done') : t('firstSteps.todo')} </span>
            <Link to={stepLinks[step.id]}>{t(`firstSteps.steps.${step.id}.title`)}</Link>
            <span className="first-steps__help"> — {t(`firstSteps.steps.${step.id}.help`)}</span>
            {step.id === 'documents' && !step.done && (
              <>
                {' '}
                <Link to="/documents/importer">{t('imports.open')}</Link>
              </>
            )}
          </li>
        ))}
      </ol>
      {extra}
    </section>
  );
};
