import { useWindowEvent } from '@mantine/hooks';
import { useCallback, useEffect, useRef } from 'react';
import { useBlocker } from 'react-router';
import { confirmDiscard } from './app-drawer';

/**
 * Asks before a navigation throws away unsaved changes: Back/Forward, a link, a typed URL of the
 * console (react-router's `useBlocker`), and a reload or closing the tab (`beforeunload`, where
 * the browser asks in its own words). `allowLeaving()` lets the drawer's own navigations through:
 * closing after "Discard changes", or opening the App it has just created.
 */
export function useConfirmLeaving(unsaved: boolean) {
  const allowed = useRef(false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      unsaved && !allowed.current && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    let settled = false;
    confirmDiscard(
      () => {
        if (settled) return;
        settled = true;
        allowed.current = true;
        blocker.proceed();
      },
      () => {
        if (settled) return;
        settled = true;
        blocker.reset();
      },
    );
  }, [blocker]);

  useWindowEvent('beforeunload', (event) => {
    if (unsaved && !allowed.current) event.preventDefault();
  });

  const allowLeaving = useCallback(() => {
    allowed.current = true;
  }, []);
  return { allowLeaving };
}
