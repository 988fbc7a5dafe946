import type { z } from 'zod';
import { outOfOrder } from '../../../shared/domain/dates';
import type { Risk, riskFieldsSchema } from '../../../shared/schemas/risks';
import { invalidField } from '../errors';
import type { LoopContext } from '../nonconformities/context';
import type { RisksRepository } from './repository';

type Fields = z.output<typeof riskFieldsSchema>;

/** The origin's links as stored: one of them, matching `origin`, or the note. */
export type OriginLinks = {
  issueId: number | null;
  partyId: number | null;
  findingId: number | null;
  nonconformityId: number | null;
  originNote: string | null;
};

/**
 * The origin a risk names must be a record of the file (a missing one is refused on its field); an
 * issue or a party newly named must still be in its register; the risk is identified no earlier than
 * its origin (the issue or party identified, the audit held, the nonconformity detected).
 */
export const checkedOrigin = (lc: LoopContext, risks: RisksRepository, fields: Fields, prefix: string, before?: Risk): OriginLinks => {
  if (fields.processId !== null && !lc.repos.processes.get(fields.processId)) {
    throw invalidField(`${prefix}processId`, 'Ce processus n’existe pas.');
  }
  const links: OriginLinks = { issueId: null, partyId: null, findingId: null, nonconformityId: null, originNote: null };
  const id = fields.originId ?? 0;
  const unchanged = before !== undefined && before.origin === fields.origin && before.originId === fields.originId;
  const field = `${prefix}originId`;
  const notBefore = (date: string, what: string): void => {
    if (fields.identifiedOn < date)
      throw invalidField(`${prefix}identifiedOn`, outOfOrder('L’identification', fields.identifiedOn, what, date));
  };
  switch (fields.origin) {
    case 'enjeu': {
      const issue = risks.origins.issue(id);
      if (!issue) throw invalidField(field, 'Cet enjeu n’existe pas : il a peut-être été retiré. Rechargez la page.');
      if (issue.status !== 'actif' && !unchanged) {
        throw invalidField(field, `L’enjeu « ${issue.title} » est retiré du registre : choisissez un enjeu actif.`);
      }
      notBefore(issue.identified_on, 'celle de l’enjeu');
      return { ...links, issueId: id };
    }
    case 'partie': {
      const party = risks.origins.party(id);
      if (!party) throw invalidField(field, 'Cette partie intéressée n’existe pas : rechargez la page.');
      if (party.status !== 'actif' && !unchanged) {
        throw invalidField(field, `La partie « ${party.name} » est retirée du registre : choisissez une partie active.`);
      }
      notBefore(party.identified_on, 'celle de la partie intéressée');
      return { ...links, partyId: id };
    }
    case 'constat': {
      const finding = risks.origins.finding(id);
      if (!finding) throw invalidField(field, 'Ce constat d’audit n’existe pas : rechargez la page.');
      notBefore(finding.audit_start, `l’audit ${finding.audit_reference}`);
      return { ...links, findingId: id };
    }
    case 'nonconformite': {
      const nc = risks.origins.nonconformity(id);
      if (!nc) throw invalidField(field, 'Cette non-conformité n’existe pas : rechargez la page.');
      notBefore(nc.detected_on, `la détection de ${nc.reference}`);
      return { ...links, nonconformityId: id };
    }
    case 'processus':
      return links;
    case 'autre':
      return { ...links, originNote: fields.originNote };
  }
};
