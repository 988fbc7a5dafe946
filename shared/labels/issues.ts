import type { issueEffects, issueGroupings, issueNatures, swotQuadrants } from '../domain/issues';
import type { registerStatuses } from '../domain/register-life';
import type { Labels } from './types';

// The structure's context (§4.1): the words the screens (through i18n) and the PDFs print for stored codes.

export const issueNatureLabels: Labels<(typeof issueNatures)[number]> = {
  fr: { interne: 'Interne', externe: 'Externe' },
  en: { interne: 'Internal', externe: 'External' },
};

export const issueEffectLabels: Labels<(typeof issueEffects)[number]> = {
  fr: { favorable: 'Favorable', defavorable: 'Défavorable' },
  en: { favorable: 'Favourable', defavorable: 'Unfavourable' },
};

export const issueGroupingLabels: Labels<(typeof issueGroupings)[number]> = {
  fr: { swot: 'SWOT (forces, faiblesses, opportunités, menaces)', pestel: 'PESTEL (par rubrique)' },
  en: { swot: 'SWOT (strengths, weaknesses, opportunities, threats)', pestel: 'PESTEL (by heading)' },
};

export const swotQuadrantLabels: Labels<(typeof swotQuadrants)[number]> = {
  fr: { forces: 'Forces', faiblesses: 'Faiblesses', opportunites: 'Opportunités', menaces: 'Menaces' },
  en: { forces: 'Strengths', faiblesses: 'Weaknesses', opportunites: 'Opportunities', menaces: 'Threats' },
};

/** A record of the context registers: still in the register, or retired (no longer relevant). */
export const registerStatusLabels: Labels<(typeof registerStatuses)[number]> = {
  fr: { actif: 'Actif', retire: 'Retiré' },
  en: { actif: 'Active', retire: 'Retired' },
};
