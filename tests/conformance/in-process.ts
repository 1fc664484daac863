// The mock backend as a `fetch` function, with the same planted faults and session requirement
// as `npm run mock-api` (src/mocks/faults.ts), for the kit's many fault runs: starting a server
// process per fault would cost seconds each on two cores; the HTTP path is tested apart.
import { getResponse } from 'msw';
import { backendOptionsFromEnv } from '../../src/mocks/model/capabilities';
import { MockDb } from '../../src/mocks/store/db';
import { withMockServerExtras } from '../../src/mocks/faults';
import { createHandlers } from '../../src/mocks/handlers';

export const IN_PROCESS_BASE_URL = 'http://mock.in-process/api/v1';

export function mockBackendFetch(env: Record<string, string>): typeof fetch {
  const db = new MockDb();
  db.loadDataSet('seed');
  const handlers = createHandlers(db, backendOptionsFromEnv(env.MOCK_BACKEND));
  const respond = withMockServerExtras(env, (request) => getResponse(handlers, request));
  return async (input, init) => {
    const response = await respond(new Request(input, init));
    return response ?? Response.json({ title: 'Not found', status: 404 }, { status: 404 });
  };
}
