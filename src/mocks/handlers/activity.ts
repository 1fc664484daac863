import { http, HttpResponse } from 'msw';
import type { MockBackendOptions } from '../model/capabilities';
import type { MockDb } from '../store/db';
import { requireApplicationCredentials } from './permissions';
import { notOffered, problem, validationProblem } from './problem';
import { actor } from './session';

const notFound = () => problem(404, 'This App does not exist. It may have been deleted.');
const CREDENTIALS = ['key', 'secret', 'previous-secret'];

/** An App's activity feed, newest first and paged, and the copies the console reports. */
export function activityHandlers(db: MockDb, { capabilities }: MockBackendOptions) {
  const offered = capabilities.includes('activity');
  return [
    http.get('*/api/v1/apps/:appId/activity', ({ params, request }) => {
      if (!offered) return notOffered();
      const denied = requireApplicationCredentials(db);
      if (denied) return denied;
      const app = db.findApp(String(params.appId));
      if (!app) return notFound();
      const query = new URL(request.url).searchParams;
      const cursor = query.get('cursor') ?? '0';
      const limit = query.get('limit') ?? '10';
      // The cursor is an offset into the newest-first list; opaque to the client.
      if (!/^\d{1,6}$/.test(cursor)) {
        return validationProblem([{ field: 'cursor', message: 'Unknown cursor.' }]);
      }
      if (!/^\d+$/.test(limit) || Number(limit) < 1 || Number(limit) > 50) {
        return validationProblem([{ field: 'limit', message: 'Limit is from 1 to 50.' }]);
      }
      const newestFirst = [...db.activityOf(app.id)].reverse();
      const start = Number(cursor);
      const end = start + Number(limit);
      return HttpResponse.json({
        items: newestFirst.slice(start, end),
        nextCursor: end < newestFirst.length ? String(end) : null,
      });
    }),

    http.post('*/api/v1/apps/:appId/activity', async ({ params, request }) => {
      if (!offered) return notOffered();
      const denied = requireApplicationCredentials(db);
      if (denied) return denied;
      const app = db.findApp(String(params.appId));
      if (!app) return notFound();
      let body: unknown;
      try {
        body = await request.json();
      } catch {
        body = undefined;
      }
      const report = (body ?? {}) as Record<string, unknown>;
      const keys = Object.keys(report).sort().join(',');
      // Exactly a type and a credential's name: anything more (a value, say) is refused.
      if (
        keys !== 'credential,type' ||
        report.type !== 'credential-copied' ||
        !CREDENTIALS.includes(report.credential as string)
      ) {
        return validationProblem([
          {
            field: 'type',
            message:
              'Report { type: "credential-copied", credential: key | secret | previous-secret }.',
          },
        ]);
      }
      const event = db.recordEvent(app.id, {
        type: 'credential-copied',
        at: new Date().toISOString(),
        actor: actor(db),
        credentials: [report.credential as 'key' | 'secret' | 'previous-secret'],
      });
      return HttpResponse.json(event, { status: 201 });
    }),
  ];
}
