import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldForSearch, searchWords } from '../../shared/domain/search';
import { auditTypeFullLabels } from '../../shared/labels/audits';
import type { Audit } from '../../shared/schemas/audits';
import { dataChecksum } from '../helpers/checksum';
import { expectOk, openTestBackend, type TestBackend } from '../helpers/backend';

type AuditType = keyof typeof auditTypeFullLabels.fr;
const types: AuditType[] = ['interne', 'surveillance', 'croise', 'renouvellement'];
const titles = ['Accueil des salariés', 'Sécurité sur les chantiers', null, 'Œuvre collective et réception', null];

/** The rule the audit picker promises: every typed word begins a word of the reference, the title or the type's words. */
const answers = (typed: string, audit: Audit): boolean => {
  const text = ` ${foldForSearch(`${audit.reference} ${audit.title ?? ''} ${auditTypeFullLabels.fr[audit.type]}`)}`;
  return searchWords(typed).every((word) => text.includes(` ${word}`));
};

describe('the audit picker: audits searched by words and read by ids, in SQL', () => {
  let backend: TestBackend;
  let audits: Audit[] = [];

  beforeAll(async () => {
    backend = await openTestBackend();
    // Ten years of audits, four a year, one in five cancelled.
    for (let n = 0; n < 40; n++) {
      const year = 2017 + Math.floor(n / 4);
      const month = String(1 + (n % 4) * 3).padStart(2, '0');
      await expectOk(backend.api, 'audits.create', {
        type: types[n % types.length],
        certificationId: null,
        title: titles[n % titles.length],
        startDate: `${year}-${month}-10`,
        endDate: `${year}-${month}-11`,
        status: n % 5 === 4 ? 'annule' : 'realise',
        leadAuditor: { personId: null, externalName: 'M. Lefèvre' },
        auditors: [],
        auditeeIds: [],
        processIds: [],
        requirementIds: [],
        notes: null,
      });
    }
    audits = await expectOk<Audit[]>(backend.api, 'audits.list', { includeCancelled: true });
  });
  afterAll(() => backend.close());

  it('answers the audits whose reference, title or type begin with the typed words, accents and case aside', async () => {
    for (const typed of ['securite CHANTIER', 'oeuvre', 'surveillance', 'audit de renouv', '2019', 'AUD-2024-02', 'cueil']) {
      const found = await expectOk<Audit[]>(backend.api, 'audits.list', { includeCancelled: true, search: typed });
      const expected = audits.filter((audit) => answers(typed, audit));
      expect(found.map((audit) => audit.id)).toEqual(expected.map((audit) => audit.id));
    }
    // « cueil » sits inside a word: nothing answers it; « surveillance » finds audits with no title by their type.
    expect(await expectOk<Audit[]>(backend.api, 'audits.list', { includeCancelled: true, search: 'cueil' })).toEqual([]);
    const bySurveillance = await expectOk<Audit[]>(backend.api, 'audits.list', { search: 'surveillance' });
    expect(bySurveillance.some((audit) => audit.title === null)).toBe(true);
    expect(bySurveillance.every((audit) => audit.status !== 'annule' && audit.type === 'surveillance')).toBe(true);
  });

  it('answers at most `limit` audits, the latest first, and keeps the other filters', async () => {
    const first = await expectOk<Audit[]>(backend.api, 'audits.list', { includeCancelled: true, limit: 20 });
    expect(first).toHaveLength(20);
    expect(first).toEqual(audits.slice(0, 20));
    const inYear = await expectOk<Audit[]>(backend.api, 'audits.list', { year: 2020, search: 'accueil', limit: 5 });
    expect(inYear.map((audit) => audit.reference)).toEqual(
      audits
        .filter((audit) => audit.startDate.startsWith('2020') && audit.status !== 'annule' && answers('accueil', audit))
        .map((a) => a.reference),
    );
    expect(inYear.length).toBeGreaterThan(0);
  });

  it('reads the chosen audits by their ids, cancelled ones too when asked', async () => {
    const cancelled = audits.find((audit) => audit.status === 'annule');
    const chosen = [audits[35], cancelled, audits[3]].map((audit) => audit?.id ?? 0);
    const named = await expectOk<Audit[]>(backend.api, 'audits.list', { includeCancelled: true, ids: chosen });
    expect(named.map((audit) => audit.id).sort((a, b) => a - b)).toEqual([...chosen].sort((a, b) => a - b));
  });

  it('refuses an empty list of ids, a search too long or a limit out of range, in French, on the field, and writes nothing', async () => {
    const before = dataChecksum(backend.filePath);
    const empty = await backend.api.invoke('audits.list', { ids: [] });
    expect(empty).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { ids: 'Au moins un identifiant.' } } });
    const long = await backend.api.invoke('audits.list', { search: 'a'.repeat(201) });
    expect(long).toMatchObject({ ok: false, error: { fields: { search: 'La recherche ne dépasse pas 200 caractères.' } } });
    const tooMany = await backend.api.invoke('audits.list', { limit: 501 });
    expect(tooMany).toMatchObject({ ok: false, error: { fields: { limit: 'Au plus 500 lignes par page.' } } });
    const zero = await backend.api.invoke('audits.list', { limit: 0 });
    expect(zero).toMatchObject({ ok: false, error: { fields: { limit: 'Au moins 1 ligne.' } } });
    expect(dataChecksum(backend.filePath)).toBe(before);
  });
});
