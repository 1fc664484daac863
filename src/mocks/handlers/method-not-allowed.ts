import { http } from 'msw';
import { problem } from './problem';

/** The methods each path of the contract defines; any other is 405, as a real router answers. */
const allowed: Array<[path: string, methods: string[]]> = [
  ['*/api/v1/session', ['GET']],
  ['*/api/v1/products', ['GET']],
  ['*/api/v1/apps', ['GET', 'POST']],
  ['*/api/v1/apps/:appId', ['GET', 'PATCH', 'DELETE']],
  ['*/api/v1/apps/:appId/credentials/reveal', ['POST']],
];

/** Registered after every other handler: reached only by a method nothing else answered. */
export function methodNotAllowedHandlers() {
  return allowed.map(([path, methods]) =>
    http.all(path, ({ request }) =>
      problem(405, `${request.method} is not allowed here; use ${methods.join(' or ')}.`, {
        headers: { Allow: methods.join(', ') },
      }),
    ),
  );
}
