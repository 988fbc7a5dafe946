import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { globalShortcuts, screenShortcuts } from './shortcuts';

const Keys = ({ keys, then }: { keys: readonly string[]; then: string }) => (
  <span className="shortcut-keys">
    {keys.map((key, index) => (
      <span key={key}>
        {index > 0 && (keys[0] === 'g' ? ` ${then} ` : ' + ')}
        <kbd>{key}</kbd>
      </span>
    ))}
  </span>
);

/** The « ? » sheet: every keyboard shortcut, from the same lists the keyboard handler reads. */
export const ShortcutsSheet = ({ isOpen, onOpenChange }: { isOpen: boolean; onOpenChange: (open: boolean) => void }) => {
  const { t } = useTranslation();
  const then = t('shortcuts.then');
  return (
    <Modal title={t('shortcuts.title')} isOpen={isOpen} onOpenChange={onOpenChange}>
      <h3 className="shortcuts__heading">{t('shortcuts.global')}</h3>
      <dl className="shortcuts">
        {globalShortcuts.map((shortcut) => (
          <div key={shortcut.label} className="shortcuts__row">
            <dt>
              <Keys keys={shortcut.keys} then={then} />
            </dt>
            <dd>{t(shortcut.label)}</dd>
          </div>
        ))}
      </dl>
      <h3 className="shortcuts__heading">{t('shortcuts.screens')}</h3>
      <dl className="shortcuts">
        {screenShortcuts.map((shortcut) => (
          <div key={shortcut.path} className="shortcuts__row">
            <dt>
              <Keys keys={shortcut.keys} then={then} />
            </dt>
            <dd>{t(shortcut.label)}</dd>
          </div>
        ))}
      </dl>
      <div className="form-actions">
        <Button onPress={() => onOpenChange(false)}>{t('shortcuts.closeButton')}</Button>
      </div>
    </Modal>
  );
};
