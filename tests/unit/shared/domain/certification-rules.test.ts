import { describe, expect, it } from 'vitest';
import {
  defaultSchemeRules,
  defaultStructureRule,
  frenchDate,
  latestExpiry,
  proposedExpiry,
  ruleFamilyFor,
  validityProblem,
} from '../../../../shared/domain/certification-rules';
import { describeRules } from '../../../../shared/domain/certification-words';
import { cycleWarnings, type WarningFinding } from '../../../../shared/domain/cycle-warnings';
import { findingPresets, responseRuleFor } from '../../../../shared/domain/finding-deadlines';
import type { CycleAudit } from '../../../../shared/domain/certification';

const iso = defaultSchemeRules('iso17021');
const qualiopi = defaultSchemeRules('qualiopi');

describe('rule families', () => {
  it('recognises Qualiopi in the scheme name; every other scheme follows ISO/IEC 17021-1', () => {
    expect(ruleFamilyFor('Qualiopi')).toBe('qualiopi');
    expect(ruleFamilyFor('Certification QUALIOPI actions de formation')).toBe('qualiopi');
    expect(ruleFamilyFor('Cèdre ISO 9001')).toBe('iso17021');
    expect(ruleFamilyFor('CAP ISO 9001')).toBe('iso17021');
    expect(ruleFamilyFor('Mon schéma maison')).toBe('iso17021');
  });

  it('says each rule in words', () => {
    expect(describeRules(iso, 'iso17021')).toBe(
      'ISO/IEC 17021-1 — NC majeure : plan d’actions sous 3 mois, vérification par l’organisme sous 6 mois, comptés depuis la fin de l’audit ; NC mineure : plan d’actions sous 3 mois, mise en œuvre vérifiée à l’audit suivant, comptés depuis la fin de l’audit.',
    );
    expect(describeRules(qualiopi, 'qualiopi')).toBe(
      'Qualiopi — NC majeure : actions correctives effectives sous 3 mois, vérification par l’organisme sous 4 mois, comptés depuis la notification du rapport ; NC mineure : plan d’actions dans le délai fixé par l’organisme, mise en œuvre sous 6 mois, comptés depuis la notification du rapport.',
    );
    expect(describeRules(defaultStructureRule, null)).toBe(
      'Règle de la structure — NC majeure : plan d’actions sous 1 mois, comptés depuis la fin de l’audit ; NC mineure : plan d’actions sous 2 mois, comptés depuis la fin de l’audit.',
    );
  });

  it('writes French dates with « 1er »', () => {
    expect(frenchDate('2027-01-01')).toBe('1er janvier 2027');
    expect(frenchDate('2027-01-02')).toBe('2 janvier 2027');
  });
});

describe('certificate validity', () => {
  it.each([
    ['2026-01-31', '2029-01-30'],
    ['2028-02-29', '2031-02-27'],
    ['2026-12-31', '2029-12-30'],
    ['2026-03-15', '2029-03-14'],
  ])('proposes the day before the third anniversary of a decision on %s: %s', (decision, expiry) => {
    expect(proposedExpiry(decision)).toBe(expiry);
    expect(validityProblem(decision, expiry, 'iso17021')).toBeNull();
  });

  it('refuses a certificate longer than 3 years, naming both dates', () => {
    expect(validityProblem('2026-03-15', '2036-03-14', 'iso17021')).toBe(
      'Un certificat ISO/IEC 17021-1 est valable 3 ans au plus : l’échéance du 14 mars 2036 est trop loin de la décision du 15 mars 2026. Indiquez une échéance au plus tard le 15 mars 2029.',
    );
    expect(validityProblem('2026-03-15', '2029-03-16', 'qualiopi')).toMatch(/^Un certificat Qualiopi est valable 3 ans au plus/);
  });

  it('lets a renewal decided before the previous expiry run three years from that expiry (§9.6.3.2.4)', () => {
    expect(latestExpiry('2028-12-01', 'iso17021', '2029-03-14')).toBe('2032-03-14');
    expect(validityProblem('2028-12-01', '2032-03-13', 'iso17021', '2029-03-14')).toBeNull();
    expect(latestExpiry('2029-06-01', 'iso17021', '2029-03-14')).toBe('2032-06-01');
  });
});

describe('finding deadlines', () => {
  const audit = (type: CycleAudit['type'], endDate: string, reportNotifiedOn: string | null = null) => ({
    type,
    endDate,
    reportNotifiedOn,
  });

  it('counts Qualiopi deadlines from the report’s notification: none until it is known', () => {
    const rule = responseRuleFor('surveillance', qualiopi, defaultStructureRule);
    expect(findingPresets(rule, 'majeure', audit('surveillance', '2027-03-03'), null)).toEqual({ responseDue: null, followUpDue: null });
    expect(findingPresets(rule, 'majeure', audit('surveillance', '2027-03-03', '2027-03-31'), null)).toEqual({
      responseDue: '2027-06-30',
      followUpDue: '2027-07-31',
    });
    // The plan's deadline is the body's; the implementation is due within 6 months.
    expect(findingPresets(rule, 'mineure', audit('surveillance', '2027-03-03', '2027-03-31'), null)).toEqual({
      responseDue: null,
      followUpDue: '2027-09-30',
    });
  });

  it('counts ISO deadlines from the audit’s last day; a renewal’s major NC is verified before expiry', () => {
    const rule = responseRuleFor('etape_2', iso, defaultStructureRule);
    expect(rule.source).toBe('organisme');
    expect(findingPresets(rule, 'majeure', audit('etape_2', '2026-11-30'), null)).toEqual({
      responseDue: '2027-02-28',
      followUpDue: '2027-05-30',
    });
    expect(findingPresets(rule, 'mineure', audit('etape_2', '2026-11-30'), null)).toEqual({ responseDue: '2027-02-28', followUpDue: null });
    expect(findingPresets(rule, 'majeure', audit('renouvellement', '2028-12-01'), '2029-03-14').followUpDue).toBe('2029-03-14');
    expect(findingPresets(rule, null, audit('etape_2', '2026-11-30'), null)).toEqual({ responseDue: null, followUpDue: null });
  });

  it('gives internal findings the structure’s own rule, whatever the scheme', () => {
    const structure = { ...defaultStructureRule, mineure: { answerMonths: 2, followUpMonths: 4, from: 'fin_audit' as const } };
    for (const type of ['interne', 'croise', 'blanc'] as const) {
      const rule = responseRuleFor(type, qualiopi, structure);
      expect(rule.source).toBe('structure');
      expect(findingPresets(rule, 'mineure', audit(type, '2026-10-31', '2026-11-15'), null)).toEqual({
        responseDue: '2026-12-31',
        followUpDue: '2027-02-28',
      });
    }
  });
});

describe('warnings about nonconformities', () => {
  const stage2: CycleAudit = {
    id: 1,
    reference: 'AUD-2026-01',
    type: 'etape_2',
    startDate: '2026-03-02',
    endDate: '2026-03-03',
    status: 'realise',
    cycleSlot: null,
  };
  const finding = (overrides: Partial<WarningFinding>): WarningFinding => ({
    id: 7,
    auditId: 1,
    severity: 'majeure',
    description: 'Réclamations non analysées.',
    followUpDue: '2026-09-03',
    status: 'repondu',
    ...overrides,
  });
  const warn = (findings: WarningFinding[], today: string, rules = iso, audits: CycleAudit[] = [stage2]) =>
    cycleWarnings({ decision: null, expiry: null, rules, cycle: null, audits, findings, today });

  it('a major NC of stage 2 not verified within 6 months calls for a new stage 2 (§9.5.3.2)', () => {
    expect(warn([finding({})], '2026-09-03')).toEqual([]);
    expect(warn([finding({ status: 'leve' })], '2026-12-01')).toEqual([]);
    expect(warn([finding({})], '2026-09-04')).toEqual([
      {
        key: 'nc_majeure_non_verifiee-7',
        kind: 'nc_majeure_non_verifiee',
        date: '2026-09-03',
        auditId: 1,
        message:
          'La NC majeure « Réclamations non analysées. » de l’audit AUD-2026-01 n’a pas été vérifiée par l’organisme dans les 6 mois suivant l’étape 2 (au plus tard le 3 septembre 2026) : un nouvel audit d’étape 2 est nécessaire avant la décision (ISO/IEC 17021-1, § 9.5.3.2).',
      },
    ]);
  });

  it('Qualiopi: a minor NC not lifted at the next audit is requalified as major', () => {
    const next: CycleAudit = {
      ...stage2,
      id: 2,
      reference: 'AUD-2027-01',
      type: 'surveillance',
      startDate: '2027-06-01',
      endDate: '2027-06-01',
    };
    const minor = finding({ severity: 'mineure', followUpDue: '2026-10-03' });
    expect(warn([minor], '2026-11-01', qualiopi).map((warning) => warning.kind)).toEqual(['nc_mineure_en_retard']);
    const requalified = warn([minor], '2027-06-02', qualiopi, [stage2, next]);
    expect(requalified.map((warning) => [warning.kind, warning.date])).toEqual([['nc_mineure_requalifiee', '2027-06-01']]);
    expect(requalified[0]?.message).toContain('est requalifiée en NC majeure (arrêté du 6 juin 2019 modifié)');
    expect(warn([minor], '2027-06-02', iso, [stage2, next])).toEqual([]);
  });
});
