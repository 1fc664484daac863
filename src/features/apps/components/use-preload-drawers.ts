import { useEffect } from 'react';

/**
 * Loads (and evaluates) the drawers' code once the list is idle, so that opening an App or
 * "Create App" does not first parse and run their chunk: that was a long task (50–110 ms on a
 * busy machine) right in the click. It stays out of the first load all the same.
 */
export function usePreloadDrawers() {
  useEffect(() => {
    const preload = () => {
      void import('./app-details-drawer');
      void import('./create-app-drawer');
    };
    if ('requestIdleCallback' in window) {
      const handle = window.requestIdleCallback(preload, { timeout: 3000 });
      return () => window.cancelIdleCallback(handle);
    }
    const timer = setTimeout(preload, 1000);
    return () => clearTimeout(timer);
  }, []);
}
