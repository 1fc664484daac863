import { useEffect } from 'react';

/**
 * Runs `load` (a dynamic import) once the page is idle after it first renders: the code is then
 * parsed and ready before it is needed, yet stays out of the first load. Used for what a click
 * opens (the drawers) and for what must work when the backend stops serving us (the session
 * expired dialog: behind a sign-in proxy its chunk might no longer load by then).
 */
export function useIdlePreload(load: () => Promise<unknown>) {
  useEffect(() => {
    const preload = () => void load();
    if ('requestIdleCallback' in window) {
      const handle = window.requestIdleCallback(preload, { timeout: 3000 });
      return () => window.cancelIdleCallback(handle);
    }
    const timer = setTimeout(preload, 1000);
    return () => clearTimeout(timer);
  }, [load]);
}
