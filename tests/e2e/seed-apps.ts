// The demo build's seed: 12 Apps, newest first by default (10 per page).
export const NEWEST_FIRST = [
  'DataLake-Ingest',
  'Storage-Archiver-EU',
  'Tableau_WorkAnalytics',
  'Helpdesk-Contact-Lookup',
  'WallboardRealtime',
  'SurveyReports.Legacy',
  'Audit-Trail-SIEM',
  'QM-Evaluations-Export',
  'PowerBI_Dashboards',
  'Salesforce-CTI-Sync',
  'RecordingAPIAccess',
  'All-CC-Analytics',
];
