import { fr as frLocale, enGB } from 'date-fns/locale';
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { fr } from './fr';

export const languages = ['fr', 'en'] as const;
export type Language = (typeof languages)[number];

const STORAGE_KEY = 'seve.language';

const storedLanguage = (): Language => (localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'fr');

void i18next.use(initReactI18next).init({
  resources: { fr: { translation: fr } },
  lng: 'fr',
  fallbackLng: 'fr',
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});

document.documentElement.lang = 'fr';

/** English is read only once chosen: a French interface does not load its 100 Ko of script at start. */
const loadEnglish = async (): Promise<void> => {
  if (i18next.hasResourceBundle('en', 'translation')) return;
  const { en } = await import('./en');
  i18next.addResourceBundle('en', 'translation', en);
};

/** Switches the interface language and remembers it on this computer. */
export const setLanguage = async (language: Language): Promise<void> => {
  localStorage.setItem(STORAGE_KEY, language);
  if (language === 'en') await loadEnglish();
  document.documentElement.lang = language;
  await i18next.changeLanguage(language);
};

/** Settles once the language this computer remembers is ready to draw (`main.tsx` waits for it). */
export const languageReady: Promise<void> = storedLanguage() === 'en' ? setLanguage('en') : Promise.resolve();

/** The date-fns locale and BCP 47 tag matching the interface language. */
export const useLocale = () => {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? { dateLocale: enGB, tag: 'en-GB' } : { dateLocale: frLocale, tag: 'fr-FR' };
};

export { i18next };
