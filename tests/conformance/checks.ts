// The behavioural checks of the contract (src/api/openapi.yaml), in the order they run. Reads
// come first and touch nothing; every write works on an App the kit created for it.
import type { Exchange } from './client';
import {
  CheckSkipped,
  ensure,
  expectStatus,
  type App,
  type AppPage,
  type Check,
  type Context,
} from './kit';

type ProblemBody = {
  type?: string;
  title?: string;
  status?: number;
  errors?: Array<{ field: string; message: string }>;
  currentETag?: string;
};

const STRONG_ETAG = /^"[^"]+"$/;
/** The most list pages a check walks, so a backend with 100,000 Apps takes as long as one with 10. */
const MAX_PAGES = 25;

function page(exchange: Exchange): AppPage {
  expectStatus(exchange, 200);
  return exchange.body as AppPage;
}

function problem(exchange: Exchange, ...statuses: number[]): ProblemBody {
  expectStatus(exchange, ...statuses);
  const body = (exchange.body ?? {}) as ProblemBody;
  ensure(
    exchange.contentType === 'application/problem+json',
    `${exchange.status} is ${exchange.contentType || 'untyped'}, not application/problem+json`,
  );
  if (body.status !== undefined) {
    ensure(
      body.status === exchange.status,
      `problem.status ${body.status} ≠ HTTP ${exchange.status}`,
    );
  }
  return body;
}

function fieldErrorOn(body: ProblemBody, field: string): boolean {
  return (body.errors ?? []).some((error) => error.field === field);
}

function etagOf(exchange: Exchange, what: string): string {
  const etag = exchange.headers.get('ETag');
  ensure(etag !== null, `${what} has no ETag`);
  ensure(STRONG_ETAG.test(etag), `${what}'s ETag ${etag} is not a strong entity tag`);
  return etag;
}

/** Names in ascending order, under a case-insensitive collation or plain case-folded code points. */
function namesAscending(names: string[]): boolean {
  const collator = new Intl.Collator('en', { sensitivity: 'base' });
  const folded = (a: string, b: string) =>
    a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0;
  const ordered = (compare: (a: string, b: string) => number) =>
    names.every((name, index) => index === 0 || compare(names[index - 1]!, name) <= 0);
  return ordered(collator.compare) || ordered(folded);
}

const time = (value: string | null | undefined) => (value ? Date.parse(value) : -Infinity);

async function firstApp(context: Context): Promise<App> {
  const body = page(await context.request('GET', '/apps', { query: { pageSize: 1 } }));
  if (body.items.length === 0) {
    if (!context.options.allowWrites) throw new CheckSkipped('the backend has no App to read');
    return (await context.ownApp()).app;
  }
  return body.items[0]!;
}

/**
 * Walks a listing with a small page size and compares it with the same listing read in one large
 * page: no duplicate, no gap, the same order, the same total on every page.
 */
async function walkPages(context: Context, query: Record<string, string>): Promise<App[]> {
  const whole = page(await context.request('GET', '/apps', { query: { ...query, pageSize: 100 } }));
  const size = 7;
  const pages = Math.min(MAX_PAGES, Math.ceil(Math.min(whole.total, 100) / size));
  const walked: App[] = [];
  for (let number = 1; number <= pages; number += 1) {
    const body = page(
      await context.request('GET', '/apps', { query: { ...query, page: number, pageSize: size } }),
    );
    ensure(
      body.page === number && body.pageSize === size,
      `page ${number} says page ${body.page}, size ${body.pageSize}`,
    );
    ensure(
      body.total === whole.total,
      `total ${body.total} on page ${number}, ${whole.total} on one page`,
    );
    ensure(body.items.length <= size, `page ${number} holds ${body.items.length} > ${size} Apps`);
    walked.push(...body.items);
  }
  const ids = walked.map((app) => app.id);
  const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
  ensure(
    duplicate === undefined,
    `App ${duplicate} appears on two pages (${JSON.stringify(query)})`,
  );
  const expected = whole.items.map((app) => app.id).slice(0, walked.length);
  const gap = expected.find((id) => !ids.includes(id));
  ensure(gap === undefined, `App ${gap} is on no page of ${size} but in the page of 100 (a gap)`);
  ensure(
    ids.join() === expected.join(),
    `pages of ${size} are not in the order of one page of 100`,
  );
  if (whole.total <= 100) {
    ensure(
      whole.items.length === whole.total,
      `total says ${whole.total}, the pages hold ${whole.items.length}`,
    );
    const last = page(
      await context.request('GET', '/apps', {
        query: { ...query, page: pages + 1, pageSize: size },
      }),
    );
    ensure(
      last.items.length === 0,
      `page ${pages + 1}, past the last, holds ${last.items.length} Apps`,
    );
  }
  return whole.items;
}

/** The 8x8 core: session, catalog, list, details, errors. Read-only. */
const readChecks: Check[] = [
  {
    name: 'session/read',
    description: 'GET /session answers the signed-in user, role, permissions and capabilities.',
    run: async (context) => {
      const exchange = await context.request('GET', '/session');
      expectStatus(exchange, 200);
    },
  },
  {
    name: 'auth/401-without-session',
    description:
      'Every read answers 401 (problem with signInUrl) or a sign-in redirect when the --header values are left out.',
    needsSessionHeader: true,
    run: async (context) => {
      const app = await firstApp(context).catch(() => undefined);
      const reads: Array<[string, Record<string, string>?]> = [
        ['/session'],
        ['/products'],
        ['/apps'],
        ...(app
          ? ([['/apps/{appId}', { appId: app.id }]] as Array<[string, Record<string, string>]>)
          : []),
      ];
      if (context.capabilities.includes('attention-filters')) reads.push(['/attention-counts']);
      if (app && context.capabilities.includes('usage'))
        reads.push(['/apps/{appId}/usage', { appId: app.id }]);
      if (app && context.capabilities.includes('activity')) {
        reads.push(['/apps/{appId}/activity', { appId: app.id }]);
      }
      for (const [template, params] of reads) {
        const exchange = await context.request('GET', template, { params, withSession: false });
        if (exchange.status >= 300 && exchange.status < 400) {
          ensure(exchange.headers.get('Location'), `GET ${template} redirects without a Location`);
          // The contract's alternative to 401: a redirect to the sign-in page.
          exchange.contractErrors.length = 0;
          continue;
        }
        const body = problem(exchange, 401);
        if ('signInUrl' in body)
          ensure(
            typeof (body as { signInUrl: unknown }).signInUrl === 'string',
            'signInUrl is not a string',
          );
      }
    },
  },
  {
    name: 'products/catalog',
    description: 'GET /products: the catalog, each product once, with its auth facts.',
    run: async (context) => {
      const exchange = await context.request('GET', '/products');
      expectStatus(exchange, 200);
      const items = (exchange.body as { items?: typeof context.products }).items ?? [];
      // Kept before the assertions: the writes still get products from a flawed catalog, so
      // one fault in it fails this check, not every check after it.
      context.products = items;
      ensure(items.length > 0, 'the catalog is empty');
      const ids = items.map((product) => product.id);
      ensure(new Set(ids).size === ids.length, 'a product id appears twice');
    },
  },
  {
    name: 'apps/list-defaults',
    description: 'GET /apps without parameters: page 1 of 10, newest first.',
    run: async (context) => {
      const body = page(await context.request('GET', '/apps'));
      ensure(
        body.page === 1 && body.pageSize === 10,
        `defaults are page ${body.page}, size ${body.pageSize}`,
      );
      ensure(
        body.items.length === Math.min(10, body.total),
        `${body.items.length} items for total ${body.total}`,
      );
      const times = body.items.map((app) => Date.parse(app.createdAt));
      ensure(
        times.every((t, i) => i === 0 || times[i - 1]! >= t),
        'the default order is not createdAt desc',
      );
    },
  },
  {
    name: 'apps/paging',
    description:
      'Pages of 7 hold exactly the Apps of one page of 100, in its order: no duplicates, no gaps, the same total everywhere.',
    run: async (context) => {
      await walkPages(context, { sort: 'createdAt', order: 'desc' });
      await walkPages(context, { sort: 'name', order: 'asc' });
    },
  },
  {
    name: 'apps/stable-order',
    description: 'The same query twice gives the same order, ties (equal createdAt) included.',
    run: async (context) => {
      for (const order of ['asc', 'desc']) {
        const query = { sort: 'createdAt', order, pageSize: 100 };
        const a = page(await context.request('GET', '/apps', { query }));
        const b = page(await context.request('GET', '/apps', { query }));
        ensure(
          a.items.map((x) => x.id).join() === b.items.map((x) => x.id).join(),
          `createdAt ${order} changes between two reads`,
        );
      }
    },
  },
  {
    name: 'apps/sort',
    description: 'sort=name and sort=createdAt, asc and desc, order as documented.',
    run: async (context) => {
      const byName = page(
        await context.request('GET', '/apps', {
          query: { sort: 'name', order: 'asc', pageSize: 100 },
        }),
      );
      ensure(
        namesAscending(byName.items.map((app) => app.name)),
        'sort=name&order=asc is not ascending by name',
      );
      const byNameDesc = page(
        await context.request('GET', '/apps', {
          query: { sort: 'name', order: 'desc', pageSize: 100 },
        }),
      );
      ensure(
        namesAscending(byNameDesc.items.map((app) => app.name).reverse()),
        'sort=name&order=desc is not descending',
      );
      const asc = page(
        await context.request('GET', '/apps', {
          query: { sort: 'createdAt', order: 'asc', pageSize: 100 },
        }),
      );
      const times = asc.items.map((app) => Date.parse(app.createdAt));
      ensure(
        times.every((t, i) => i === 0 || times[i - 1]! <= t),
        'sort=createdAt&order=asc is not oldest first',
      );
    },
  },
  {
    name: 'apps/search',
    description:
      'search is a case-insensitive substring of the name; the total counts the matches.',
    run: async (context) => {
      const app = await firstApp(context);
      const needle = app.name.length > 4 ? app.name.slice(1, 4) : app.name;
      const flipped = needle === needle.toUpperCase() ? needle.toLowerCase() : needle.toUpperCase();
      const body = page(
        await context.request('GET', '/apps', { query: { search: flipped, pageSize: 100 } }),
      );
      ensure(
        body.items.some((item) => item.id === app.id) || body.total > 100,
        `search "${flipped}" misses ${app.name}`,
      );
      const stray = body.items.find(
        (item) => !item.name.toLowerCase().includes(needle.toLowerCase()),
      );
      ensure(!stray, `search "${flipped}" returns ${stray?.name}, which does not contain it`);
      if (body.total <= 100)
        ensure(
          body.items.length === body.total,
          `total ${body.total} ≠ ${body.items.length} matches`,
        );
      const none = page(
        await context.request('GET', '/apps', { query: { search: `${context.runId}-none` } }),
      );
      ensure(none.total === 0 && none.items.length === 0, 'a search matching nothing finds Apps');
    },
  },
  {
    name: 'apps/list-422',
    description: 'Out-of-range or unknown list parameters are 422 naming the parameter.',
    run: async (context) => {
      const cases: Array<[Record<string, string | number>, string]> = [
        [{ pageSize: 0 }, 'pageSize'],
        [{ pageSize: 101 }, 'pageSize'],
        [{ page: 0 }, 'page'],
        [{ sort: 'colour' }, 'sort'],
        [{ order: 'sideways' }, 'order'],
        [{ search: 'x'.repeat(65) }, 'search'],
      ];
      for (const [query, field] of cases) {
        const body = problem(await context.request('GET', '/apps', { query }), 422);
        ensure(
          !body.errors || fieldErrorOn(body, field),
          `${JSON.stringify(query)}: errors do not name ${field}`,
        );
      }
    },
  },
  {
    name: 'apps/get',
    description:
      'GET /apps/{appId}: the App as listed, with a strong ETag; no Key or Secret in it.',
    run: async (context) => {
      const app = await firstApp(context);
      const exchange = await context.request('GET', '/apps/{appId}', { params: { appId: app.id } });
      expectStatus(exchange, 200);
      etagOf(exchange, 'GET /apps/{appId}');
      const got = exchange.body as App & Record<string, unknown>;
      ensure(got.id === app.id && got.name === app.name, 'the App differs from the listed one');
      ensure(!('key' in got) && !('secret' in got), 'the App carries its credentials');
    },
  },
  {
    name: 'errors/404-problem',
    description: 'An unknown App is 404 application/problem+json whose status is 404.',
    run: async (context) => {
      const exchange = await context.request('GET', '/apps/{appId}', {
        params: { appId: `${context.runId}-missing` },
      });
      problem(exchange, 404);
    },
  },
  {
    name: 'capabilities/absent-are-404',
    description: 'Operations of capabilities the backend does not advertise answer 404.',
    run: async (context) => {
      const app = await firstApp(context);
      const probes: Array<[string, string, string]> = [
        ['usage', '/apps/{appId}/usage', 'GET'],
        ['activity', '/apps/{appId}/activity', 'GET'],
        ['attention-filters', '/attention-counts', 'GET'],
      ];
      const absent = probes.filter(
        ([capability]) => !context.capabilities.includes(capability as never),
      );
      if (absent.length === 0)
        throw new CheckSkipped('every capability with operations of its own is advertised');
      for (const [, template, method] of absent) {
        const exchange = await context.request(method, template, { params: { appId: app.id } });
        problem(exchange, 404);
      }
    },
  },
];

/** Creation, idempotency, ETags, limits: each on an App the kit creates. */
const writeChecks: Check[] = [
  {
    name: 'apps/create',
    description: 'POST /apps: 201 with the App and a strong ETag; GET and the list then show it.',
    writes: true,
    run: async (context) => {
      const name = context.nextName();
      const productId = context.grantableProducts()[0]!.id;
      const exchange = await context.create({ name, productIds: [productId] });
      expectStatus(exchange, 201);
      const app = exchange.body as App;
      etagOf(exchange, 'POST /apps');
      ensure(
        app.name === name && app.productIds.join() === productId,
        'the App is not what was asked for',
      );
      const got = await context.request('GET', '/apps/{appId}', { params: { appId: app.id } });
      expectStatus(got, 200);
      const listed = await context.findByName(name);
      ensure(
        listed.length === 1 && listed[0]!.id === app.id,
        `the list shows ${listed.length} Apps named ${name}`,
      );
    },
  },
  {
    name: 'apps/reveal',
    description: 'POST …/credentials/reveal: an eght_ Key and a Secret, Cache-Control: no-store.',
    writes: true,
    run: async (context) => {
      const { app } = await context.ownApp();
      const exchange = await context.request('POST', '/apps/{appId}/credentials/reveal', {
        params: { appId: app.id },
      });
      expectStatus(exchange, 200);
      ensure(
        /no-store/.test(exchange.headers.get('Cache-Control') ?? ''),
        'reveal is not Cache-Control: no-store',
      );
      const credentials = exchange.body as { key: string; secret: string };
      ensure(credentials.key.startsWith('eght_'), 'the Key does not start with eght_');
    },
  },
  {
    name: 'idempotency/replay',
    description:
      'The same POST /apps with the same Idempotency-Key returns the same App and Key and creates no second App.',
    writes: true,
    run: async (context) => {
      const key = context.idempotencyKey();
      const body = { name: context.nextName(), productIds: [context.grantableProducts()[0]!.id] };
      const first = await context.create(body, { 'Idempotency-Key': key });
      expectStatus(first, 201);
      const second = await context.create(body, { 'Idempotency-Key': key });
      expectStatus(second, 201, 200);
      const a = first.body as App;
      const b = second.body as App;
      ensure(a.id === b.id, 'the replay created another App');
      const reveal = async (id: string) =>
        (
          (
            await context.request('POST', '/apps/{appId}/credentials/reveal', {
              params: { appId: id },
            })
          ).body as { key?: string }
        )?.key;
      ensure((await reveal(a.id)) === (await reveal(b.id)), 'the replay has another Key');
      const listed = await context.findByName(body.name);
      ensure(listed.length === 1, `${listed.length} Apps named ${body.name} after a replay`);
    },
  },
  {
    name: 'idempotency/reuse-other-body',
    description:
      'An Idempotency-Key reused with another body is refused (422) and creates nothing.',
    writes: true,
    run: async (context) => {
      const key = context.idempotencyKey();
      const productId = context.grantableProducts()[0]!.id;
      expectStatus(
        await context.create(
          { name: context.nextName(), productIds: [productId] },
          { 'Idempotency-Key': key },
        ),
        201,
      );
      const other = context.nextName();
      const reuse = await context.create(
        { name: other, productIds: [productId] },
        { 'Idempotency-Key': key },
      );
      problem(reuse, 422, 409);
      ensure(
        (await context.findByName(other)).length === 0,
        'the reused key created an App anyway',
      );
    },
  },
  {
    name: 'idempotency/key-required',
    description: 'POST /apps without an Idempotency-Key is refused (4xx) and creates nothing.',
    writes: true,
    run: async (context) => {
      const name = context.nextName();
      const exchange = await context.request('POST', '/apps', {
        json: { name, productIds: [context.grantableProducts()[0]!.id] },
      });
      problem(exchange, 400, 422, 428);
      ensure(
        (await context.findByName(name)).length === 0,
        'created an App without an Idempotency-Key',
      );
    },
  },
  {
    name: 'etag/read-write',
    description: 'A PATCH returns a new ETag; GET then returns that one; a PATCH with it succeeds.',
    writes: true,
    run: async (context) => {
      const { app, etag } = await context.ownApp();
      ensure(etag !== null && STRONG_ETAG.test(etag), 'POST /apps has no strong ETag');
      const [, second] = context.grantableProducts();
      const patched = await context.request('PATCH', '/apps/{appId}', {
        params: { appId: app.id },
        headers: { 'If-Match': etag },
        json: { productIds: [second!.id] },
      });
      expectStatus(patched, 200);
      const newEtag = etagOf(patched, 'PATCH /apps/{appId}');
      ensure(newEtag !== etag, 'the ETag did not change with the App');
      ensure(
        (patched.body as App).productIds.join() === second!.id,
        'PATCH did not replace the products',
      );
      const got = await context.request('GET', '/apps/{appId}', { params: { appId: app.id } });
      ensure(etagOf(got, 'GET /apps/{appId}') === newEtag, 'GET gives another ETag than the PATCH');
    },
  },
  {
    name: 'etag/if-match-required',
    description: 'PATCH without If-Match is 428 and changes nothing.',
    writes: true,
    run: async (context) => {
      const { app, etag } = await context.ownApp();
      const [, second] = context.grantableProducts();
      const exchange = await context.request('PATCH', '/apps/{appId}', {
        params: { appId: app.id },
        json: { productIds: [second!.id] },
      });
      problem(exchange, 428);
      const got = await context.request('GET', '/apps/{appId}', { params: { appId: app.id } });
      ensure(
        (got.body as App).productIds.join() === app.productIds.join(),
        'the PATCH without If-Match changed the App',
      );
      ensure(
        got.headers.get('ETag') === etag,
        'the ETag moved although nothing should have changed',
      );
    },
  },
  {
    name: 'etag/stale-if-match',
    description:
      'PATCH and DELETE with an older ETag are 412 (with currentETag) and change nothing.',
    writes: true,
    run: async (context) => {
      const { app, etag } = await context.ownApp();
      const [first, second] = context.grantableProducts();
      const fresh = await context.request('PATCH', '/apps/{appId}', {
        params: { appId: app.id },
        headers: { 'If-Match': etag ?? '*' },
        json: { productIds: [second!.id] },
      });
      expectStatus(fresh, 200);
      const current = fresh.headers.get('ETag');
      const stale = await context.request('PATCH', '/apps/{appId}', {
        params: { appId: app.id },
        headers: { 'If-Match': etag ?? '"stale"' },
        json: { productIds: [first!.id] },
      });
      const body = problem(stale, 412);
      if (body.currentETag !== undefined)
        ensure(body.currentETag === current, 'currentETag is not the App’s ETag');
      const del = await context.request('DELETE', '/apps/{appId}', {
        params: { appId: app.id },
        headers: { 'If-Match': etag ?? '"stale"' },
      });
      problem(del, 412);
      const got = await context.request('GET', '/apps/{appId}', { params: { appId: app.id } });
      expectStatus(got, 200);
      ensure((got.body as App).productIds.join() === second!.id, 'the stale PATCH changed the App');
    },
  },
  {
    name: 'apps/delete',
    description: 'DELETE: 204 without a body; then GET and DELETE are 404.',
    writes: true,
    run: async (context) => {
      const { app, etag } = await context.ownApp();
      const del = await context.request('DELETE', '/apps/{appId}', {
        params: { appId: app.id },
        headers: etag ? { 'If-Match': etag } : {},
      });
      expectStatus(del, 204);
      ensure(del.text === '', 'the 204 has a body');
      context.created.delete(app.id);
      problem(await context.request('GET', '/apps/{appId}', { params: { appId: app.id } }), 404);
      problem(await context.request('DELETE', '/apps/{appId}', { params: { appId: app.id } }), 404);
    },
  },
  {
    name: 'apps/duplicate-name',
    description: 'A name already used, in other case, is 409 and creates nothing.',
    writes: true,
    run: async (context) => {
      const { app } = await context.ownApp();
      const exchange = await context.create({
        name: app.name.toUpperCase(),
        productIds: app.productIds,
      });
      problem(exchange, 409);
    },
  },
  {
    name: 'limits/413',
    description: 'A body over 16 KiB is 413 and creates nothing.',
    writes: true,
    run: async (context) => {
      const name = context.nextName();
      const raw = JSON.stringify({
        name,
        productIds: [context.grantableProducts()[0]!.id],
        padding: 'x'.repeat(17 * 1024),
      });
      const exchange = await context.request('POST', '/apps', {
        raw,
        headers: { 'Idempotency-Key': context.idempotencyKey() },
      });
      problem(exchange, 413);
      ensure((await context.findByName(name)).length === 0, 'the oversized body created an App');
    },
  },
  {
    name: 'limits/415',
    description: 'A body that is not application/json is 415 and creates nothing.',
    writes: true,
    run: async (context) => {
      const name = context.nextName();
      const exchange = await context.request('POST', '/apps', {
        raw: `name=${name}`,
        contentType: 'application/x-www-form-urlencoded',
        headers: { 'Idempotency-Key': context.idempotencyKey() },
      });
      problem(exchange, 415);
      ensure((await context.findByName(name)).length === 0, 'the form body created an App');
    },
  },
  {
    name: 'limits/422-unknown-field',
    description:
      'Unknown or invalid properties are 422 with one error per field, on create and on PATCH.',
    writes: true,
    run: async (context) => {
      const name = context.nextName();
      const productId = context.grantableProducts()[0]!.id;
      const unknown = problem(
        await context.create({ name, productIds: [productId], colour: 'blue' }),
        422,
      );
      ensure(fieldErrorOn(unknown, 'colour'), 'the 422 does not name the unknown property colour');
      const spaced = problem(
        await context.create({ name: `${name} x`, productIds: [productId] }),
        422,
      );
      ensure(fieldErrorOn(spaced, 'name'), 'a name with a space is not refused on name');
      const { app, etag } = await context.ownApp();
      const patch = await context.request('PATCH', '/apps/{appId}', {
        params: { appId: app.id },
        headers: { 'If-Match': etag ?? '*' },
        json: { productIds: [productId], name: 'renamed' },
      });
      ensure(
        fieldErrorOn(problem(patch, 422), 'name'),
        'PATCH with name (not updatable) is not refused on name',
      );
      ensure((await context.findByName(name)).length <= 1, 'an invalid create made an App');
    },
  },
  {
    name: 'limits/405',
    description: 'A method a path does not define is 405 with an Allow header.',
    writes: true,
    run: async (context) => {
      const { app } = await context.ownApp();
      const exchange = await context.request('PUT', '/apps/{appId}', {
        params: { appId: app.id },
        json: { productIds: app.productIds },
      });
      problem(exchange, 405);
      const allow = (exchange.headers.get('Allow') ?? '').toUpperCase();
      ensure(allow.includes('GET') && allow.includes('PATCH'), `Allow is "${allow}"`);
    },
  },
  {
    name: 'auth/401-write',
    description: 'POST /apps without the session is 401 and creates nothing.',
    writes: true,
    needsSessionHeader: true,
    run: async (context) => {
      const name = context.nextName();
      const exchange = await context.request('POST', '/apps', {
        withSession: false,
        json: { name, productIds: [context.grantableProducts()[0]!.id] },
        headers: { 'Idempotency-Key': context.idempotencyKey() },
      });
      if (exchange.status >= 300 && exchange.status < 400) exchange.contractErrors.length = 0;
      else problem(exchange, 401);
      ensure(
        (await context.findByName(name)).length === 0,
        'a create without the session made an App',
      );
    },
  },
];

/** One check per operation of each capability; skipped when the backend does not advertise it. */
const capabilityChecks: Check[] = [
  {
    name: 'rotation/regenerate-with-grace',
    description:
      'Regenerate with 24h grace: a new Secret, the same Key, the previous Secret revealed beside it; a replayed Idempotency-Key regenerates nothing.',
    capabilities: ['rotation'],
    writes: true,
    run: async (context) => {
      const { app } = await context.ownApp();
      const reveal = async () =>
        (
          await context.request('POST', '/apps/{appId}/credentials/reveal', {
            params: { appId: app.id },
          })
        ).body as {
          key: string;
          secret: string;
          previousSecret?: string;
        };
      const before = await reveal();
      const key = context.idempotencyKey();
      const regenerate = () =>
        context.request('POST', '/apps/{appId}/secret/regenerate', {
          params: { appId: app.id },
          headers: { 'Idempotency-Key': key },
          json: { gracePeriod: '24h' },
        });
      const exchange = await regenerate();
      expectStatus(exchange, 200);
      const regenerated = exchange.body as App;
      ensure(
        regenerated.previousSecret?.gracePeriod === '24h',
        'previousSecret.gracePeriod is not 24h',
      );
      const stops = time(regenerated.previousSecret?.stopsAt) - Date.now();
      ensure(
        stops > 23 * 3600e3 && stops < 25 * 3600e3,
        'previousSecret.stopsAt is not 24 h ahead',
      );
      const after = await reveal();
      ensure(after.secret !== before.secret, 'the Secret did not change');
      ensure(
        after.previousSecret === before.secret,
        'reveal does not give the previous Secret in its grace',
      );
      ensure(after.key === before.key, 'regenerating the Secret changed the Key');
      expectStatus(await regenerate(), 200);
      ensure(
        (await reveal()).secret === after.secret,
        'a replayed Idempotency-Key regenerated again',
      );
    },
  },
  {
    name: 'rotation/revoke-previous',
    description: 'DELETE …/secret/previous ends the grace: previousSecret null, then 404.',
    capabilities: ['rotation'],
    writes: true,
    run: async (context) => {
      const { app } = await context.ownApp();
      expectStatus(
        await context.request('POST', '/apps/{appId}/secret/regenerate', {
          params: { appId: app.id },
          headers: { 'Idempotency-Key': context.idempotencyKey() },
          json: { gracePeriod: '1h' },
        }),
        200,
      );
      const revoked = await context.request('DELETE', '/apps/{appId}/secret/previous', {
        params: { appId: app.id },
      });
      expectStatus(revoked, 200);
      ensure((revoked.body as App).previousSecret === null, 'previousSecret is still there');
      const revealed = (
        await context.request('POST', '/apps/{appId}/credentials/reveal', {
          params: { appId: app.id },
        })
      ).body as Record<string, unknown>;
      ensure(!('previousSecret' in revealed), 'reveal still gives a previous Secret');
      problem(
        await context.request('DELETE', '/apps/{appId}/secret/previous', {
          params: { appId: app.id },
        }),
        404,
      );
      const none = await context.request('POST', '/apps/{appId}/secret/regenerate', {
        params: { appId: app.id },
        headers: { 'Idempotency-Key': context.idempotencyKey() },
        json: { gracePeriod: 'none' },
      });
      expectStatus(none, 200);
      ensure(
        (none.body as App).previousSecret === null,
        'gracePeriod none keeps a previous Secret',
      );
    },
  },
  {
    name: 'expiry/set-change-clear',
    description:
      'expiresAt set at creation, a past one refused (422 on expiresAt), cleared by PATCH with null.',
    capabilities: ['expiry'],
    writes: true,
    run: async (context) => {
      const in60Days = new Date(Date.now() + 60 * 864e5).toISOString();
      const { app, etag } = await context.ownApp({ expiresAt: in60Days });
      ensure(time(app.expiresAt) === Date.parse(in60Days), 'expiresAt is not the one asked for');
      const past = await context.request('PATCH', '/apps/{appId}', {
        params: { appId: app.id },
        headers: { 'If-Match': etag ?? '*' },
        json: { expiresAt: new Date(Date.now() - 864e5).toISOString() },
      });
      ensure(
        fieldErrorOn(problem(past, 422), 'expiresAt'),
        'a past expiry is not refused on expiresAt',
      );
      const cleared = await context.request('PATCH', '/apps/{appId}', {
        params: { appId: app.id },
        headers: { 'If-Match': etag ?? '*' },
        json: { expiresAt: null },
      });
      expectStatus(cleared, 200);
      ensure((cleared.body as App).expiresAt === null, 'expiresAt null does not clear the expiry');
    },
  },
  {
    name: 'usage/per-product',
    description: 'GET …/usage: one entry per product of the App; the list carries lastUsedAt.',
    capabilities: ['usage'],
    run: async (context) => {
      const app = await firstApp(context);
      ensure('lastUsedAt' in app, 'the listed App has no lastUsedAt');
      const exchange = await context.request('GET', '/apps/{appId}/usage', {
        params: { appId: app.id },
      });
      expectStatus(exchange, 200);
      const items = (exchange.body as { items: Array<{ productId: string }> }).items;
      ensure(
        items
          .map((item) => item.productId)
          .sort()
          .join() === [...app.productIds].sort().join(),
        'usage does not list exactly the App’s products',
      );
    },
  },
  {
    name: 'usage/sort-last-used',
    description: 'sort=lastUsedAt: most recent first in desc, never-used Apps as the oldest.',
    capabilities: ['usage'],
    run: async (context) => {
      const body = page(
        await context.request('GET', '/apps', {
          query: { sort: 'lastUsedAt', order: 'desc', pageSize: 100 },
        }),
      );
      const times = body.items.map((app) => time(app.lastUsedAt));
      ensure(
        times.every((t, i) => i === 0 || times[i - 1]! >= t),
        'sort=lastUsedAt&order=desc is not most recent first (never used last)',
      );
    },
  },
  {
    name: 'activity/feed',
    description:
      'GET …/activity: newest first, paged by cursor without repeats; a limit over 50 is 422.',
    capabilities: ['activity'],
    run: async (context) => {
      const app = await firstApp(context);
      const seen: string[] = [];
      let cursor: string | undefined;
      let last = Infinity;
      for (let pageNumber = 0; pageNumber < MAX_PAGES; pageNumber += 1) {
        const exchange = await context.request('GET', '/apps/{appId}/activity', {
          params: { appId: app.id },
          query: { limit: 3, cursor },
        });
        expectStatus(exchange, 200);
        const body = exchange.body as {
          items: Array<{ id: string; at: string }>;
          nextCursor: string | null;
        };
        for (const event of body.items) {
          ensure(!seen.includes(event.id), `event ${event.id} on two pages`);
          ensure(Date.parse(event.at) <= last, 'events are not newest first');
          last = Date.parse(event.at);
          seen.push(event.id);
        }
        if (body.nextCursor === null) break;
        cursor = body.nextCursor;
      }
      problem(
        await context.request('GET', '/apps/{appId}/activity', {
          params: { appId: app.id },
          query: { limit: 51 },
        }),
        422,
      );
    },
  },
  {
    name: 'activity/records-own-app',
    description:
      'An App of the kit’s own: created and revealed are recorded, a copy report is 201, no event holds the Key or Secret.',
    capabilities: ['activity'],
    writes: true,
    run: async (context) => {
      const { app } = await context.ownApp();
      const credentials = (
        await context.request('POST', '/apps/{appId}/credentials/reveal', {
          params: { appId: app.id },
        })
      ).body as { key: string; secret: string };
      const report = await context.request('POST', '/apps/{appId}/activity', {
        params: { appId: app.id },
        json: { type: 'credential-copied', credential: 'key' },
      });
      expectStatus(report, 201);
      const feed = await context.request('GET', '/apps/{appId}/activity', {
        params: { appId: app.id },
        query: { limit: 50 },
      });
      expectStatus(feed, 200);
      const types = (feed.body as { items: Array<{ type: string }> }).items.map(
        (event) => event.type,
      );
      ensure(types[0] === 'credential-copied', 'the copy report is not the newest event');
      ensure(
        types.includes('credentials-revealed') && types.at(-1) === 'created',
        `events are ${types.join(', ')}`,
      );
      ensure(
        !feed.text.includes(credentials.key) && !feed.text.includes(credentials.secret),
        'an event holds a credential value',
      );
      const refused = await context.request('POST', '/apps/{appId}/activity', {
        params: { appId: app.id },
        json: { type: 'credential-copied', credential: 'key', value: 'x' },
      });
      problem(refused, 422);
    },
  },
  {
    name: 'attention/counts-match-lists',
    description:
      'Each attention count equals the total of GET /apps with that filter, with and without a search.',
    capabilities: ['attention-filters'],
    run: async (context) => {
      for (const search of [undefined, 'a']) {
        const counts = await context.request('GET', '/attention-counts', { query: { search } });
        expectStatus(counts, 200);
        for (const [filter, count] of Object.entries(counts.body as Record<string, number>)) {
          const body = page(
            await context.request('GET', '/apps', {
              query: { attention: filter, search, pageSize: 100 },
            }),
          );
          ensure(
            body.total === count,
            `attention=${filter}${search ? `&search=${search}` : ''} lists ${body.total}, counted ${count}`,
          );
        }
      }
      problem(await context.request('GET', '/apps', { query: { attention: 'sleepy' } }), 422);
    },
  },
  {
    name: 'credential-test/report',
    description: 'POST …/credentials/test: one result per product of the App, in catalog order.',
    capabilities: ['credential-test'],
    writes: true,
    run: async (context) => {
      const products = context
        .grantableProducts()
        .slice(0, 2)
        .map((product) => product.id);
      const { app } = await context.ownApp({ productIds: [...products].reverse() });
      const exchange = await context.request('POST', '/apps/{appId}/credentials/test', {
        params: { appId: app.id },
      });
      expectStatus(exchange, 200);
      const results = (exchange.body as { results: Array<{ productId: string }> }).results.map(
        (r) => r.productId,
      );
      const catalogOrder = context.products.map((p) => p.id).filter((id) => products.includes(id));
      ensure(
        results.join() === catalogOrder.join(),
        `results are ${results.join()}, not ${catalogOrder.join()}`,
      );
    },
  },
  {
    name: 'credential-test/retry-after',
    description: 'Testing one App again and again is eventually 429 with Retry-After in seconds.',
    capabilities: ['credential-test'],
    writes: true,
    run: async (context) => {
      const { app } = await context.ownApp();
      // Bounded: a backend whose limit is above this many tests a minute is not checked.
      for (let attempt = 0; attempt < 10; attempt += 1) {
        const exchange = await context.request('POST', '/apps/{appId}/credentials/test', {
          params: { appId: app.id },
        });
        if (exchange.status === 429) {
          problem(exchange, 429);
          ensure(
            /^\d+$/.test(exchange.headers.get('Retry-After') ?? ''),
            'the 429 has no Retry-After in seconds',
          );
          return;
        }
        expectStatus(exchange, 200);
      }
      throw new CheckSkipped('no 429 within 10 tests of one App');
    },
  },
  {
    name: 'quickstart/catalog-auth-facts',
    description:
      'Quickstart has no operation of its own: every product carries its auth method and base URL.',
    capabilities: ['quickstart'],
    run: async (context) => {
      const exchange = await context.request('GET', '/products');
      expectStatus(exchange, 200);
      const items = (exchange.body as { items: typeof context.products }).items;
      ensure(
        items.every((product) => product.auth && product.baseUrl),
        'a product lacks its auth facts',
      );
    },
  },
];

/** After everything: the Retry-After of every 429/503 seen, and nothing of the run left behind. */
export const finalChecks: Check[] = [
  {
    name: 'headers/retry-after',
    description: 'Every 429 and 503 the run met carried Retry-After.',
    run: async (context) => {
      const limited = context.client.exchanges.filter((e) => e.status === 429 || e.status === 503);
      if (limited.length === 0) throw new CheckSkipped('no 429 or 503 happened during the run');
      const bare = limited.find((e) => !e.headers.get('Retry-After'));
      ensure(!bare, `${bare?.method} ${bare?.template} → ${bare?.status} without Retry-After`);
    },
  },
];

export const allChecks: Check[] = [...readChecks, ...writeChecks, ...capabilityChecks];
