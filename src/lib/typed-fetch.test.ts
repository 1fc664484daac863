import { describe, expect, it, vi } from 'vitest';
import { buildUrl, createTypedClient } from './typed-fetch';

interface TestPaths {
  '/apps/{appId}': {
    get: {
      parameters: { path: { appId: string }; header?: { 'If-None-Match'?: string } };
      responses: { 200: { content: { 'application/json': { id: string } } } };
    };
    patch: {
      parameters: { path: { appId: string }; header: { 'If-Match': string } };
      requestBody: { content: { 'application/json': { productIds: string[] } } };
      responses: { 200: { content: { 'application/json': { id: string } } } };
    };
    delete: {
      parameters: { path: { appId: string } };
      responses: { 204: { content?: never } };
    };
  };
}

function clientAnswering(response: Response) {
  const fetch = vi.fn<(request: Request) => Promise<Response>>().mockResolvedValue(response);
  const client = createTypedClient<TestPaths>({
    baseUrl: 'https://api.example/v1/',
    credentials: 'include',
    fetch,
  });
  const sent = () => fetch.mock.calls[0]![0];
  return { client, sent };
}

describe('buildUrl', () => {
  it('fills and encodes path parameters, and joins the base URL without a double slash', () => {
    expect(buildUrl('https://api.example/v1/', '/apps/{appId}', { path: { appId: 'a/1 b' } })).toBe(
      'https://api.example/v1/apps/a%2F1%20b',
    );
  });

  it('encodes query parameters and leaves out the ones without a value', () => {
    expect(
      buildUrl('/api', '/apps', {
        query: { search: 'a&b=c d', page: 2, sort: undefined, attention: null, all: false },
      }),
    ).toBe('/api/apps?search=a%26b%3Dc%20d&page=2&all=false');
    expect(buildUrl('/api', '/apps', { query: { search: undefined } })).toBe('/api/apps');
  });
});

describe('the typed client', () => {
  it('sends the method, header parameters, a JSON body and the credentials', async () => {
    const { client, sent } = clientAnswering(Response.json({ id: 'a-1' }));
    const result = await client.PATCH('/apps/{appId}', {
      params: { path: { appId: 'a-1' }, header: { 'If-Match': '"v3"' } },
      body: { productIds: ['voice'] },
    });
    expect(result.data).toEqual({ id: 'a-1' });
    const request = sent();
    expect(request.method).toBe('PATCH');
    expect(request.url).toBe('https://api.example/v1/apps/a-1');
    expect(request.headers.get('If-Match')).toBe('"v3"');
    expect(request.headers.get('Content-Type')).toBe('application/json');
    expect(request.credentials).toBe('include');
    expect(await request.json()).toEqual({ productIds: ['voice'] });
  });

  it('sends no Content-Type without a body, and passes the abort signal on', async () => {
    const { client, sent } = clientAnswering(Response.json({ id: 'a-1' }));
    const controller = new AbortController();
    await client.GET('/apps/{appId}', {
      params: { path: { appId: 'a-1' } },
      signal: controller.signal,
    });
    expect(sent().headers.get('Content-Type')).toBeNull();
    controller.abort();
    expect(sent().signal.aborted).toBe(true);
  });

  it('gives no data for 204 and keeps the raw response', async () => {
    const { client } = clientAnswering(new Response(null, { status: 204 }));
    const result = await client.DELETE('/apps/{appId}', { params: { path: { appId: 'a-1' } } });
    expect(result.data).toBeUndefined();
    expect(result.response.status).toBe(204);
  });

  it('gives an error answer as `error`: parsed JSON, or its text when it is not JSON', async () => {
    const problem = { title: 'Conflict', status: 412 };
    const json = clientAnswering(Response.json(problem, { status: 412 }));
    const jsonResult = await json.client.GET('/apps/{appId}', { params: { path: { appId: 'x' } } });
    expect(jsonResult.error).toEqual(problem);
    expect(jsonResult.data).toBeUndefined();

    const text = clientAnswering(new Response('Bad gateway', { status: 502 }));
    const textResult = await text.client.GET('/apps/{appId}', { params: { path: { appId: 'x' } } });
    expect(textResult.error).toBe('Bad gateway');
  });
});
