import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { shippedGradeLabels } from '../../../../shared/labels/audits';

const isShipped = (code: string): code is keyof typeof shippedGradeLabels.en => Object.hasOwn(shippedGradeLabels.en, code);

/**
 * A finding grade's name in the interface's language: the shipped grades have English names, a
 * referential's own grades keep the words their author gave them.
 */
export const useGradeLabel = () => {
  const { i18n } = useTranslation();
  const english = i18n.language.startsWith('en');
  return useCallback(
    (grade: { code: string; label: string }): string =>
      english && isShipped(grade.code) ? shippedGradeLabels.en[grade.code] : grade.label,
    [english],
  );
};
