/** English messages: “Ready for the audit?”. */
export const readinessMessages = {
  readiness: {
    nav: 'Ready for the audit?',
    title: 'Ready for the audit?',
    subtitle:
      'What the auditor would likely find, from your records. The grade is an estimate on your certification’s scale, never a decision.',
    choose: 'Audit to prepare',
    audit: 'Audit',
    nextAudit: 'The next certification audit',
    date: 'Or a date',
    forAudit: 'For audit {{reference}} on {{date}}',
    forDate: 'On {{date}}',
    figureLabel: 'Likely findings by grade',
    likely: 'likely {{grade}}',
    before_one: '{{count}} at the last audit ({{reference}})',
    before_other: '{{count}} at the last audit ({{reference}})',
    sinceLast: 'Compared with the same checks on the day of the body’s last audit, {{reference}} on {{date}}.',
    noBodyAudit: 'No certification body audit recorded yet: nothing to compare with.',
    pdf: 'Print the list (PDF)',
    none: 'No predictable finding: Sève’s checks find nothing to correct.',
    evidence: 'Sève looked at:',
    fix: 'Fix',
    showAll: 'Show all {{count}} likely findings',
  },
} as const;
