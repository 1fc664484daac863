import { generateId, generateKey, generateSecret } from '../model/credentials';
import type { MockApp } from '../model/stored-app';
import { seedLifecycle } from './seed-lifecycle';

const DAY = 24 * 60 * 60 * 1000;

/** A dozen Apps as a real company might have them, created over the last two years. */
const seedApps: Array<{ name: string; productIds: string[]; daysAgo: number; hour: number }> = [
  {
    name: 'All-CC-Analytics',
    productIds: ['cc-historical-analytics', 'cc-realtime-analytics'],
    daysAgo: 640,
    hour: 9,
  },
  { name: 'RecordingAPIAccess', productIds: ['cloud-storage'], daysAgo: 590, hour: 14 },
  {
    name: 'Salesforce-CTI-Sync',
    productIds: ['cx-recent-calls', 'contact-search', 'contact-management'],
    daysAgo: 521,
    hour: 11,
  },
  {
    name: 'PowerBI_Dashboards',
    productIds: ['cc-historical-analytics', 'work-analytics'],
    daysAgo: 470,
    hour: 16,
  },
  {
    name: 'QM-Evaluations-Export',
    productIds: ['qm-speech-analytics', 'cloud-storage'],
    daysAgo: 402,
    hour: 10,
  },
  { name: 'Audit-Trail-SIEM', productIds: ['audit-records'], daysAgo: 355, hour: 8 },
  {
    name: 'SurveyReports.Legacy',
    productIds: ['cx-post-call-survey', 'cx-recent-calls'],
    daysAgo: 300,
    hour: 13,
  },
  { name: 'WallboardRealtime', productIds: ['cc-realtime-analytics'], daysAgo: 211, hour: 15 },
  { name: 'Helpdesk-Contact-Lookup', productIds: ['contact-search'], daysAgo: 160, hour: 12 },
  { name: 'Tableau_WorkAnalytics', productIds: ['work-analytics'], daysAgo: 97, hour: 17 },
  {
    name: 'Storage-Archiver-EU',
    productIds: ['cloud-storage', 'audit-records'],
    daysAgo: 41,
    hour: 9,
  },
  {
    name: 'DataLake-Ingest',
    productIds: [
      'cc-historical-analytics',
      'cc-realtime-analytics',
      'qm-speech-analytics',
      'work-analytics',
      'audit-records',
    ],
    daysAgo: 6,
    hour: 10,
  },
];

export function createSeedApps(now: number = Date.now()): MockApp[] {
  return seedApps.map(({ name, productIds, daysAgo, hour }) => {
    const created = new Date(now - daysAgo * DAY);
    created.setUTCHours(hour, 17, 0, 0);
    const createdAt = created.toISOString();
    return {
      id: generateId(),
      name,
      productIds,
      createdAt,
      updatedAt: createdAt,
      key: generateKey(),
      secret: generateSecret(),
      applyingUntil: null,
      ...seedLifecycle(name, createdAt, now),
    };
  });
}
