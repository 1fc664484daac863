import type { components } from '../../api/schema';

type Product = components['schemas']['Product'];

const TOKEN_URL = 'https://api.8x8.com/oauth/v2/token';
const API = 'https://api.8x8.com';
const LEGACY_TOKEN_HINT = '<token issued by 8x8 on request>';
/** The two regions of the legacy Customer Experience APIs, which name them in the path. */
const cxRegions = (path: string) => [
  { id: 'us', name: 'United States', baseUrl: `${API}${path}/us` },
  { id: 'uk', name: 'United Kingdom', baseUrl: `${API}${path}/uk` },
];
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
    // Regional data centres put their prefix before /analytics.
    regions: [
      { id: 'us', name: 'United States', baseUrl: `${API}/analytics/cc/v8/historical-metrics` },
      { id: 'eu', name: 'Europe', baseUrl: `${API}/eu/analytics/cc/v8/historical-metrics` },
      { id: 'au', name: 'Australia', baseUrl: `${API}/au/analytics/cc/v8/historical-metrics` },
      { id: 'ca', name: 'Canada', baseUrl: `${API}/ca/analytics/cc/v8/historical-metrics` },
    ],
    exampleRequest: { method: 'GET', path: '/report-types' },
    requiredAssignment: null,
  },
  {
    id: 'cc-realtime-analytics',
    name: 'Contact Center Realtime Analytics',
    description: 'Live queue, agent and interaction metrics.',
    category: 'Contact Center',
    baseUrl: 'https://api.8x8.com/analytics/cc/v5/realtime-metrics',
    auth: clientCredentials,
    exampleRequest: { method: 'GET', path: '/queues' },
    requiredAssignment: null,
  },
  {
    id: 'cloud-storage',
    name: 'Cloud Storage Service',
    description: 'Call recordings and other stored objects, by region.',
    category: 'Call recordings & Storage',
    baseUrl: 'https://api.8x8.com/storage/{region}/v3',
    auth: clientCredentials,
    regions: ['us-west', 'us-east', 'uk', 'ap', 'ca'].map((region) => ({
      id: region,
      name: region,
      baseUrl: `${API}/storage/${region}/v3`,
    })),
    exampleRequest: { method: 'GET', path: '/objects' },
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
      tokenHint: LEGACY_TOKEN_HINT,
      usesSecret: false,
    },
    regions: cxRegions('/customerexperience/v1/recentCallData'),
    exampleRequest: { method: 'POST', path: '' },
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
      tokenHint: LEGACY_TOKEN_HINT,
      usesSecret: false,
    },
    regions: cxRegions('/customerexperience/v1/postCallSurvey'),
    exampleRequest: { method: 'POST', path: '' },
    requiredAssignment: null,
  },
  {
    id: 'qm-speech-analytics',
    name: 'Quality Management & Speech Analytics',
    description: 'Interaction evaluations, transcripts and speech analytics.',
    category: 'Quality Management',
    baseUrl: 'https://api.8x8.com/qm/{region}/v1',
    auth: {
      ...clientCredentials,
      extraHeaders: ['pbx'],
      extraHeaderHints: { pbx: '<your PBX name>' },
    },
    // 8x8 documents the region as a path segment without listing the values: the snippet keeps
    // `{region}` as a placeholder to fill in.
    exampleRequest: { method: 'GET', path: '/interactions' },
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
      usernameField: 'username',
      passwordField: 'password',
      usesSecret: false,
    },
    exampleRequest: { method: 'GET', path: '/cdrs' },
    requiredAssignment: null,
  },
  {
    id: 'audit-records',
    name: 'Audit Records',
    description: 'Administrative audit trail of the platform.',
    category: 'Administration',
    baseUrl: 'https://api.8x8.com/administration/audit/v1',
    auth: { type: 'api-key', keyHeader: 'x-api-key', usesSecret: false },
    exampleRequest: {
      method: 'GET',
      path: '/audits',
      query: {
        startTime: '2025-01-01T00:00:00Z',
        endTime: '2025-01-02T00:00:00Z',
        service: 'platform',
      },
    },
    requiredAssignment: null,
  },
  {
    id: 'contact-search',
    name: 'Contact Search',
    description: 'Search the company directory contacts (shares 60 requests/minute).',
    category: 'Directory',
    baseUrl: 'https://api.8x8.com/directory-contacts/api/v3/contacts',
    auth: { type: 'api-key', keyHeader: 'x-api-key', usesSecret: false },
    exampleRequest: { method: 'GET', path: '' },
    requiredAssignment: null,
  },
  {
    id: 'contact-management',
    name: 'Contact Management',
    description: 'Create, update and delete directory contacts.',
    category: 'Directory',
    baseUrl: 'https://api.8x8.com/directory-contacts/api/v3/contacts',
    auth: { type: 'api-key', keyHeader: 'x-api-key', usesSecret: false },
    exampleRequest: {
      method: 'POST',
      path: '',
      body: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada.lovelace@example.com' },
    },
    requiredAssignment: null,
  },
];
