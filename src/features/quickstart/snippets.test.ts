// The snippets are generated from the catalog the backend serves; these tests hold each product's
// snippets to the 8x8 facts of product spec §1 (URL, headers, body), written out independently.
// The TypeScript snippet is run for real against a fake 8x8 (a recording `fetch`).
import { describe, expect, it } from 'vitest';
import { productCatalog } from '../../mocks/model/products';
import type { Product } from '../products/api/product-queries';
import {
  describeAuth,
  envFile,
  exampleUrl,
  generateSnippet,
  SECRET_PLACEHOLDER,
  type SnippetInput,
} from './snippets';

const KEY = 'eght_MTIzNDU2NzgtYWJjZC00ZWZhLTg5MDEtMjM0NTY3ODlhYmNk';
const SECRET = 'c2VjcmV0LXZhbHVlLXRoYXQtaXMtbG9uZy1lbm91Z2gtZm9y';
const TOKEN_URL = 'https://api.8x8.com/oauth/v2/token';
const basic = (key: string, secret: string) => `Basic ${btoa(`${key}:${secret}`)}`;

type Auth = 'oauth2' | 'legacy' | 'user-login' | 'api-key';
interface Expected {
  auth: Auth;
  method: string;
  /** The data call's URL in the default region. */
  url: string;
  /** Other regions: region id → URL. */
  regions?: Record<string, string>;
  headers: Record<string, string>;
  body?: Record<string, unknown>;
}

// Product spec §1, product by product.
const facts: Record<string, Expected> = {
  'cc-historical-analytics': {
    auth: 'oauth2',
    method: 'GET',
    url: 'https://api.8x8.com/analytics/cc/v8/historical-metrics/report-types',
    regions: {
      eu: 'https://api.8x8.com/eu/analytics/cc/v8/historical-metrics/report-types',
      au: 'https://api.8x8.com/au/analytics/cc/v8/historical-metrics/report-types',
      ca: 'https://api.8x8.com/ca/analytics/cc/v8/historical-metrics/report-types',
    },
    headers: {},
  },
  'cc-realtime-analytics': {
    auth: 'oauth2',
    method: 'GET',
    url: 'https://api.8x8.com/analytics/cc/v5/realtime-metrics/queues',
    headers: {},
  },
  'cloud-storage': {
    auth: 'oauth2',
    method: 'GET',
    url: 'https://api.8x8.com/storage/us-west/v3/objects',
    regions: {
      'us-east': 'https://api.8x8.com/storage/us-east/v3/objects',
      uk: 'https://api.8x8.com/storage/uk/v3/objects',
      ap: 'https://api.8x8.com/storage/ap/v3/objects',
      ca: 'https://api.8x8.com/storage/ca/v3/objects',
    },
    headers: {},
  },
  'cx-recent-calls': {
    auth: 'legacy',
    method: 'POST',
    url: 'https://api.8x8.com/customerexperience/v1/recentCallData/us',
    regions: { uk: 'https://api.8x8.com/customerexperience/v1/recentCallData/uk' },
    headers: { '8x8-apikey': KEY, token: '<token issued by 8x8 on request>' },
  },
  'cx-post-call-survey': {
    auth: 'legacy',
    method: 'POST',
    url: 'https://api.8x8.com/customerexperience/v1/postCallSurvey/us',
    regions: { uk: 'https://api.8x8.com/customerexperience/v1/postCallSurvey/uk' },
    headers: { '8x8-apikey': KEY, token: '<token issued by 8x8 on request>' },
  },
  'qm-speech-analytics': {
    auth: 'oauth2',
    method: 'GET',
    url: 'https://api.8x8.com/qm/<region>/v1/interactions',
    headers: { pbx: '<your PBX name>' },
  },
  'work-analytics': {
    auth: 'user-login',
    method: 'GET',
    url: 'https://api.8x8.com/analytics/work/v1/cdrs',
    headers: { '8x8-apikey': KEY },
  },
  'audit-records': {
    auth: 'api-key',
    method: 'GET',
    url: 'https://api.8x8.com/administration/audit/v1/audits?startTime=2025-01-01T00%3A00%3A00Z&endTime=2025-01-02T00%3A00%3A00Z&service=platform',
    headers: { 'x-api-key': KEY },
  },
  'contact-search': {
    auth: 'api-key',
    method: 'GET',
    url: 'https://api.8x8.com/directory-contacts/api/v3/contacts',
    headers: { 'x-api-key': KEY },
  },
  'contact-management': {
    auth: 'api-key',
    method: 'POST',
    url: 'https://api.8x8.com/directory-contacts/api/v3/contacts',
    headers: { 'x-api-key': KEY, 'content-type': 'application/json' },
    body: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada.lovelace@example.com' },
  },
};

interface Recorded {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string;
}

/** Runs a TypeScript snippet (plain JavaScript apart from its comments) with a recording fetch. */
async function runTypeScript(code: string): Promise<Recorded[]> {
  const calls: Recorded[] = [];
  const fakeFetch = async (url: string, init: RequestInit = {}) => {
    const request = new Request(url, init);
    calls.push({
      url,
      method: request.method,
      headers: Object.fromEntries(request.headers),
      body: await request.text(),
    });
    return new Response(JSON.stringify({ access_token: 'token-from-8x8', expires_in: 1800 }));
  };
  const silentConsole = { log: () => undefined };
  const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (
    ...args: string[]
  ) => (...values: unknown[]) => Promise<void>;
  await new AsyncFunction('fetch', 'console', code)(fakeFetch, silentConsole);
  return calls;
}

const product = (id: string): Product => {
  const found = productCatalog.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`No product ${id} in the catalog`);
  return found;
};

describe('the quickstart snippets, product by product (spec §1)', () => {
  it('cover every product of the catalog', () => {
    expect(productCatalog.map((entry) => entry.id).sort()).toEqual(Object.keys(facts).sort());
  });

  describe.each(Object.entries(facts))('%s', (id, expected) => {
    const input: SnippetInput = { product: product(id), key: KEY, secret: SECRET };

    it('TypeScript: really makes the token exchange and the data call §1 describes', async () => {
      const calls = await runTypeScript(generateSnippet('typescript', input));
      const dataCall = calls.at(-1);
      if (expected.auth === 'oauth2') {
        expect(calls).toHaveLength(2);
        expect(calls[0]).toMatchObject({
          url: TOKEN_URL,
          method: 'POST',
          headers: {
            authorization: basic(KEY, SECRET),
            'content-type': expect.stringMatching(/^application\/x-www-form-urlencoded/),
          },
          body: 'grant_type=client_credentials',
        });
        expect(dataCall?.headers.authorization).toBe('Bearer token-from-8x8');
      } else if (expected.auth === 'user-login') {
        expect(calls).toHaveLength(2);
        expect(calls[0]).toMatchObject({
          url: 'https://api.8x8.com/analytics/work/v1/oauth/token',
          method: 'POST',
          headers: { '8x8-apikey': KEY },
        });
        expect(new URLSearchParams(calls[0]?.body).get('username')).toBe('<8x8 username>');
        expect(new URLSearchParams(calls[0]?.body).get('password')).toBe('<8x8 password>');
        expect(dataCall?.headers.authorization).toBe('Bearer token-from-8x8');
      } else {
        expect(calls).toHaveLength(1);
        expect(dataCall?.headers.authorization).toBeUndefined();
      }
      expect(dataCall).toMatchObject({
        url: expected.url,
        method: expected.method,
        headers: expected.headers,
      });
      if (expected.body) expect(JSON.parse(dataCall?.body ?? '')).toEqual(expected.body);
      else expect(dataCall?.body).toBe('');
    });

    it('curl: the same URL, headers and body', () => {
      const code = generateSnippet('curl', input);
      expect(code).toContain(`curl -X ${expected.method} '${expected.url}'`);
      for (const [name, value] of Object.entries(expected.headers)) {
        expect(code).toContain(`-H '${name === 'content-type' ? 'Content-Type' : name}: ${value}'`);
      }
      if (expected.auth === 'oauth2') {
        expect(code).toContain(`curl -s -X POST '${TOKEN_URL}'`);
        // -u is curl's Authorization: Basic base64(Key:Secret).
        expect(code).toContain(`-u '${KEY}:${SECRET}'`);
        expect(code).toContain("-d 'grant_type=client_credentials'");
        expect(code).toContain('-H "Authorization: Bearer $TOKEN"');
      } else if (expected.auth === 'user-login') {
        expect(code).toContain(`-X POST 'https://api.8x8.com/analytics/work/v1/oauth/token'`);
        expect(code).toContain("--data-urlencode 'username=<8x8 username>'");
        expect(code).toContain("--data-urlencode 'password=<8x8 password>'");
        expect(code).toContain('-H "Authorization: Bearer $TOKEN"');
      } else {
        expect(code).not.toContain('Authorization');
      }
      if (expected.body) expect(code).toContain(`-d '${JSON.stringify(expected.body)}'`);
      if (expected.auth !== 'oauth2') expect(code).not.toContain(SECRET);
    });

    it('Python (requests): the same URL, headers and body', () => {
      const code = generateSnippet('python', input);
      expect(code).toContain('import requests');
      expect(code).toContain(
        `response = requests.${expected.method.toLowerCase()}(\n    "${expected.url}",`,
      );
      for (const [name, value] of Object.entries(expected.headers)) {
        if (name === 'content-type') continue; // requests sets it for json=
        expect(code).toContain(value === KEY ? `"${name}": key` : `"${name}": "${value}"`);
      }
      if (expected.auth === 'oauth2') {
        expect(code).toContain(`key = "${KEY}"\nsecret = "${SECRET}"`);
        expect(code).toContain(`requests.post(\n    "${TOKEN_URL}",\n    auth=(key, secret),`);
        expect(code).toContain('data={"grant_type": "client_credentials"}');
        expect(code).toContain('"Authorization": f"Bearer {access_token}"');
      } else if (expected.auth === 'user-login') {
        expect(code).toContain('"https://api.8x8.com/analytics/work/v1/oauth/token"');
        expect(code).toContain('headers={"8x8-apikey": key}');
        expect(code).toContain('data={"username": "<8x8 username>", "password": "<8x8 password>"}');
      } else {
        expect(code).not.toContain('Authorization');
      }
      if (expected.body) {
        expect(code).toContain(
          'json={"firstName": "Ada", "lastName": "Lovelace", "email": "ada.lovelace@example.com"}',
        );
      }
    });

    it('uses the regional base URL of each region', () => {
      for (const [regionId, url] of Object.entries(expected.regions ?? {})) {
        expect(exampleUrl(input.product, regionId)).toBe(url);
        expect(generateSnippet('curl', { ...input, regionId })).toContain(`'${url}'`);
      }
      expect(exampleUrl(input.product)).toBe(expected.url);
    });

    it('shows the Secret only when it is given, and a placeholder otherwise', async () => {
      const masked = { ...input, secret: null };
      for (const language of ['curl', 'typescript', 'python'] as const) {
        const code = generateSnippet(language, masked);
        expect(code).not.toContain(SECRET);
        expect(code).toContain(KEY);
        expect(code.includes(SECRET_PLACEHOLDER)).toBe(expected.auth === 'oauth2');
      }
      if (expected.auth === 'oauth2') {
        const calls = await runTypeScript(generateSnippet('typescript', masked));
        expect(calls[0]?.headers.authorization).toBe(basic(KEY, SECRET_PLACEHOLDER));
      }
    });

    it('describes the auth method in one sentence', () => {
      const sentence = describeAuth(input.product.auth);
      expect(sentence.match(/\.\s/g)).toBeNull();
      expect(sentence).toMatch(/\.$/);
      if (expected.auth === 'oauth2') expect(sentence).toContain(TOKEN_URL);
      else expect(sentence).toContain('the Secret is not used');
    });
  });
});

describe('Copy as .env', () => {
  it('gives EIGHTX8_KEY and EIGHTX8_SECRET lines', () => {
    expect(envFile(KEY, SECRET)).toBe(`EIGHTX8_KEY='${KEY}'\nEIGHTX8_SECRET='${SECRET}'\n`);
  });
});
