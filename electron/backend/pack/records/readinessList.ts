import type Database from 'better-sqlite3';
import { packSectionTitles, readinessFileName } from '../../../../shared/domain/pack';
import type { Readiness } from '../../../../shared/schemas/readiness';
import { readReadiness } from '../../readiness/read';
import type { ReadinessRun } from '../../readiness/service';
import type { Builder } from '../pdf/builder';
import { beginTable } from '../pdf/table';
import { theme } from '../pdf/theme';
import { integer, longDate } from '../pdf/typography';
import type { Provenance } from '../provenance';
import type { PdfPlan } from '../render';
import { organisationName } from '../sections/cover';

const figureText = (figure: Readiness['figure'], scale: Readiness['scale']): string =>
  `${integer(figure.majeure)} ${scale.majeure} probable(s), ${integer(figure.mineure)} ${scale.mineure} probable(s), ${integer(figure.sensible)} ${scale.sensible} probable(s)`;

/**
 * The findings Sève expects, grouped by requirement: what is wrong, what was looked at, the likely
 * grade (a hint, never a verdict) and the source of the rule. The standalone PDF and the pack's
 * opening section draw the same.
 */
export const renderReadiness = (b: Builder, data: Readiness, anchor: string): void => {
  b.heading(1, packSectionTitles.readiness, anchor);
  const audit = data.audit ? `l’audit ${data.audit.reference} du ${longDate(data.audit.startDate)}` : `le ${longDate(data.asOf)}`;
  b.paragraph(
    `Ce que l’auditeur trouverait probablement pour ${audit}, d’après les enregistrements de Sève. Le niveau indiqué est une estimation sur l’échelle de la certification, jamais une décision : seul l’auditeur qualifie un constat.`,
    { color: theme.color.muted, size: theme.size.small + 0.5 },
  );
  b.keyValues([
    ['Constats probables', figureText(data.figure, data.scale)],
    [
      'Depuis le dernier audit',
      data.before === null || data.lastBodyAudit === null
        ? 'aucun audit de l’organisme certificateur enregistré avant cette date'
        : `${data.lastBodyAudit.reference} (${longDate(data.lastBodyAudit.startDate)}) : ${figureText(data.before, data.scale)}`,
    ],
  ]);
  if (data.groups.length === 0) {
    b.paragraph('Aucun constat prévisible : les vérifications de Sève ne trouvent rien à corriger.');
    return;
  }
  for (const group of data.groups) {
    b.heading(2, `§ ${group.requirement.number} ${group.requirement.title}`, `${anchor}-${group.requirement.number}`);
    const table = beginTable(b, [
      { header: 'Ce qui ne va pas', share: 190 },
      { header: 'Ce que Sève a regardé', share: 120 },
      { header: 'Niveau probable', share: 60 },
      { header: 'Source', share: 95 },
    ]);
    for (const item of group.items) table.row([item.what, item.evidence, item.gradeLabel, item.cites]);
    table.end();
  }
};

/** « Prêt pour l’audit ? » as a PDF: the quality lead's to-do for the weeks before the audit. */
export const readinessPlan = (db: Database.Database, { backup, ...target }: ReadinessRun, provenance: Provenance): PdfPlan => {
  const data = readReadiness(db, target, backup);
  const organisation = organisationName(db);
  const title = `Prêt pour l’audit ? — ${organisation} — ${longDate(target.asOf)}`;
  return {
    meta: {
      title,
      subject: `Constats prévisibles au ${longDate(target.asOf)}, par exigence.`,
      author: organisation,
      keywords: 'préparation, audit, constats prévisibles',
      createdAt: provenance.generatedAt,
    },
    embeds: false,
    frame: { organisation, title: readinessFileName(target.asOf).replace(/\.pdf$/, ''), packId: provenance.packId },
    cover: null,
    toc: false,
    bodies: [
      {
        title: packSectionTitles.readiness,
        render: (b) => {
          b.newPage();
          renderReadiness(b, data, 'readiness');
        },
      },
    ],
  };
};
