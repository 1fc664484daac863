import { http, HttpResponse } from 'msw';
import type { MockBackendOptions } from '../model/capabilities';
import { personas } from '../model/personas';
import type { MockDb } from '../store/db';

export function currentSession(db: MockDb) {
  return personas[db.settings.persona].session;
}

/** Who did it, for an event: the signed-in user. */
export function actor(db: MockDb) {
  const { id, name } = currentSession(db).user;
  return { id, name };
}

export function sessionHandlers(db: MockDb, { capabilities }: MockBackendOptions) {
  return [
    http.get('*/api/v1/session', () =>
      // A plain 8x8 backend knows nothing of capabilities, so it sends no such field at all.
      HttpResponse.json(
        capabilities.length > 0
          ? { ...currentSession(db), capabilities: [...capabilities] }
          : currentSession(db),
      ),
    ),
  ];
}
