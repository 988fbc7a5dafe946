import { fr as frLocale, enGB } from 'date-fns/locale';
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { en } from './en';
import { fr } from './fr';

export const languages = ['fr', 'en'] as const;
export type Language = (typeof languages)[number];

const STORAGE_KEY = 'seve.language';

const storedLanguage = (): Language => (localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'fr');

void i18next.use(initReactI18next).init({
  resources: { fr: { translation: fr }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'fr',
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});

document.documentElement.lang = i18next.language;

/** Switches the interface language and remembers it on this computer. */
export const setLanguage = (language: Language): void => {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  void i18next.changeLanguage(language);
};

/** The date-fns locale and BCP 47 tag matching the interface language. */
export const useLocale = () => {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? { dateLocale: enGB, tag: 'en-GB' } : { dateLocale: frLocale, tag: 'fr-FR' };
};

export { i18next };
