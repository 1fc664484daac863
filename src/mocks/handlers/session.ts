import { http, HttpResponse } from 'msw';
import type { MockBackendOptions } from '../capabilities';
import type { MockDb } from '../db';
import { personas } from '../personas';

export function currentSession(db: MockDb) {
  return personas[db.settings.persona].session;
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
