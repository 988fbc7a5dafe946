import Database from 'better-sqlite3';
import { packSectionIds, type PackSectionId } from '../../../../shared/domain/pack';
import { fingerprintInBlocks } from '../../../../shared/domain/group';
import { answerSourceInWords } from '../../../../shared/domain/group-requests';
import type { Extension, GroupMember, GroupView } from '../../../../shared/schemas/group';
import { actionStatusLabels } from '../../../../shared/labels/actions';
import { createUnmatchedAnswersRepository } from '../../group/answers-repository';
import { nonconformitySeverityLabels, nonconformityStatusLabels } from '../../../../shared/labels/nonconformities';
import { createExtensionsRepository } from '../../group/extensions-repository';
import { createGroupRepository } from '../../group/repository';
import { readMember } from '../../group/view';
import { createSettingsRepository } from '../../organisation/repository';
import type { Builder } from '../pdf/builder';
import { beginTable } from '../pdf/table';
import { theme } from '../pdf/theme';
import { integer, longDate } from '../pdf/typography';
import type { Provenance } from '../provenance';
import type { PdfPlan } from '../render';
import { readGroupAudits, renderCrossAudits, renderSampling } from './groupAuditsPages';

export type GroupPackRequest = {
  kind: 'groupPack';
  date: string;
  /** Each current member's latest snapshot, materialised read-only by the main thread before the job starts. */
  members: { memberId: number; cachePath: string }[];
  nativeBinding?: string;
};

export type MemberPackRequest = { kind: 'pack'; date: string; referentialId: null; scope: { kind: 'all' }; sections: PackSectionId[] };

/**
 * What each member's part prints of its own pack: the records the group follows, not what needs a
 * referential or the member's files, nor the registers the member keeps for its own audit. Every
 * section says whether it belongs: a new one must be placed here to typecheck.
 */
const FOR_MEMBERS: Record<PackSectionId, boolean> = {
  readiness: false, // judged against the member's own certificate and referential
  summary: true,
  followUp: true,
  context: true,
  performance: true,
  audits: true,
  managementReview: true,
  nonconformities: true,
  complaints: true,
  surveys: false, // the member's own
  suggestions: true,
  competences: false, // the member's own: its people's trainings, by name
  providers: false, // the member's own
  documents: true,
  reviews: false, // readers by name (émargements)
  coverage: false, // needs a referential
  evidence: false, // the member's files
};
const MEMBER_SECTIONS = packSectionIds.filter((id) => FOR_MEMBERS[id]);

type CertificateRow = {
  scheme: string;
  body: string | null;
  certificate_number: string | null;
  decision_date: string | null;
  expiry_date: string | null;
  group_name: string | null;
  central_function: string | null;
};

type MemberPart = {
  member: GroupMember & { latest: NonNullable<GroupMember['latest']> };
  figures: ReturnType<typeof readMember>;
  plan: PdfPlan;
};

/** A builder whose headings get `prefix` on their destinations: every member's pack uses the same section ids. */
const prefixedHeadings = (b: Builder, prefix: string): Builder =>
  new Proxy(b, {
    get: (target, property, receiver) =>
      property === 'heading'
        ? (level: 1 | 2, title: string, id: string) => target.heading(level, title, `${prefix}${id}`)
        : Reflect.get(target, property, receiver),
  });

const renderGroup = (
  b: Builder,
  groupName: string | null,
  sampled: string | null,
  certificate: CertificateRow | undefined,
  members: GroupMember[],
) => {
  b.heading(1, 'Le groupe et sa certification', 'groupe');
  b.keyValues([
    ['Groupe', groupName ?? certificate?.group_name ?? 'Groupe non nommé'],
    ['Fonction centrale', certificate?.central_function ?? '—'],
    [
      'Certification',
      certificate
        ? `${certificate.scheme}${certificate.body ? ` (${certificate.body})` : ''}`
        : 'Aucune certification de groupe enregistrée',
    ],
    ['N° de certificat', certificate?.certificate_number ?? '—'],
    [
      'Cycle',
      certificate?.decision_date && certificate.expiry_date
        ? `du ${longDate(certificate.decision_date)} au ${longDate(certificate.expiry_date)}`
        : '—',
    ],
    ['Échantillonnage', sampled === null ? 'non indiqué' : `${sampled} membre(s) audité(s) à chaque audit`],
  ]);
  const table = beginTable(b, [
    { header: 'Membre', share: 120 },
    { header: 'Dans le groupe', share: 90 },
    { header: 'Empreinte de sa clé', share: 170 },
    { header: 'Dernier envoi', share: 80 },
  ]);
  for (const member of members)
    table.row([
      member.name,
      member.removedOn ? `du ${longDate(member.joinedOn)} au ${longDate(member.removedOn)}` : `depuis le ${longDate(member.joinedOn)}`,
      fingerprintInBlocks(member.fingerprint),
      member.latest ? longDate(member.latest.createdOn) : 'rien reçu',
    ]);
  table.end();
};

const renderFollowUp = (b: Builder, parts: MemberPart[]) => {
  b.heading(1, 'Suivi consolidé', 'groupe-suivi');
  b.paragraph('Chaque membre tel que son dernier envoi le montre, à sa date, lu avec les règles de son propre « À faire ».', {
    color: theme.color.muted,
    size: theme.size.small + 0.5,
  });
  const table = beginTable(b, [
    { header: 'Membre', share: 120 },
    { header: 'Situation', share: 90 },
    { header: 'NC ouvertes', share: 60 },
    { header: 'Actions en retard', share: 60 },
    { header: 'Échéances en retard', share: 60 },
  ]);
  for (const { member, figures } of parts)
    table.row([
      member.name,
      `au ${longDate(member.latest.createdOn)}`,
      integer(figures.openNonconformities.length),
      integer(figures.summary.overdueActions),
      integer(figures.late.length),
    ]);
  table.end();
  for (const { member, figures } of parts) {
    if (figures.openNonconformities.length === 0 && figures.late.length === 0) continue;
    b.heading(2, `${member.name} — au ${longDate(member.latest.createdOn)}`, `groupe-suivi-${member.id}`);
    for (const nc of figures.openNonconformities)
      b.paragraph(
        `${nc.reference} — ${nc.description} (${nonconformitySeverityLabels.fr[nc.severity]}, ${nonconformityStatusLabels.fr[nc.status]})`,
      );
    for (const item of figures.late)
      b.paragraph(
        `${item.reference ? `${item.reference} — ` : ''}${item.label} : en retard de ${integer(item.daysLate)} jour(s), échéance le ${longDate(item.due)}`,
      );
  }
};

type Answer = NonNullable<Extension['answers'][number]['answer']>;

/** A received answer names the member's action by its reference and its status as of the snapshot. */
const answerInWords = (answer: Answer): string => {
  if (!answer.concerned) return 'non concerné';
  const status = answer.actionStatus ? ` (${actionStatusLabels.fr[answer.actionStatus].toLocaleLowerCase('fr-FR')})` : '';
  return `concerné : ${answer.actionReference ? `${answer.actionReference} ` : ''}${answer.action ?? ''}${status}`;
};

const renderExtensions = (b: Builder, extensions: Extension[], unmatched: GroupView['unmatchedAnswers']) => {
  b.heading(1, 'Non-conformités étendues aux autres membres (§ 10.2.1 c)', 'groupe-extensions');
  if (extensions.length === 0) b.paragraph('Aucune non-conformité n’a été étendue aux autres membres.');
  for (const extension of extensions) {
    b.heading(2, `${extension.code} · ${extension.ncReference} — ${extension.memberName}`, `groupe-extension-${extension.id}`);
    b.paragraph(`${extension.ncDescription} À étendre depuis le ${longDate(extension.decidedOn)}.`);
    const table = beginTable(b, [
      { header: 'Membre', share: 100 },
      { header: 'Réponse', share: 200 },
      { header: 'Date', share: 70 },
      { header: 'Source', share: 90 },
    ]);
    for (const line of extension.answers)
      table.row([
        line.memberName,
        line.answer === null ? 'réponse attendue' : answerInWords(line.answer),
        line.answer ? longDate(line.answer.answeredOn) : '—',
        line.answer ? answerSourceInWords(line.answer.receivedIn) : '—',
      ]);
    table.end();
  }
  if (unmatched.length > 0) {
    b.heading(2, 'Réponses reçues non rattachées', 'groupe-reponses-non-rattachees');
    for (const answer of unmatched)
      b.paragraph(
        `${answer.memberName}, ${answer.code} (${answer.ncReference}, réponse du ${longDate(answer.answeredOn)}) : ${answer.explanation}.`,
      );
  }
};

const renderManifest = (b: Builder, parts: MemberPart[]) => {
  b.heading(1, 'Manifeste des envois', 'groupe-manifeste');
  b.paragraph(
    'L’empreinte SHA-256 de la base de chaque envoi, vérifiée avec sa signature à l’import : les pages de chaque membre en sont tirées.',
  );
  const table = beginTable(b, [
    { header: 'Membre', share: 110 },
    { header: 'Envoi du', share: 80 },
    { header: 'SHA-256', share: 260 },
  ]);
  for (const { member } of parts) table.row([member.name, longDate(member.latest.createdOn), member.latest.sha256]);
  table.end();
};

/** The group pack: the group, its follow-up, the extensions and the snapshots' hashes, then each member's pages from its snapshot. */
export const groupPackPlan = (
  db: Database.Database,
  request: GroupPackRequest,
  provenance: Provenance,
  /** The evidence pack's own planner (`packPlan`), run on each member's snapshot. */
  memberPlan: (memberDb: Database.Database, request: MemberPackRequest, provenance: Provenance) => PdfPlan,
): PdfPlan => {
  const settings = createSettingsRepository(db);
  const groupName = settings.get('group.name');
  const members = createGroupRepository(db).list();
  const extensions = createExtensionsRepository(db).list(members);
  const groupAudits = readGroupAudits(db, request.date);
  const unmatched = createUnmatchedAnswersRepository(db).ofLatest();
  const certificate = db
    .prepare<[], CertificateRow>(
      `SELECT scheme, body, certificate_number, decision_date, expiry_date, group_name, central_function
       FROM certifications WHERE is_group = 1 ORDER BY coalesce(decision_date, '') DESC, id DESC LIMIT 1`,
    )
    .get();
  const connections: Database.Database[] = [];
  const parts: MemberPart[] = request.members.flatMap(({ memberId, cachePath }) => {
    const member = members.find((candidate) => candidate.id === memberId);
    if (!member?.latest) return [];
    const memberDb = new Database(cachePath, { readonly: true, fileMustExist: true, nativeBinding: request.nativeBinding });
    connections.push(memberDb);
    const latest = member.latest;
    const plan = memberPlan(
      memberDb,
      { kind: 'pack', date: latest.createdOn, referentialId: null, scope: { kind: 'all' }, sections: MEMBER_SECTIONS },
      provenance,
    );
    return [{ member: { ...member, latest }, figures: readMember(memberDb, latest.createdOn), plan }];
  });
  const title = `Dossier de groupe — ${groupName ?? 'Groupe'} — ${longDate(request.date)}`;
  return {
    meta: {
      title,
      subject: 'Certification de groupe : le groupe, son suivi consolidé, les extensions de non-conformités et les pages de chaque membre.',
      author: groupName ?? 'Groupe',
      keywords: 'dossier de groupe, certification de groupe, audit',
      createdAt: provenance.generatedAt,
    },
    embeds: false,
    frame: { organisation: groupName ?? 'Groupe', title: `Dossier de groupe · ${longDate(request.date)}`, packId: provenance.packId },
    cover: (b) => {
      b.newPage(false);
      b.pen.bookmark('Couverture', 1, 0);
      b.y = 110;
      b.paragraph('DOSSIER DE GROUPE', { style: 'bold', size: 10, color: theme.color.accent, prose: false });
      b.paragraph(groupName ?? 'Groupe', { style: 'bold', size: theme.size.title });
      b.keyValues([
        ['Date', longDate(request.date)],
        ['Membres', parts.map(({ member }) => `${member.name} (envoi du ${longDate(member.latest.createdOn)})`).join(', ')],
        ['Généré par', provenance.producer],
        ['Identifiant', provenance.packId],
      ]);
    },
    toc: true,
    bodies: [
      {
        title: 'Le groupe et sa certification',
        render: (b) => renderGroup(b, groupName, settings.get('group.sampledPerAudit'), certificate, members),
      },
      { title: 'Suivi consolidé', render: (b) => renderFollowUp(b, parts) },
      { title: 'Non-conformités étendues', render: (b) => renderExtensions(b, extensions, unmatched) },
      { title: 'Manifeste des envois', render: (b) => renderManifest(b, parts) },
      { title: 'Échantillonnage', render: (b) => renderSampling(b, groupAudits.sampling, request.date) },
      { title: 'Audits croisés', render: (b) => renderCrossAudits(b, groupAudits.crossAudits, request.date) },
      ...parts.flatMap(({ member, plan }) =>
        plan.bodies.map((body, index) => ({
          title: `${member.name} — ${body.title}`,
          render: (b: Builder, env: Parameters<typeof body.render>[1]) => {
            const prefixed = prefixedHeadings(b, `membre-${member.id}-`);
            if (index === 0) {
              b.heading(1, `Membre : ${member.name} — au ${longDate(member.latest.createdOn)}`, `membre-${member.id}`);
              b.paragraph(`Pages tirées de son envoi du ${longDate(member.latest.createdOn)} (SHA-256 ${member.latest.sha256}).`, {
                color: theme.color.muted,
                size: theme.size.small + 0.5,
              });
            }
            return body.render(prefixed, env);
          },
        })),
      ),
    ],
    close: () => {
      for (const connection of connections) connection.close();
    },
  };
};
