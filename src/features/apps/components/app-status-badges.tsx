import { Suspense } from 'react';
import type { App } from '../api/app-queries';
import { ExpiryBadge } from './lazy-lifecycle';
import { PropagationBadge } from './propagation-badge';

/** What the list says next to an App's name, in the table and on the cards alike. */
export function AppStatusBadges({ app }: { app: App }) {
  return (
    <>
      {app.propagation.status === 'applying' && <PropagationBadge propagation={app.propagation} />}
      {/* "Expires in 5 days" or "Expired". */}
      {app.expiresAt && (
        <Suspense fallback={null}>
          <ExpiryBadge app={app} />
        </Suspense>
      )}
    </>
  );
}
