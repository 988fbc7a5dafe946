import type Database from 'better-sqlite3';
import { checkHistoryChain } from '../../history/chain';
import { groupedSha } from './evidence';

const count = new Intl.NumberFormat('fr-FR');

/**
 * The cover's lines about the history: how many entries, whether the hash chain holds, and its
 * head, the SHA-256 that pins the whole history at the moment the pack was generated. An auditor
 * holding last year's pack can ask for the head again: an edited history cannot end on it.
 */
export const coverHistoryRows = (db: Database.Database): [string, string][] => {
  const chain = checkHistoryChain(db);
  const entries = `${count.format(chain.entries)} entrée${chain.entries > 1 ? 's' : ''}`;
  const state = chain.intact
    ? 'chaîne d’empreintes intacte'
    : `chaîne d’empreintes rompue à partir de l’entrée n° ${chain.brokenAt} : l’historique a été modifié en dehors de Sève`;
  return [
    ['Historique', `${entries}, ${state}`],
    ['Empreinte de l’historique', chain.head === null ? 'aucune entrée' : `SHA-256 ${groupedSha(chain.head)}`],
  ];
};
