import type { MockDb } from '../store/db';
import { problem } from './problem';
import { currentSession } from './session';

/** A 403 problem when the signed-in user lacks the Application Credentials permission. */
export function requireApplicationCredentials(db: MockDb) {
  if (currentSession(db).permissions.includes('application-credentials')) return undefined;
  return problem(
    403,
    'You need the Application Credentials permission (part of the Company Admin role) to manage API keys.',
    { type: 'https://api-keys-console.example/problems/missing-permission' },
  );
}
