/**
 * The mock backend over plain HTTP, so a production build (which has no mock code) can be pointed
 * at it like at a real backend: `npm run mock-api` (PORT, default 4010). In memory; restarts fresh.
 * `MOCK_BACKEND=plain-8x8` makes it a backend that offers none of the features beyond 8x8.
 * MOCK_DATA_SET chooses the Apps: `seed` (default), `100k` (100,000 generated Apps) or `empty`.
 */
import { createServer, type IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { getResponse } from 'msw';
import { backendOptionsFromEnv } from './model/capabilities';
import { dataSetIds, isDataSetId } from './store/data-sets';
import { MockDb } from './store/db';
import { withMockServerExtras } from './faults';
import { createHandlers } from './handlers';

const port = Number(process.env.PORT ?? 4010);
const host = process.env.HOST ?? '127.0.0.1';
const dataSet = process.env.MOCK_DATA_SET ?? 'seed';
if (!isDataSetId(dataSet)) {
  console.error(`MOCK_DATA_SET must be one of ${dataSetIds.join(', ')}; got "${dataSet}".`);
  process.exit(1);
}
const db = new MockDb();
db.loadDataSet(dataSet);
// Builds the list indexes now, so that the first request is as fast as any other.
db.queryApps({ search: '', sort: 'createdAt', order: 'desc', page: 1, pageSize: 1 });
const handlers = createHandlers(db, backendOptionsFromEnv(process.env.MOCK_BACKEND));
// Off unless set: the conformance kit's tests plant faults and require a session (faults.ts).
const respond = withMockServerExtras(process.env, (request) => getResponse(handlers, request));

const corsHeaders = {
  'Access-Control-Allow-Origin': process.env.CORS_ORIGIN ?? '*',
  'Access-Control-Allow-Methods': 'GET, POST, PATCH, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key, If-Match, Authorization',
  // A cross-origin console must be able to read these (optimistic concurrency, rate limits).
  'Access-Control-Expose-Headers': 'ETag, Retry-After',
};

/**
 * The sign-in URL the production e2e runs give the console (SIGN_IN_URL, see src/server). The mock
 * has no accounts: its sessions never expire, so the page only says so.
 */
const SIGN_IN_PATH = '/api/sign-in';
const signInPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in</title></head>
<body><h1>Signed in</h1><p>The mock backend has no accounts; you are signed in. Close this tab to
return to the console.</p></body></html>`;

function toFetchRequest(incoming: IncomingMessage): Request {
  const url = new URL(incoming.url ?? '/', `http://${incoming.headers.host ?? `${host}:${port}`}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (Array.isArray(value)) value.forEach((item) => headers.append(name, item));
    else if (value !== undefined) headers.set(name, value);
  }
  const hasBody = incoming.method !== 'GET' && incoming.method !== 'HEAD';
  return new Request(url, {
    method: incoming.method,
    headers,
    body: hasBody ? (Readable.toWeb(incoming) as ReadableStream) : null,
    // Node's fetch needs this to stream a request body.
    ...(hasBody ? { duplex: 'half' } : {}),
  } as RequestInit);
}

const server = createServer(async (incoming, outgoing) => {
  if (incoming.method === 'OPTIONS') {
    outgoing.writeHead(204, corsHeaders).end();
    return;
  }
  if (incoming.url?.split('?')[0] === SIGN_IN_PATH) {
    outgoing.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(signInPage);
    return;
  }
  try {
    const response = await respond(toFetchRequest(incoming));
    if (!response || response.type === 'error') {
      const status = response ? 503 : 404;
      outgoing.writeHead(status, { ...corsHeaders, 'Content-Type': 'application/problem+json' });
      outgoing.end(
        JSON.stringify({
          type: 'about:blank',
          title: response ? 'Unavailable' : 'Not found',
          status,
        }),
      );
      return;
    }
    outgoing.writeHead(response.status, {
      ...Object.fromEntries(response.headers),
      ...corsHeaders,
    });
    outgoing.end(Buffer.from(await response.arrayBuffer()));
  } catch (error) {
    console.error(error);
    outgoing.writeHead(500, { ...corsHeaders, 'Content-Type': 'application/problem+json' });
    outgoing.end(
      JSON.stringify({ type: 'about:blank', title: 'Internal server error', status: 500 }),
    );
  }
});

server.listen(port, host, () => {
  console.log(`Mock API listening on http://${host}:${port}/api/v1`);
});
