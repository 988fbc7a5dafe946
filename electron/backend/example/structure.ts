import { processTemplates } from '../../../shared/domain/process-templates';
import type { Call } from './call';

/** The fictitious structure's people and process map: an ACI, its usual processes, each with a pilot. */
export const seedStructure = async (call: Call) => {
  await call('organisation.update', { name: 'Les Jardins de la Sèvre (exemple fictif)', indiceScheme: 'numeric' });
  const person = async (name: string, jobTitle: string) => (await call('people.create', { name, jobTitle })).id;
  const people = {
    amelie: await person('Amélie Durand', 'Responsable qualité'),
    karim: await person('Karim Benali', 'Directeur'),
    nadia: await person('Nadia Haddad', 'Conseillère en insertion professionnelle'),
    paul: await person('Paul Girard', 'Encadrant technique'),
    sophie: await person('Sophie Martin', 'Assistante administrative'),
  };
  // The records of the example are Amélie's, as if she had typed them in.
  await call('identity.choose', { personId: people.amelie });
  const pilots: Record<string, number> = {
    pilotage: people.karim,
    support: people.sophie,
    'Mise en situation de travail (chantier, atelier)': people.paul,
    'Relations clients, partenaires et réclamations': people.amelie,
  };
  const created = await call('processes.createMany', {
    processes: processTemplates.aci.map((process) => ({
      ...process,
      pilotId: pilots[process.name] ?? pilots[process.kind] ?? people.nadia,
    })),
  });
  const processId = (name: string): number => {
    const found = created.find((process) => process.name === name);
    if (found === undefined) throw new Error(`Processus absent du modèle ACI : ${name}`);
    return found.id;
  };
  const processes = {
    pilotage: processId('Pilotage et amélioration continue'),
    accueil: processId('Accueil et recrutement'),
    chantier: processId('Mise en situation de travail (chantier, atelier)'),
    accompagnement: processId('Accompagnement socioprofessionnel et formation'),
    clients: processId('Relations clients, partenaires et réclamations'),
    rh: processId('Ressources humaines permanentes et paie'),
  };
  return { people, processes };
};

export type ExampleStructure = Awaited<ReturnType<typeof seedStructure>>;
