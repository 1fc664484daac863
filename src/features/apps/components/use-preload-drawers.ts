import { useIdlePreload } from '../../../lib/use-idle-preload';

const loadDrawers = () =>
  Promise.all([import('./app-details-drawer'), import('./create-app-drawer')]);

/**
 * Loads (and evaluates) the drawers' code once the list is idle, so that opening an App or
 * "Create App" does not first parse and run their chunk: that was a long task (50–110 ms on a
 * busy machine) right in the click. It stays out of the first load all the same.
 */
export function usePreloadDrawers() {
  useIdlePreload(loadDrawers);
}
