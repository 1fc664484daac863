import { http, HttpResponse } from 'msw';
import { generateSecret } from '../model/credentials';
import type { MockDb } from '../store/db';
import { activePreviousSecret, isExpired } from '../model/lifecycle';

/**
 * A stand-in for 8x8's OAuth token endpoint (`POST https://api.8x8.com/oauth/v2/token`, Basic
 * `Key:Secret`, `grant_type=client_credentials`): the place where a caller finds out whether a
 * Secret still works. It honours the lifecycle: the previous Secret works during its grace period
 * only, and an expired App's credentials are refused. Not part of the console's API; the demo
 * worker answers it for the page, `npm run mock-api` on its own port.
 */
export function tokenEndpointHandlers(db: MockDb) {
  return [
    http.post('*/oauth/v2/token', ({ request }) => {
      const refused = (description: string) =>
        HttpResponse.json(
          { error: 'invalid_client', error_description: description },
          { status: 401, headers: { 'WWW-Authenticate': 'Basic realm="8x8"' } },
        );
      const header = request.headers.get('Authorization') ?? '';
      if (!header.startsWith('Basic ')) return refused('Basic authentication is required.');
      let decoded: string;
      try {
        decoded = atob(header.slice('Basic '.length));
      } catch {
        return refused('Malformed credentials.');
      }
      const separator = decoded.indexOf(':');
      const key = decoded.slice(0, separator);
      const secret = decoded.slice(separator + 1);
      const app = db.apps.find((candidate) => candidate.key === key);
      if (separator < 0 || !app) return refused('Unknown key.');
      const now = Date.now();
      const at = new Date(now).toISOString();
      if (isExpired(app, now)) return refused('These credentials have expired.');
      const previous = activePreviousSecret(app, now);
      if (secret === app.secret) {
        db.updateApp(app.id, { lastUsedAt: at, secretLastUsedAt: at });
      } else if (previous && secret === previous.value) {
        db.updateApp(app.id, { lastUsedAt: at, previousSecret: { ...previous, lastUsedAt: at } });
      } else {
        return refused('Wrong secret.');
      }
      return HttpResponse.json(
        { access_token: generateSecret(), token_type: 'Bearer', expires_in: 1800 },
        { headers: { 'Cache-Control': 'no-store' } },
      );
    }),
  ];
}
