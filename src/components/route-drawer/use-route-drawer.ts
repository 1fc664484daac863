import { useMounted } from '@mantine/hooks';
import { useCallback, useContext, useEffect, useRef, useState } from 'react';
import { UNSAFE_DataRouterContext, useLocation, useNavigate } from 'react-router';

/**
 * The open/closed state of a drawer that is a route below `/api-keys`.
 *
 * Mantine's drawer gives focus back to where it was only when `opened` changes while it is
 * mounted: it remembers the focused element when `opened` turns true after the first render,
 * and refocuses it when `opened` turns false. So the drawer opens one render after mounting,
 * closes by setting `opened` to false, and leaves its route (back to the list, with the list's
 * search params) only when the closing transition has ended.
 *
 * If focus is lost anyway when the drawer is gone (a dialog over the drawer took it back into
 * the drawer, or the drawer opened from a deep link or after a create, with nothing focused),
 * it goes to what was focused before the drawer opened, else to the App's link in the list,
 * else to the page heading: never to the page's body.
 */
export function useRouteDrawer({ appId }: { appId?: string } = {}) {
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const mounted = useMounted();
  const [closing, setClosing] = useState(false);
  const closed = useRef(false);
  const focusedBefore = useRef<HTMLElement | null>(null);
  // Whether the admin has gone somewhere else while the drawer was closing (Create App, Back, a
  // link): leaving for the list then would undo that, or cancel it while its view loads. Read
  // from the router itself when the transition ends, both a navigation under way and one already
  // made: the router renders its state in a transition, which a busy page can hold back past the
  // end of the drawer's, so neither useNavigation() nor this drawer's unmounting may have come.
  const router = useContext(UNSAFE_DataRouterContext)?.router;
  const left = useRef(false);
  useEffect(() => {
    left.current = false;
    return () => {
      left.current = true;
    };
  }, []);

  useEffect(() => {
    const active = document.activeElement;
    focusedBefore.current =
      active instanceof HTMLElement && active !== document.body ? active : null;
    return () => {
      if (!closed.current) return;
      // Runs once the drawer's DOM is gone: if focus went with it, put it somewhere useful.
      window.setTimeout(() => {
        const current = document.activeElement;
        if (current !== null && current !== document.body) return;
        const before = focusedBefore.current;
        (before?.isConnected ? before : listFocusTarget(appId))?.focus();
      });
    };
  }, [appId]);

  const close = useCallback(() => setClosing(true), []);
  const onExitTransitionEnd = useCallback(() => {
    const goingElsewhere =
      router !== undefined &&
      (router.state.navigation.state !== 'idle' || router.state.location.pathname !== pathname);
    if (left.current || goingElsewhere) return;
    closed.current = true;
    void navigate({ pathname: '/api-keys', search });
  }, [navigate, pathname, search, router]);

  return { opened: mounted && !closing, closing, close, onExitTransitionEnd };
}

/** The list's link to an App, or else the page heading. */
function listFocusTarget(appId: string | undefined): HTMLElement | null {
  const link =
    appId === undefined
      ? undefined
      : Array.from(document.querySelectorAll<HTMLAnchorElement>('main a[href]')).find((anchor) =>
          anchor.pathname.endsWith(`/api-keys/${encodeURIComponent(appId)}`),
        );
  if (link) return link;
  const heading = document.querySelector<HTMLElement>('main h1');
  if (heading && !heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  return heading;
}
