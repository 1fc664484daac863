import type { QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Outlet, type LoaderFunctionArgs } from 'react-router';
import { appQueries } from '../../../features/apps/api/app-queries';
import { AppsPage } from '../../../features/apps/components/apps-page';
import type { ListSlots } from '../../../features/apps/components/list-slots';
import { parseListFilters } from '../../../features/apps/list-filters';
import { productQueries } from '../../../features/products/api/product-queries';
import {
  hasCapability,
  sessionQueries,
  type Session,
} from '../../../features/session/api/session-queries';
import { useIdlePreload } from '../../../lib/use-idle-preload';
import { holdFirstRenderFor } from '../../boot/first-render';
import {
  AttentionFilters,
  ExpiryBadge,
  LastUsed,
  listHasLifecycleParts,
  loadLifecycleParts,
} from '../../boot/lifecycle-parts';
import { lastSessionLackedPermission } from '../../session/permission-hint';
import { PermissionGate } from './permission-gate';

/**
 * A cold load requests the session, the product catalog and the list together, at once, rather
 * than one after the other. The list and the catalog are forbidden (403) to a user without the
 * Application Credentials permission, and the session is what says so: waiting for it would be a
 * waterfall for everyone, not waiting would send two forbidden requests for that user. So they
 * are skipped when the last session seen in this browser lacked the permission (a stored
 * boolean, see permission-hint.ts). Either way the page renders the list only after the session
 * confirms the permission (PermissionGate), so a stale hint can cost a request, never show what
 * is forbidden.
 *
 * A cold load renders once they are answered (see boot/first-render.ts), with the list's
 * lifecycle parts, which come with the details route's code (needed soon anyway).
 */
export function apiKeysLoader(queryClient: QueryClient) {
  return ({ request }: LoaderFunctionArgs) => {
    const session = queryClient
      .prefetchQuery(sessionQueries.current())
      .then(() => queryClient.getQueryData(sessionQueries.current().queryKey));
    holdFirstRenderFor(session);
    if (!lastSessionLackedPermission()) {
      const filters = parseListFilters(new URL(request.url).searchParams);
      holdFirstRenderFor(queryClient.prefetchQuery(appQueries.list(filters)));
      holdFirstRenderFor(queryClient.prefetchQuery(productQueries.catalog()));
      // Loaded at once either way (the drawers need the code soon), waited for only when this
      // backend offers what the list shows of the lifecycle.
      const parts = loadLifecycleParts().catch(() => undefined);
      holdFirstRenderFor(
        session.then((current) => (listHasLifecycleParts(current) ? parts : undefined)),
      );
    }
    return null;
  };
}

const loadDrawers = () =>
  Promise.all([import('./app-details-route'), import('./create-app-route')]);

/** What the list shows of the lifecycle, as this backend offers it; stable per session. */
function useListSlots(session: Session): ListSlots {
  const usage = hasCapability(session, 'usage');
  const attention = hasCapability(session, 'attention-filters');
  return useMemo(
    () => ({
      NameBadge: ExpiryBadge,
      ...(usage ? { LastUsed } : {}),
      ...(attention ? { AttentionFilters } : {}),
    }),
    [usage, attention],
  );
}

function ApiKeysList({ session }: { session: Session }) {
  const slots = useListSlots(session);
  // Loads (and evaluates) the drawers' code once the list is idle, so that opening an App or
  // "Create App" does not first parse and run their chunk: that was a long task (50–110 ms on a
  // busy machine) right in the click. It stays out of the first load all the same.
  useIdlePreload(loadDrawers);
  return (
    <>
      <AppsPage slots={slots} />
      <Outlet />
    </>
  );
}

/** `/api-keys` and its drawers, behind the Application Credentials permission. */
export function ApiKeysRoute() {
  return (
    <PermissionGate heading="API Keys">
      {(session) => <ApiKeysList session={session} />}
    </PermissionGate>
  );
}
