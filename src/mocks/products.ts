import type { components } from '../api/schema';

type Product = components['schemas']['Product'];

const TOKEN_URL = 'https://api.8x8.com/oauth/v2/token';
const clientCredentials = {
  type: 'oauth2-client-credentials',
  tokenUrl: TOKEN_URL,
  tokenLifetimeSeconds: 1800,
  usesSecret: true,
} as const;

/** The ten 8x8 API products and how each authenticates (product spec §1). */
export const productCatalog: Product[] = [
  {
    id: 'cc-historical-analytics',
    name: 'Contact Center Historical Analytics',
    description: 'Historical contact center metrics and detailed reports, including surveys.',
    category: 'Contact Center',
    baseUrl: 'https://api.8x8.com/analytics/cc/v8/historical-metrics',
    auth: clientCredentials,
    requiredAssignment: null,
  },
  {
    id: 'cc-realtime-analytics',
    name: 'Contact Center Realtime Analytics',
    description: 'Live queue, agent and interaction metrics.',
    category: 'Contact Center',
    baseUrl: 'https://api.8x8.com/analytics/cc/v5/realtime-metrics',
    auth: clientCredentials,
    requiredAssignment: null,
  },
  {
    id: 'cloud-storage',
    name: 'Cloud Storage Service',
    description: 'Call recordings and other stored objects, by region.',
    category: 'Call recordings & Storage',
    baseUrl: 'https://api.8x8.com/storage/{region}/v3',
    auth: clientCredentials,
    requiredAssignment: 'storage-api',
  },
  {
    id: 'cx-recent-calls',
    name: 'Customer Experience Recent Calls',
    description: 'Recent call data (legacy API).',
    category: 'Customer Experience',
    baseUrl: 'https://api.8x8.com/customerexperience/v1/recentCallData/{us|uk}',
    auth: {
      type: 'legacy-token',
      keyHeader: '8x8-apikey',
      tokenHeader: 'token',
      usesSecret: false,
    },
    requiredAssignment: null,
  },
  {
    id: 'cx-post-call-survey',
    name: 'Customer Experience Post Call Survey',
    description: 'Post call survey results (legacy API).',
    category: 'Customer Experience',
    baseUrl: 'https://api.8x8.com/customerexperience/v1/postCallSurvey/{us|uk}',
    auth: {
      type: 'legacy-token',
      keyHeader: '8x8-apikey',
      tokenHeader: 'token',
      usesSecret: false,
    },
    requiredAssignment: null,
  },
  {
    id: 'qm-speech-analytics',
    name: 'Quality Management & Speech Analytics',
    description: 'Interaction evaluations, transcripts and speech analytics.',
    category: 'Quality Management',
    baseUrl: 'https://api.8x8.com/qm/{region}/v1',
    auth: { ...clientCredentials, extraHeaders: ['pbx'] },
    requiredAssignment: null,
  },
  {
    id: 'work-analytics',
    name: 'Work Analytics',
    description: 'Call detail records and analytics for 8x8 Work users.',
    category: 'Unified Communications',
    baseUrl: 'https://api.8x8.com/analytics/work/v1',
    auth: {
      type: 'user-login',
      tokenUrl: 'https://api.8x8.com/analytics/work/v1/oauth/token',
      keyHeader: '8x8-apikey',
      usesSecret: false,
    },
    requiredAssignment: null,
  },
  {
    id: 'audit-records',
    name: 'Audit Records',
    description: 'Administrative audit trail of the platform.',
    category: 'Administration',
    baseUrl: 'https://api.8x8.com/administration/audit/v1',
    auth: { type: 'api-key', keyHeader: 'x-api-key', usesSecret: false },
    requiredAssignment: null,
  },
  {
    id: 'contact-search',
    name: 'Contact Search',
    description: 'Search the company directory contacts (shares 60 requests/minute).',
    category: 'Directory',
    baseUrl: 'https://api.8x8.com/directory-contacts/api/v3/contacts',
    auth: { type: 'api-key', keyHeader: 'x-api-key', usesSecret: false },
    requiredAssignment: null,
  },
  {
    id: 'contact-management',
    name: 'Contact Management',
    description: 'Create, update and delete directory contacts.',
    category: 'Directory',
    baseUrl: 'https://api.8x8.com/directory-contacts/api/v3/contacts',
    auth: { type: 'api-key', keyHeader: 'x-api-key', usesSecret: false },
    requiredAssignment: null,
  },
];
