import { packSectionTitles } from '../../../../shared/domain/pack';
import { theme } from '../pdf/theme';
import { contextParts } from './contextParts';
import type { PackSection, PreparedContextPart } from './types';

/** ISO 9001 §4, §5 and §6.1: what the structure is, what it commits to, how its work is organised, what it watches and risks. */
export const contextSection: PackSection<PreparedContextPart[]> = {
  id: 'context',
  title: packSectionTitles.context,
  collect: (ctx) => contextParts.flatMap((part) => part(ctx) ?? []),
  render: (b, parts) => {
    b.heading(1, packSectionTitles.context, 'context');
    b.paragraph(
      'Le domaine d’application du système de management de la qualité et ses sites, la certification (individuelle ou de groupe), la politique qualité, la cartographie des processus, les enjeux, les parties intéressées, les risques et opportunités avec leur carte, et la veille, tels que le fichier qualité les tient à la date du dossier.',
      { color: theme.color.muted, size: theme.size.small + 0.5 },
    );
    for (const part of parts) {
      b.heading(2, part.title, `context-${part.id}`);
      part.render(b);
    }
  },
};
