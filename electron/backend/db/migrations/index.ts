import m0001 from './0001_initial.sql';
import m0002 from './0002_document_versions.sql';
import m0003 from './0003_referentials.sql';
import m0004 from './0004_files.sql';
import m0005 from './0005_search.sql';
import m0006 from './0006_audits.sql';
import m0007 from './0007_nonconformity_loop.sql';
import m0008 from './0008_indicators_review.sql';
import m0009 from './0009_agenda.sql';
import m0010 from './0010_business_dates.sql';
import m0011 from './0011_history_chain.sql';
import m0012 from './0012_certification_rules.sql';
import m0013 from './0013_history_author.sql';
import m0014 from './0014_audit_reports_complaint_analysis.sql';
import m0015 from './0015_competences_providers_surveys.sql';
import m0016 from './0016_context_risks.sql';
import m0017 from './0017_group.sql';
import m0018 from './0018_group_audits.sql';
import m0019 from './0019_group_answers.sql';
import m0020 from './0020_review_inputs_indexes.sql';

export type Migration = { version: number; name: string; sql: string };

/**
 * Landed migrations, in order. Never edit one: add the next `NNNN_name.sql` and list it here.
 * A version is the number in its file name; the list may skip a number that another change holds
 * (the folder test checks names, versions and order, not that they are consecutive).
 */
export const migrations: readonly Migration[] = [
  { version: 1, name: '0001_initial', sql: m0001 },
  { version: 2, name: '0002_document_versions', sql: m0002 },
  { version: 3, name: '0003_referentials', sql: m0003 },
  { version: 4, name: '0004_files', sql: m0004 },
  { version: 5, name: '0005_search', sql: m0005 },
  { version: 6, name: '0006_audits', sql: m0006 },
  { version: 7, name: '0007_nonconformity_loop', sql: m0007 },
  { version: 8, name: '0008_indicators_review', sql: m0008 },
  { version: 9, name: '0009_agenda', sql: m0009 },
  { version: 10, name: '0010_business_dates', sql: m0010 },
  { version: 11, name: '0011_history_chain', sql: m0011 },
  { version: 12, name: '0012_certification_rules', sql: m0012 },
  { version: 13, name: '0013_history_author', sql: m0013 },
  { version: 14, name: '0014_audit_reports_complaint_analysis', sql: m0014 },
  { version: 15, name: '0015_competences_providers_surveys', sql: m0015 },
  { version: 16, name: '0016_context_risks', sql: m0016 },
  { version: 17, name: '0017_group', sql: m0017 },
  { version: 18, name: '0018_group_audits', sql: m0018 },
  { version: 19, name: '0019_group_answers', sql: m0019 },
  { version: 20, name: '0020_review_inputs_indexes', sql: m0020 },
];
