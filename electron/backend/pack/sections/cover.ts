import type Database from 'better-sqlite3';
import { NOT_RECORDED } from '../../../../shared/domain/pack';
import type { Builder } from '../pdf/builder';
import { excerpt } from '../records/nonconformityBlock';
import { theme } from '../pdf/theme';
import { dateTime, longDate } from '../pdf/typography';

export type CoverData = {
  organisation: string;
  /** The scope of the quality system and its sites, as the structure's record states them. */
  scopeStatement: string | null;
  sites: string | null;
  referential: string | null;
  date: string;
  scopeLabel: string;
  /** Scheme, certification body, certificate and audit, as `coverCertificationRows` words them. */
  certification: [string, string][];
  /** The history's size, chain state and head, as `coverHistoryRows` words them. */
  history: [string, string][];
  sections: string[];
  generatedAt: Date;
  producer: string;
  packId: string;
};

/** A setting of the structure's record (its scope, its sites…), or null. */
export const organisationSetting = (db: Database.Database, key: string): string | null =>
  db.prepare<[string], string>('SELECT value FROM settings WHERE key = ?').pluck().get(key) ?? null;

/** The organisation's name as the file records it; a file not yet named says so. */
export const organisationName = (db: Database.Database): string =>
  db.prepare<[string], string>('SELECT value FROM settings WHERE key = ?').pluck().get('organisation.name') ?? 'Structure non nommée';

/** Page 1: who the pack is for, the certification and audit it serves, and what it holds. */
export const renderCover = (b: Builder, data: CoverData): void => {
  const { pen } = b;
  b.newPage(false);
  pen.bookmark('Couverture', 1, 0);
  pen.artifact(() => {
    pen.rect(0, 0, pen.page.width, 10, theme.color.accent);
    pen.rect(b.left, 150, 4, 96, theme.color.accent);
  });
  b.y = 110;
  b.paragraph('DOSSIER DE PREUVES', { style: 'bold', size: 10, color: theme.color.accent, prose: false });
  b.y = 150;
  pen.open('H1');
  b.lines(b.wrap(data.organisation, 'bold', theme.size.title, b.width - 20), {
    style: 'bold',
    size: theme.size.title,
    color: theme.color.text,
    leading: 1.15,
    x: b.left + 18,
  });
  pen.close();
  b.paragraph('Système de management de la qualité — preuves pour l’audit de certification', {
    size: 12,
    color: theme.color.muted,
    indent: 18,
  });
  b.y = Math.max(b.y, 262);
  b.keyValues([
    // In full in the context section; a long one is cut at a word here.
    ['Domaine d’application', data.scopeStatement === null ? NOT_RECORDED : excerpt(data.scopeStatement, 320)],
    [
      'Sites',
      data.sites
        ?.split('\n')
        .map((site) => site.trim())
        .filter(Boolean)
        .join(' · ') || NOT_RECORDED,
    ],
    ['Référentiel', data.referential ?? NOT_RECORDED],
    ...data.certification,
    ['Date du dossier', longDate(data.date)],
    ['Périmètre', data.scopeLabel],
    ['Sections', data.sections.join(' · ')],
    ['Produit le', dateTime(data.generatedAt)],
    ['Produit par', data.producer],
    ['Identifiant du dossier', data.packId],
    ...data.history,
  ]);
  b.y = b.bottom - 40;
  b.paragraph(
    'Document produit par Sève à partir du fichier qualité de la structure, à la date indiquée. Il est archivable (PDF/A) : les fichiers de preuve y sont joints et listés avec leur empreinte SHA-256.',
    { size: theme.size.small, color: theme.color.muted },
  );
};
