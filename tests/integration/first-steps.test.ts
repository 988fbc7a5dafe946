import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { processTemplates, structureKinds } from '../../shared/domain/process-templates';
import type { FirstSteps } from '../../shared/schemas/first-steps';
import type { Process } from '../../shared/schemas/processes';
import { expectOk, openTestBackend, type TestBackend } from '../helpers/backend';

const done = (steps: FirstSteps) => steps.steps.filter((step) => step.done).map((step) => step.id);

describe('« Premiers pas » and process maps from a template', () => {
  let backend: TestBackend;
  beforeEach(async () => {
    backend = await openTestBackend();
  });
  afterEach(() => backend.close());

  it('ticks each step from what the file holds, and remembers on this computer that it was hidden', async () => {
    expect(done(await expectOk<FirstSteps>(backend.api, 'onboarding.get', {}))).toEqual([]);
    await expectOk(backend.api, 'organisation.update', { name: 'ACI Les Jardins', indiceScheme: 'numeric' });
    const amelie = await expectOk<{ id: number }>(backend.api, 'people.create', { name: 'Amélie Durand', jobTitle: null });
    // One person is the user alone: the directory is not started yet.
    expect(done(await expectOk<FirstSteps>(backend.api, 'onboarding.get', {}))).toEqual(['structure']);
    await expectOk(backend.api, 'people.create', { name: 'Karim Benali', jobTitle: 'Directeur' });
    await expectOk(backend.api, 'processes.create', { name: 'Accueil', kind: 'realisation', pilotId: amelie.id });
    const document = await expectOk<{ id: number }>(backend.api, 'documents.create', {
      title: 'Politique qualité',
      type: 'politique',
      processId: null,
      ownerId: null,
      reviewPeriodMonths: 12,
      initialStatus: 'brouillon',
      effectiveDate: null,
      approvedById: null,
      approvedOn: null,
    });
    expect(done(await expectOk<FirstSteps>(backend.api, 'onboarding.get', {}))).toEqual(['structure', 'people', 'processes', 'documents']);
    const [referential] = await expectOk<{ id: number }[]>(backend.api, 'referentials.list', {});
    type Node = { id: number; number: string; children: Node[] };
    const tree = await expectOk<{ requirements: Node[] }>(backend.api, 'referentials.get', { id: referential?.id });
    const clause = tree.requirements.find((requirement) => requirement.number === '5')?.children.find((child) => child.number === '5.2');
    await expectOk(backend.api, 'referentials.link', { requirementId: clause?.id, entity: 'document', entityId: document.id });
    expect(done(await expectOk<FirstSteps>(backend.api, 'onboarding.get', {}))).toContain('requirements');

    expect(await expectOk<FirstSteps>(backend.api, 'onboarding.setHidden', { hidden: true })).toMatchObject({ hidden: true });
    expect((await expectOk<FirstSteps>(backend.api, 'onboarding.get', {})).hidden).toBe(true);
  });

  it('creates a template’s process map as edited, all at once, and refuses all of it when a name is taken', async () => {
    for (const kind of structureKinds) expect(processTemplates[kind].map((process) => process.kind)).toContain('pilotage');
    const edited = processTemplates.ai.map((process, index) => ({
      ...process,
      name: index === 1 ? 'Accueil, diagnostic et recrutement' : process.name,
      pilotId: null,
    }));
    const created = await expectOk<Process[]>(backend.api, 'processes.createMany', { processes: edited });
    expect(created.map((process) => process.name)).toContain('Accueil, diagnostic et recrutement');
    expect(created).toHaveLength(processTemplates.ai.length);

    const again = await backend.api.invoke('processes.createMany', {
      processes: [
        { name: 'Achats responsables', kind: 'support', pilotId: null },
        { name: 'Pilotage et amélioration continue', kind: 'pilotage', pilotId: null },
      ],
    });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'conflict', fields: { 'processes.1.name': expect.stringContaining('Pilotage et amélioration continue') } },
    });
    expect(await expectOk<Process[]>(backend.api, 'processes.list', {})).toHaveLength(processTemplates.ai.length);
    const twice = await backend.api.invoke('processes.createMany', {
      processes: [
        { name: 'Qualité', kind: 'pilotage', pilotId: null },
        { name: 'QUALITÉ', kind: 'support', pilotId: null },
      ],
    });
    expect(twice).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { 'processes.1.name': '« QUALITÉ » figure deux fois dans la liste.' } },
    });
  });
});
