import { differenceInCalendarDays } from 'date-fns';
import { fromCalendarDate } from '../../dates';
import { inWords } from '../words';
import type { ReadinessRule } from '../types';

/** Older than this, a lost computer loses more than a week of the quality system. */
const BACKUP_DAYS = 7;

export const backupOld: ReadinessRule = {
  id: 'backup-old',
  title: 'Sauvegarde du fichier de plus d’une semaine',
  source: { clause: '7.5.3', cites: 'ISO 9001 § 7.5.3.1 b (protection des informations documentées)' },
  grade: 'sensible',
  check: (facts) => {
    const backup = facts.backup;
    if (backup === undefined) return [];
    if (backup.lastOn !== null && differenceInCalendarDays(fromCalendarDate(backup.today), fromCalendarDate(backup.lastOn)) <= BACKUP_DAYS)
      return [];
    return [
      {
        key: 'backup',
        what:
          backup.lastOn === null
            ? 'Le fichier n’a aucune sauvegarde : sauvegardez-le maintenant.'
            : `La dernière sauvegarde du fichier date du ${inWords(backup.lastOn)} : sauvegardez-le maintenant.`,
        evidence: 'Sauvegardes du fichier dans son dossier de sauvegardes.',
        link: '/fichier',
      },
    ];
  },
};
