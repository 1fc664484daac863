import { memo, useSyncExternalStore, type ComponentProps } from 'react';
import {
  hasCapability,
  type Capability,
  type Session,
} from '../../features/session/api/session-queries';
import type * as DetailsRouteModule from '../routes/api-keys/app-details-route';

// The credential lifecycle's parts of the list, loaded when the backend offers them (never for a
// plain 8x8 backend), so the list's first load does not grow.
//
// They come with the details route's chunk (which re-exports them), not a chunk of their own:
// Vite 8's bundler (rolldown, open issue rolldown/rolldown#10731) moves modules out of the entry
// chunk into an extra, eagerly loaded chunk as soon as the app has a third dynamic import —
// +1.5 kB gzip on the first load for nothing. The drawer is needed as soon as a row is opened.
//
// Not React.lazy: a lazy component suspends on its first render even when its code is already
// loaded, so the parts would pop in after the list and push it down. The route's loader starts
// loading them before the first render (loadLifecycleParts), which then has them at once.

type Parts = typeof DetailsRouteModule;

/** What the backend offers that has parts in the list (Last used, Expires, the attention filters). */
const listLifecycleCapabilities: Capability[] = ['usage', 'expiry', 'attention-filters'];

export function listHasLifecycleParts(session: Session | undefined): boolean {
  return listLifecycleCapabilities.some((capability) => hasCapability(session, capability));
}

let parts: Parts | undefined;
let loading: Promise<Parts> | undefined;
const listeners = new Set<() => void>();

export function loadLifecycleParts(): Promise<Parts> {
  loading ??= import('../routes/api-keys/app-details-route').then(
    (module) => {
      parts = module;
      listeners.forEach((listener) => listener());
      return module;
    },
    (error: unknown) => {
      // Not loaded (offline?): the list shows without them, and the next render tries again.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  loadLifecycleParts().catch(() => undefined);
  return () => listeners.delete(listener);
}

/** The loaded parts, or undefined until they are (the caller renders nothing meanwhile). */
function useLifecycleParts(): Parts | undefined {
  return useSyncExternalStore(subscribe, () => parts);
}

/** Memoized: a page change or sort leaves the filters as they are. */
export const AttentionFilters = memo(function AttentionFilters(
  props: ComponentProps<Parts['AttentionFilters']>,
) {
  const loaded = useLifecycleParts();
  return loaded ? <loaded.AttentionFilters {...props} /> : null;
});

export function LastUsed(props: ComponentProps<Parts['LastUsed']>) {
  const loaded = useLifecycleParts();
  return loaded ? <loaded.LastUsed {...props} /> : null;
}

/** Loads nothing for an App without an expiry (and so for a backend that offers none). */
export function ExpiryBadge(props: ComponentProps<Parts['ExpiryBadge']>) {
  return props.app.expiresAt ? <LoadedExpiryBadge {...props} /> : null;
}

function LoadedExpiryBadge(props: ComponentProps<Parts['ExpiryBadge']>) {
  const loaded = useLifecycleParts();
  return loaded ? <loaded.ExpiryBadge {...props} /> : null;
}
