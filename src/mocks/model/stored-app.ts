// What the mock backend stores, as types only: the store (store/db.ts), the data sets and the
// lifecycle rules (model/lifecycle.ts) all speak of these, so they live below all of them.
import type { components } from '../../api/schema';

type GracePeriod = components['schemas']['GracePeriod'];
/** An App's event as stored: the API's ActivityEvent (which never holds a credential value). */
export type MockEvent = components['schemas']['ActivityEvent'];

/** The Secret before the last regeneration, while its grace period lasts. */
export interface MockPreviousSecret {
  value: string;
  stopsAt: string;
  gracePeriod: GracePeriod;
  lastUsedAt: string | null;
}

/** Calls with an App's credentials to one product, as the usage pipeline would report them. */
export interface MockProductUsage {
  lastCallAt: string | null;
  callsLast7Days: number;
}

/** An App as the mock backend stores it: with its credentials, unlike anything the API lists. */
export interface MockApp {
  id: string;
  name: string;
  productIds: string[];
  createdAt: string;
  updatedAt: string;
  key: string;
  secret: string;
  /** Epoch ms until which a change of products is still "applying" (replicating); null when active. */
  applyingUntil: number | null;
  /** Bumped by every change; the App's ETag. Absent (= 1) in data saved before it existed. */
  version?: number;
  /** The products before the last change, to tell which ones are still being applied. */
  previousProductIds?: string[];
  // Credential lifecycle (issue #8). Optional, so Apps stored without them (generated data sets,
  // older demo state) read as: never expires, never used, secret as old as the App.
  expiresAt?: string | null;
  lastUsedAt?: string | null;
  secretCreatedAt?: string;
  secretLastUsedAt?: string | null;
  previousSecret?: MockPreviousSecret | null;
  usage?: Record<string, MockProductUsage>;
}
