import { describe, expect, it } from 'vitest';
import { assessReadiness } from '../../../../../shared/domain/readiness/assess';
import { cleanFacts, nonconformity, requirement } from './facts';

const scale = { majeure: 'NC majeure', mineure: 'NC mineure', sensible: 'Point sensible' };

describe('assessReadiness', () => {
  it('finds nothing and counts nothing in a clean file', () => {
    expect(assessReadiness(cleanFacts(), scale)).toEqual({ groups: [], figure: { majeure: 0, mineure: 0, sensible: 0 } });
  });

  it('groups findings by requirement in natural order, under the record’s own requirement when it names one', () => {
    const facts = {
      ...cleanFacts(),
      requirements: [requirement({ id: 1, number: '10.2' }), requirement({ id: 2, number: '9.3' }), requirement({ id: 3, number: '7.2' })],
      reviews: [],
      nonconformities: [
        nonconformity({ openActionsDue: '2026-01-01', requirementNumber: '7.2' }),
        nonconformity({ id: 22, openActionsDue: '2026-01-01' }),
      ],
    };
    const { groups, figure } = assessReadiness(facts, scale);
    expect(groups.map((g) => [g.requirement.number, g.items.map((i) => i.ruleId)])).toEqual([
      ['7.2', ['nonconformity-overdue']],
      ['9.3', ['review-missing']],
      ['10.2', ['nonconformity-overdue']],
    ]);
    expect(figure).toEqual({ majeure: 1, mineure: 2, sensible: 0 });
    expect(groups[1]?.items[0]).toMatchObject({
      grade: 'majeure',
      gradeLabel: 'NC majeure',
      cites: 'ISO 9001 § 9.3.1 (revue à intervalles planifiés)',
    });
  });

  it('turns a likely minor NC major under a requirement that can only yield a major one (Qualiopi), named on the scheme’s scale', () => {
    const facts = {
      ...cleanFacts(),
      requirements: [requirement({ id: 31, number: '31', titleFr: 'Traitement des réclamations', majorOnly: true })],
      complaints: [
        {
          id: 5,
          reference: 'REC-2026-003',
          subject: 'Paie',
          receivedOn: '2026-10-01',
          responseDue: '2026-10-15',
          respondedOn: null,
          analysedOn: null,
        },
      ],
    };
    const { groups } = assessReadiness(facts, { ...scale, majeure: 'Non-conformité majeure' });
    expect(groups).toHaveLength(1);
    expect(groups[0]?.requirement).toEqual({ id: 31, number: '31', title: 'Traitement des réclamations' });
    expect(groups[0]?.items[0]).toMatchObject({ ruleId: 'complaint-unanswered', grade: 'majeure', gradeLabel: 'Non-conformité majeure' });
  });

  it('sets a quiet regulatory watch under Qualiopi’s indicator 23 in a Qualiopi referential, else under § 4.1', () => {
    const quiet = { ...cleanFacts(), regulatoryWatch: { lastNoticedOn: '2026-06-01', sources: 1 } };
    const qualiopi = assessReadiness(
      { ...quiet, requirements: [requirement({ id: 23, number: '23', titleFr: 'Veille légale et réglementaire' })] },
      scale,
    );
    expect(qualiopi.groups.map((g) => [g.requirement.number, g.items.map((i) => [i.ruleId, i.grade])])).toEqual([
      ['23', [['regulatory-watch-quiet', 'mineure']]],
    ]);
    const iso = assessReadiness({ ...quiet, requirements: [requirement({ id: 41, number: '4.1' })] }, scale);
    expect(iso.groups.map((g) => g.requirement.number)).toEqual(['4.1']);
  });
});
