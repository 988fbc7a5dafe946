import type { ReferentialFile } from '../../../shared/schemas/referentials';
import type { RequirementExtras } from './requirements-repository';

type FileRequirement = ReferentialFile['requirements'][number];

/** What a file says beside a requirement's structure, absent entries read as empty. */
export const extrasOf = (entry: FileRequirement): RequirementExtras => ({
  note: entry.note ?? null,
  documentedInformation: entry.documentedInformation ?? [],
  majorOnly: entry.majorOnly ?? false,
});

const documentedText = (items: RequirementExtras['documentedInformation']): string | null =>
  items.length === 0
    ? null
    : items.map((item) => `${item.kind === 'tenir_a_jour' ? 'Tenir à jour' : 'Conserver'} : ${item.what}`).join(' ; ');

/** What history keeps of what a file says beside a requirement's structure. */
export const fileContentSnapshot = (content: { titleFr: string; titleEn: string | null } & RequirementExtras) => ({
  titleFr: content.titleFr,
  titleEn: content.titleEn,
  note: content.note,
  documentedInformation: documentedText(content.documentedInformation),
  majorOnly: content.majorOnly,
});

/** What history keeps of a referential when it is created. */
export const referentialSnapshot = (
  values: { code: string; name: string; edition: string; kind: string; source: string },
  baseName: string | null,
) => ({
  code: values.code,
  name: values.name,
  edition: values.edition,
  kind: values.kind,
  base: baseName,
  source: values.source,
});

/** What history keeps of a requirement's content: the parent by number, as it read at the time. */
export const requirementSnapshot = (
  values: { number: string; titleFr: string; titleEn: string | null; text: string | null },
  parentNumber: string | null,
) => ({
  number: values.number,
  titleFr: values.titleFr,
  titleEn: values.titleEn,
  text: values.text,
  parent: parentNumber,
});
