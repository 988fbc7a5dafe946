import { processKindLabels } from '../../../../shared/labels/processes';
import { processKinds } from '../../../../shared/domain/processes';
import { NOT_RECORDED } from '../../../../shared/domain/pack';
import { processMap } from '../pdf/processMap';
import { beginTable } from '../pdf/table';
import { theme } from '../pdf/theme';
import { integer, longDate } from '../pdf/typography';
import { packAudits } from './auditData';
import { issuesPart } from './contextIssues';
import { partiesPart } from './contextParties';
import { risksPart } from './contextRisks';
import { watchPart } from './contextWatch';
import { IN_SCOPE } from './scope';
import type { ContextPart, PackContext } from './types';

const settingOf = (ctx: PackContext) => {
  const select = ctx.db.prepare<[string], string>('SELECT value FROM settings WHERE key = ?').pluck();
  return (key: string): string | null => select.get(key) ?? null;
};

const lines = (text: string | null): string[] =>
  (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** §4.3: the scope and its sites, the exclusions with their justification, the certification and its group. */
const scopePart: ContextPart = (ctx) => {
  const setting = settingOf(ctx);
  const scope = setting('organisation.scopeStatement');
  const sites = lines(setting('organisation.sites'));
  const { certification } = packAudits(ctx);
  const byId = new Map(ctx.requirements.map((requirement) => [requirement.id, requirement]));
  // An exclusion covers its sub-requirements: each is said once, at the clause excluded.
  const exclusions = ctx.requirements.filter(
    (requirement) => !requirement.applicable && byId.get(requirement.parentId ?? -1)?.applicable !== false,
  );
  return {
    id: 'scope',
    title: 'Domaine d’application et sites (§ 4.3)',
    render: (b) => {
      b.keyValues([
        ['Domaine d’application', scope ?? `${NOT_RECORDED} (à écrire dans la fiche de la structure)`],
        ['Sites', sites.length === 0 ? NOT_RECORDED : sites.join('\n')],
        [
          'Exigences non applicables',
          exclusions.length === 0
            ? 'aucune'
            : exclusions.map((requirement) => `${requirement.number} ${requirement.title} : ${requirement.justification ?? ''}`).join('\n'),
        ],
        ['Certification', certification ? `${certification.scheme}${certification.body ? `, ${certification.body}` : ''}` : NOT_RECORDED],
        ...(certification?.isGroup
          ? ([
              ['Certification de groupe', certification.groupName ?? NOT_RECORDED],
              ['Fonction centrale', certification.centralFunction ?? NOT_RECORDED],
              ['Autres membres du groupe', certification.otherMembers ?? NOT_RECORDED],
            ] as [string, string][])
          : certification
            ? ([['Certification de groupe', 'non : certification de la structure seule']] as [string, string][])
            : []),
      ]);
    },
  };
};

/** §5.2: the policy document in force, and its words as displayed and signed. */
const policyPart: ContextPart = (ctx) => {
  const setting = settingOf(ctx);
  const id = Number(setting('quality.policyDocumentId'));
  const document = Number.isInteger(id)
    ? ctx.db
        .prepare<[number], { reference: string; title: string; indice: string | null; effectiveDate: string | null }>(
          `SELECT d.reference, d.title, v.indice, v.effective_date AS effectiveDate FROM documents d
           LEFT JOIN document_versions v ON v.document_id = d.id AND v.status = 'en_vigueur'
           WHERE d.id = ?`,
        )
        .get(id)
    : undefined;
  const text = setting('quality.policyText');
  return {
    id: 'policy',
    title: 'Politique qualité (§ 5.2)',
    render: (b) => {
      b.keyValues([
        [
          'Document',
          document
            ? `${document.reference} — ${document.title}${document.indice ? `, indice ${document.indice}` : ''}${document.effectiveDate ? `, en vigueur depuis le ${longDate(document.effectiveDate)}` : ''}`
            : `${NOT_RECORDED} (à désigner dans Objectifs et indicateurs)`,
        ],
      ]);
      if (text === null) {
        b.paragraph('Le texte de la politique n’est pas saisi dans Sève : il figure dans le document ci-dessus.', {
          color: theme.color.muted,
          style: 'italic',
        });
        return;
      }
      for (const paragraph of lines(text)) b.paragraph(paragraph, { indent: 12 });
    },
  };
};

/** §4.4: the processes by kind, with their pilots, documents in force and indicators. */
const processPart: ContextPart = (ctx) => {
  const processes = ctx.db
    .prepare<[], { name: string; kind: (typeof processKinds)[number]; pilot: string | null; documents: number; indicators: number }>(
      `SELECT p.name, p.kind, pe.name AS pilot,
         (SELECT count(*) FROM documents d WHERE d.process_id = p.id AND d.id IN (${IN_SCOPE})) AS documents,
         (SELECT count(*) FROM indicators i WHERE i.process_id = p.id AND i.active = 1) AS indicators
       FROM processes p LEFT JOIN people pe ON pe.id = p.pilot_id ORDER BY p.name COLLATE NOCASE`,
    )
    .all();
  return {
    id: 'processes',
    title: 'Cartographie des processus (§ 4.4)',
    render: (b) => {
      if (processes.length === 0) {
        b.paragraph('Aucun processus n’est décrit dans le fichier qualité.', { color: theme.color.muted, style: 'italic' });
        return;
      }
      processMap(
        b,
        processKinds.map((kind) => ({
          label: processKindLabels.fr[kind],
          processes: processes.filter((process) => process.kind === kind),
        })),
      );
      const table = beginTable(b, [
        { header: 'Processus', share: 170 },
        { header: 'Famille', share: 70 },
        { header: 'Pilote', share: 110 },
        { header: 'Documents en vigueur', share: 70, align: 'right' },
        { header: 'Indicateurs suivis', share: 70, align: 'right' },
      ]);
      for (const kind of processKinds) {
        for (const process of processes.filter((candidate) => candidate.kind === kind)) {
          table.row([
            process.name,
            processKindLabels.fr[kind],
            process.pilot ?? { text: 'sans pilote', color: theme.color.warn },
            integer(process.documents),
            integer(process.indicators),
          ]);
        }
      }
      table.end();
    },
  };
};

/**
 * The parts of the context section, in the order they print. A register of the context (issues,
 * interested parties, risks and opportunities, regulatory watch) adds its part here, in one line.
 */
export const contextParts: ContextPart[] = [scopePart, policyPart, processPart, issuesPart, partiesPart, risksPart, watchPart];
