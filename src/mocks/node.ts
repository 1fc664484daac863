import { setupServer } from 'msw/node';
import { MockDb } from './store/db';
import { createHandlers } from './handlers';

/** The mock backend in Node (Vitest): in memory, reset before each test. */
export const mockDb = new MockDb();
export const server = setupServer(...createHandlers(mockDb));
