import { http, HttpResponse } from 'msw';
import type { components } from '../../api/schema';
import type { MockBackendOptions } from '../capabilities';
import type { MockDb } from '../db';
import { problem, validationProblem } from '../problem';
import { requireApplicationCredentials } from './permissions';
import { currentSession } from './session';

type AppEventReport = components['schemas']['AppEventReport'];

export interface ReportedAppEvent extends AppEventReport {
  appId: string;
  userId: string;
  at: string;
}

const EVENT_TYPES: readonly string[] = ['key-copied', 'secret-copied'];
const VIA: readonly string[] = ['details', 'list', 'quickstart', 'env-file'];

/** Reported events per database, in memory (an activity feed, where offered, would show them). */
const reported = new WeakMap<MockDb, ReportedAppEvent[]>();

export function reportedAppEvents(db: MockDb): readonly ReportedAppEvent[] {
  return reported.get(db) ?? [];
}

/** `POST /apps/{appId}/events`: the console reports copies the server cannot see. */
export function appEventHandlers(db: MockDb, { capabilities }: MockBackendOptions) {
  return [
    http.post('*/api/v1/apps/:appId/events', async ({ params, request }) => {
      if (!capabilities.includes('quickstart') && !capabilities.includes('activity')) {
        return problem(404, 'This backend does not record App events.');
      }
      const denied = requireApplicationCredentials(db);
      if (denied) return denied;
      const app = db.findApp(String(params.appId));
      if (!app) return problem(404, 'This App does not exist. It may have been deleted.');
      let body: unknown;
      try {
        body = await request.json();
      } catch {
        return problem(400, 'The request body must be a JSON object.');
      }
      if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        return problem(400, 'The request body must be a JSON object.');
      }
      const { type, via, ...rest } = body as Record<string, unknown>;
      if (typeof type !== 'string' || !EVENT_TYPES.includes(type)) {
        return validationProblem([{ field: 'type', message: 'Unknown event type.' }]);
      }
      if (via !== undefined && (typeof via !== 'string' || !VIA.includes(via))) {
        return validationProblem([{ field: 'via', message: 'Unknown place of the copy.' }]);
      }
      const unknown = Object.keys(rest);
      if (unknown.length > 0) {
        // An event never carries more, least of all a credential value.
        return validationProblem(
          unknown.map((field) => ({ field, message: 'Not part of an App event.' })),
        );
      }
      const events = reported.get(db) ?? [];
      events.push({
        appId: app.id,
        userId: currentSession(db).user.id,
        at: new Date().toISOString(),
        type: type as AppEventReport['type'],
        ...(via === undefined ? {} : { via: via as AppEventReport['via'] }),
      });
      reported.set(db, events);
      return new HttpResponse(null, { status: 204 });
    }),
  ];
}
