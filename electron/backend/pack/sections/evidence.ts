import { packSectionTitles } from '../../../../shared/domain/pack';
import { beginTable } from '../pdf/table';
import { theme } from '../pdf/theme';
import { fileSize, integer } from '../pdf/typography';
import { loopEvidence } from './evidenceLoop';
import { auditEvidence } from './evidenceAudits';
import { IN_SCOPE, typeOrder } from './scope';
import type { AttachState, EvidenceRow, PackContext, PackSection } from './types';

/**
 * Where evidence files come from. Documents in force bring their version's files today; a later
 * domain (audits, actions…) adds a source for its own records' files here.
 */
export const evidenceSources: ((ctx: PackContext) => EvidenceRow[])[] = [
  (ctx) =>
    ctx.db
      .prepare<[], EvidenceRow>(
        `SELECT a.id AS attachmentId, a.file_name AS fileName, a.media_type AS mediaType, a.size, a.blob_sha256 AS sha256,
           a.added_at AS addedAt, d.reference || ' indice ' || v.indice || ' — ' || d.title AS record
         FROM attachments a
         JOIN document_versions v ON a.owner_entity = 'document_version' AND v.id = a.owner_id AND v.status = 'en_vigueur'
         JOIN documents d ON d.id = v.document_id
         WHERE a.removed_at IS NULL AND d.id IN (${IN_SCOPE})
         ORDER BY ${typeOrder}, d.reference, a.file_name COLLATE NOCASE, a.id`,
      )
      .all(),
  auditEvidence,
  loopEvidence,
];

export const collectEvidence = (ctx: PackContext): EvidenceRow[] => evidenceSources.flatMap((source) => source(ctx));

/** Labels of the state column; all fit on one line, so a row is as tall in both passes. */
const stateCells: Record<AttachState, { text: string; color: string; style?: 'bold'; fill?: string }> = {
  joint: { text: 'joint', color: theme.color.ok },
  manquant: { text: 'manquant', color: theme.color.gap, style: 'bold', fill: theme.color.gapLight },
  altere: { text: 'altéré', color: theme.color.gap, style: 'bold', fill: theme.color.gapLight },
};

/** The fingerprint in four groups, so it wraps between groups rather than anywhere. */
/** A SHA-256 in groups of 16, so a table cell or a line can break between them. */
export const groupedSha = (sha256: string): string => sha256.match(/.{1,16}/g)?.join(' ') ?? sha256;

export const evidenceSection: PackSection<EvidenceRow[]> = {
  id: 'evidence',
  title: packSectionTitles.evidence,
  collect: collectEvidence,
  render: async (b, rows, env) => {
    b.heading(1, packSectionTitles.evidence, 'evidence');
    b.paragraph(
      'Les fichiers ci-dessous sont joints à ce PDF (fichiers associés PDF/A-3) : ouvrez le panneau « Pièces jointes » de votre lecteur PDF pour les consulter ou les enregistrer. L’empreinte SHA-256 permet de vérifier qu’un fichier extrait est identique à celui conservé dans Sève. Un fichier dont le contenu est introuvable (« manquant ») ou ne correspond plus à son empreinte (« altéré ») n’est pas joint : il est signalé en rouge.',
      { color: theme.color.muted, size: theme.size.small + 0.5 },
    );
    const table = beginTable(b, [
      { header: 'N°', share: 22, prose: false, align: 'right' },
      { header: 'Fichier', share: 112, prose: false },
      { header: 'Taille', share: 40, prose: false, align: 'right' },
      { header: 'Empreinte SHA-256', share: 156, prose: false },
      { header: 'Enregistrement', share: 104 },
      { header: 'État', share: 46, prose: false },
    ]);
    if (rows.length === 0) table.note('Aucun fichier attaché aux documents en vigueur de ce périmètre.');
    const counts: Record<AttachState, number> = { joint: 0, manquant: 0, altere: 0 };
    for (const [index, row] of rows.entries()) {
      await env.pause();
      const state = await env.attach({ ...row, description: row.record });
      counts[state] += 1;
      table.row([String(index + 1), row.fileName, fileSize(row.size), groupedSha(row.sha256), row.record, stateCells[state]]);
    }
    table.end();
    // One short line in both passes (the measuring pass knows no counts): the page breaks stay the same.
    if (rows.length > 0) {
      const gaps = counts.manquant + counts.altere;
      b.paragraph(`Fichiers joints : ${integer(counts.joint)} / ${integer(rows.length)} — manquants ou altérés : ${integer(gaps)}`, {
        style: 'bold',
        color: gaps > 0 ? theme.color.gap : theme.color.text,
      });
    }
  },
};
