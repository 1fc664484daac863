import { http, HttpResponse } from 'msw';
import type { MockDb } from '../db';
import { personas } from '../personas';

export function currentSession(db: MockDb) {
  return personas[db.settings.persona].session;
}

export function sessionHandlers(db: MockDb) {
  return [http.get('*/api/v1/session', () => HttpResponse.json(currentSession(db)))];
}
