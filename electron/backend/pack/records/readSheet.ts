import { documentTypeLabels } from '../../../../shared/labels/documents';
import type Database from 'better-sqlite3';
import { NOT_RECORDED } from '../../../../shared/domain/pack';
import { PackFailure } from '../failure';
import { beginTable } from '../pdf/table';
import { theme } from '../pdf/theme';
import { longDate, shortDate } from '../pdf/typography';
import type { PdfPlan } from '../render';
import { organisationName } from '../sections/cover';
import { type RegisterRow } from '../sections/documents';
import type { Provenance } from '../provenance';

type SheetDocument = Pick<
  RegisterRow,
  'reference' | 'title' | 'type' | 'processName' | 'ownerName' | 'approvedBy' | 'approvedOn' | 'indice' | 'effectiveDate'
> & {
  versionId: number;
  changeSummary: string | null;
};
type Reader = { name: string; jobTitle: string | null; readOn?: string };

const collect = (db: Database.Database, documentId: number) => {
  const document = db
    .prepare<[number], SheetDocument>(
      `SELECT d.reference, d.title, d.type, p.name AS processName, o.name AS ownerName, a.name AS approvedBy, v.approved_on AS approvedOn,
         v.indice, v.effective_date AS effectiveDate, v.id AS versionId, v.change_summary AS changeSummary
       FROM documents d
       LEFT JOIN document_versions v ON v.document_id = d.id AND v.status = 'en_vigueur'
       LEFT JOIN processes p ON p.id = d.process_id
       LEFT JOIN people o ON o.id = d.owner_id
       LEFT JOIN people a ON a.id = v.approved_by
       WHERE d.id = ?`,
    )
    .get(documentId);
  if (!document) throw new PackFailure('not_found', 'Ce document est introuvable : rechargez la page.');
  if (document.versionId === null) {
    throw new PackFailure(
      'conflict',
      `${document.reference} n’a pas de version en vigueur : la feuille d’émargement porte sur la version en vigueur. Faites approuver une version d’abord.`,
    );
  }
  const read = db
    .prepare<[number], Reader>(
      `SELECT p.name, p.job_title AS jobTitle, r.read_on AS readOn FROM version_reads r JOIN people p ON p.id = r.person_id
       WHERE r.version_id = ? ORDER BY r.read_on, p.name COLLATE NOCASE`,
    )
    .all(document.versionId);
  const pending = db
    .prepare<[number], Reader>(
      `SELECT p.name, p.job_title AS jobTitle FROM people p
       WHERE p.active = 1 AND NOT EXISTS (SELECT 1 FROM version_reads r WHERE r.version_id = ? AND r.person_id = p.id)
       ORDER BY p.name COLLATE NOCASE`,
    )
    .all(document.versionId);
  return { document, read, pending };
};

// Room for a handwritten signature: the cell holds three empty lines.
const SIGNATURE_SPACE = ' \n \n ';
const BLANK_ROWS = 4;

/** A document's read-acknowledgement sheet (émargement) for its version in force: who has read it, and lines to sign. */
export const readSheetPlan = (db: Database.Database, documentId: number, provenance: Provenance): PdfPlan => {
  const { document, read, pending } = collect(db, documentId);
  const organisation = organisationName(db);
  const title = `Feuille d’émargement — ${document.reference} ${document.title}`;
  return {
    meta: {
      title,
      subject: `Lecture de ${document.reference} indice ${document.indice}, en vigueur depuis le ${longDate(document.effectiveDate)}.`,
      author: organisation,
      keywords: 'émargement, lecture, information documentée',
      createdAt: provenance.generatedAt,
    },
    embeds: false,
    frame: { organisation, title: `Émargement · ${document.reference} indice ${document.indice}`, packId: provenance.packId },
    cover: null,
    toc: false,
    bodies: [
      {
        title: 'Feuille d’émargement',
        render: (b) => {
          b.newPage();
          b.heading(1, 'Feuille d’émargement', 'emargement');
          b.keyValues([
            ['Document', `${document.reference} — ${document.title}`],
            ['Nature', `${documentTypeLabels.fr[document.type]}${document.processName ? ` · processus ${document.processName}` : ''}`],
            ['Version en vigueur', `indice ${document.indice}, applicable depuis le ${longDate(document.effectiveDate)}`],
            ['Approuvée par', document.approvedBy ? `${document.approvedBy}, le ${shortDate(document.approvedOn)}` : NOT_RECORDED],
            ['Responsable', document.ownerName ?? NOT_RECORDED],
            ['Modifications de la version', document.changeSummary ?? NOT_RECORDED],
          ]);
          b.paragraph('Par leur signature, les personnes ci-dessous attestent avoir lu et compris la version en vigueur de ce document.', {
            style: 'italic',
          });
          b.heading(2, `Lectures enregistrées dans Sève (${read.length})`, 'lectures');
          const done = beginTable(b, [
            { header: 'Nom', share: 180 },
            { header: 'Fonction', share: 180 },
            { header: 'Lu le', share: 80, prose: false },
          ]);
          if (read.length === 0) done.note('Aucune lecture enregistrée pour cette version.');
          for (const reader of read) done.row([reader.name, reader.jobTitle ?? '—', shortDate(reader.readOn ?? null)]);
          done.end();
          b.heading(2, `À faire signer (${pending.length})`, 'a-signer');
          const toSign = beginTable(
            b,
            [
              { header: 'Nom', share: 140 },
              { header: 'Fonction', share: 120 },
              { header: 'Date', share: 70 },
              { header: 'Signature', share: 150 },
            ],
            { zebra: false },
          );
          for (const reader of pending) toSign.row([reader.name, reader.jobTitle ?? '—', '', SIGNATURE_SPACE]);
          for (let row = 0; row < BLANK_ROWS; row++) toSign.row(['', '', '', SIGNATURE_SPACE]);
          toSign.end();
          b.paragraph(`Feuille établie le ${longDate(provenance.generatedAt.toISOString().slice(0, 10))} par ${provenance.producer}.`, {
            size: theme.size.small,
            color: theme.color.muted,
          });
        },
      },
    ],
  };
};
