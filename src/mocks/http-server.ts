/**
 * The mock backend over plain HTTP, so a production build (which has no mock code) can be pointed
 * at it like at a real backend: `npm run mock-api` (PORT, default 4010). In memory; restarts fresh.
 * `MOCK_BACKEND=plain-8x8` makes it a backend that offers none of the features beyond 8x8.
 */
import { createServer, type IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { getResponse } from 'msw';
import { backendOptionsFromEnv } from './capabilities';
import { MockDb } from './db';
import { createHandlers } from './handlers';

const port = Number(process.env.PORT ?? 4010);
const host = process.env.HOST ?? '127.0.0.1';
const handlers = createHandlers(new MockDb(), backendOptionsFromEnv(process.env.MOCK_BACKEND));

const corsHeaders = {
  'Access-Control-Allow-Origin': process.env.CORS_ORIGIN ?? '*',
  'Access-Control-Allow-Methods': 'GET, POST, PATCH, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key, Authorization',
};

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
  try {
    const response = await getResponse(handlers, toFetchRequest(incoming));
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
