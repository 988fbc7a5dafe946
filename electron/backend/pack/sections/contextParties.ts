import type { IssueNature } from '../../../../shared/domain/issues';
import type { PartyRelevance } from '../../../../shared/domain/parties';
import { issueNatureLabels } from '../../../../shared/labels/issues';
import { partyRelevanceLabels } from '../../../../shared/labels/parties';
import { beginTable } from '../pdf/table';
import { theme } from '../pdf/theme';
import { shortDate } from '../pdf/typography';
import { inRegisterOn } from './contextIssues';
import type { ContextPart, PackContext } from './types';

type PartyLine = {
  id: number;
  name: string;
  nature: IssueNature;
  needs: string;
  response: string | null;
  climate: string | null;
  relevance: PartyRelevance;
  reviewDue: string;
  answers: string | null;
};

type PartiesData = { date: string; parties: PartyLine[] };

const collectParties = (ctx: PackContext): PartiesData => ({
  date: ctx.date,
  parties: ctx.db
    .prepare<{ date: string }, PartyLine>(
      `SELECT p.id, p.name, p.nature, p.needs, p.response, p.climate, p.relevance, p.review_due AS reviewDue,
         (SELECT group_concat(label, char(10)) FROM (
            SELECT coalesce('Processus : ' || pr.name, 'Document : ' || d.reference || ' ' || d.title, 'Indicateur : ' || ind.name) AS label
            FROM interested_party_answers a
            LEFT JOIN processes pr ON pr.id = a.process_id
            LEFT JOIN documents d ON d.id = a.document_id
            LEFT JOIN indicators ind ON ind.id = a.indicator_id
            WHERE a.party_id = p.id ORDER BY label)) AS answers
       FROM interested_parties p WHERE ${inRegisterOn('p')}
       ORDER BY CASE p.relevance WHEN 'forte' THEN 0 WHEN 'moyenne' THEN 1 ELSE 2 END, p.name COLLATE NOCASE, p.id`,
    )
    .all({ date: ctx.date }),
});

/** Interested parties (§ 4.2): their needs and expectations, and what in the system answers them. */
export const partiesPart: ContextPart = (ctx) => {
  const data = collectParties(ctx);
  return {
    id: 'parties',
    title: 'Parties intéressées (§ 4.2)',
    render: (b) => {
      b.paragraph(
        `Parties intéressées au registre le ${shortDate(data.date)}, des plus pertinentes aux moins pertinentes, avec leurs besoins et attentes, la réponse de la structure et les processus, documents et indicateurs qui y répondent.`,
        { color: theme.color.muted, size: theme.size.small + 0.5 },
      );
      const table = beginTable(b, [
        { header: 'Partie intéressée', share: 90 },
        { header: 'Pertinence', share: 50 },
        { header: 'Besoins et attentes', share: 130 },
        { header: 'Réponse de la structure', share: 130 },
        { header: 'Ce qui y répond', share: 100 },
      ]);
      if (data.parties.length === 0) table.note('Aucune partie intéressée au registre à cette date.');
      for (const party of data.parties) {
        table.row([
          `${party.name}\n${issueNatureLabels.fr[party.nature]}`,
          partyRelevanceLabels.fr[party.relevance],
          party.climate ? `${party.needs}\nClimat : ${party.climate}` : party.needs,
          party.response ?? '—',
          party.answers ?? '—',
        ]);
      }
      table.end();
    },
  };
};
