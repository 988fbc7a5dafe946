import { analysisMethodLabels, ishikawaBranchLabels } from '../../../../shared/labels/nonconformities';
import { ishikawaBranches } from '../../../../shared/domain/nonconformities';
import type { Cause, Nonconformity } from '../../../../shared/schemas/nonconformities';
import type { Builder } from '../pdf/builder';
import { subheading } from '../pdf/subheading';
import { beginTable, type Caption, type Cell } from '../pdf/table';
import { theme } from '../pdf/theme';
import { shortDate } from '../pdf/typography';

const TITLE = 'Analyse des causes';

// A retained root cause is said in words (and tinted): the mark reads in black and white too.
const retainedCell = (cause: Cause): Cell =>
  cause.retained
    ? { text: 'Cause racine retenue', style: 'bold', color: theme.color.accent, fill: theme.color.accentLight }
    : { text: 'non retenue', color: theme.color.muted };

const fiveWhys = (b: Builder, causes: readonly Cause[], caption: Caption): void => {
  const table = beginTable(
    b,
    [
      { header: 'N°', share: 20, prose: false, align: 'right' },
      { header: 'Pourquoi ?', share: 195 },
      { header: 'Parce que…', share: 195 },
      { header: 'Cause racine', share: 85 },
    ],
    { caption },
  );
  for (const cause of causes) table.row([String(cause.position), cause.why ?? '—', cause.cause, retainedCell(cause)]);
  table.end();
};

const ishikawa = (b: Builder, causes: readonly Cause[], caption: Caption): void => {
  const table = beginTable(
    b,
    [
      { header: 'Branche (5M)', share: 80, style: 'bold' },
      { header: 'Cause', share: 330 },
      { header: 'Cause racine', share: 85 },
    ],
    { caption },
  );
  // Every branch is listed, an empty one too: the analysis shows it looked there.
  for (const branch of ishikawaBranches) {
    const onBranch = causes.filter((cause) => cause.branch === branch);
    if (onBranch.length === 0) {
      table.row([ishikawaBranchLabels.fr[branch], { text: 'Aucune cause relevée sur cette branche.', color: theme.color.muted }, '']);
    }
    onBranch.forEach((cause, index) => table.row([index === 0 ? ishikawaBranchLabels.fr[branch] : '', cause.cause, retainedCell(cause)]));
  }
  table.end();
};

/** The cause analysis of a nonconformity, under its title: a 5-pourquoi chain, an Ishikawa diagram by branch, or plain text. */
export const renderCauses = (b: Builder, analysis: Nonconformity['analysis']): void => {
  if (analysis === null) {
    subheading(b, TITLE);
    b.paragraph('Aucune analyse des causes enregistrée.', { color: theme.color.muted, style: 'italic' });
    return;
  }
  const who = [
    analysis.analysedByName && `menée par ${analysis.analysedByName}`,
    analysis.analysedOn && `le ${shortDate(analysis.analysedOn)}`,
  ]
    .filter(Boolean)
    .join(' ');
  const method = `Méthode : ${analysisMethodLabels.fr[analysis.method]}${who ? ` — analyse ${who}` : ''}.`;
  if (analysis.method === 'cinq_pourquoi') fiveWhys(b, analysis.causes, { title: TITLE, note: method });
  else if (analysis.method === 'ishikawa') ishikawa(b, analysis.causes, { title: TITLE, note: method });
  else {
    subheading(b, TITLE);
    b.paragraph(method, { color: theme.color.muted, size: theme.size.small + 0.5 });
    b.paragraph(analysis.text ?? '');
  }
};
