import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { useIdentity } from './hooks';
import { WhoAreYou } from './WhoAreYou';
import './identity.css';

/** Asked on every screen until answered: at first launch on a computer, and in a file whose directory lacks the chosen person. */
export const IdentityQuestion = () => {
  const { t } = useTranslation();
  const identity = useIdentity();
  if (!identity.isSuccess || identity.data.person !== null) return null;
  return (
    <section className="banner banner--info who-banner" aria-labelledby="who-title">
      <h2 id="who-title" className="who-banner__title">
        {t('identity.question')}
      </h2>
      <p>{t('identity.why', { account: identity.data.account })}</p>
      <WhoAreYou />
    </section>
  );
};

/** The header's "Vous : …": one click to say you are someone else. */
export const IdentityButton = () => {
  const { t } = useTranslation();
  const identity = useIdentity();
  const [open, setOpen] = useState(false);
  if (!identity.isSuccess || identity.data.person === null) return null;
  return (
    <>
      <Button
        variant="quiet"
        className="shell__identity"
        onPress={() => setOpen(true)}
        aria-label={t('identity.change', { name: identity.data.person.name })}
      >
        {t('identity.you', { name: identity.data.person.name })}
      </Button>
      <Modal title={t('identity.question')} isOpen={open} onOpenChange={setOpen}>
        <p>{t('identity.why', { account: identity.data.account })}</p>
        <WhoAreYou onChosen={() => setOpen(false)} />
        <div className="form__actions">
          <Button variant="quiet" onPress={() => setOpen(false)}>
            {t('common.cancel')}
          </Button>
        </div>
      </Modal>
    </>
  );
};
