import { startTransition, StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { loadRuntimeConfig } from '../../config/runtime-config';
import { configureApiClient } from '../../lib/api-client';
import { createQueryClient } from '../../lib/query-client';
import { Root } from '../root';
import { createRoutes } from '../router';
import { readyForFirstRender } from './first-render';

/**
 * Applies the first screen's stylesheet, which a production index.html only preloads so that it
 * does not hold back the first paint (see vite.config.ts), and resolves once it is in force: React
 * must not render the console unstyled. In development Vite injects the styles itself.
 */
function applyFirstScreenStyles(): Promise<void> {
  const preloads = document.querySelectorAll<HTMLLinkElement>('link[data-first-screen-styles]');
  return Promise.all(
    [...preloads].map(
      (preload) =>
        new Promise<void>((resolve) => {
          const sheet = document.createElement('link');
          sheet.rel = 'stylesheet';
          sheet.crossOrigin = preload.crossOrigin;
          sheet.href = preload.href;
          // A stylesheet that fails to load must not keep the console from starting.
          sheet.onload = sheet.onerror = () => resolve();
          document.head.append(sheet);
        }),
    ),
  ).then(() => undefined);
}

/** Lets the browser paint and handle input before the next piece of start-up work. */
const yieldToBrowser = () => new Promise((resolve) => setTimeout(resolve, 0));

/** How long the first render waits for what the first screen needs (see first-render.ts). */
const FIRST_RENDER_WAIT_MS = 1000;

/** Resolves once the router has run the first route's loaders. */
function initialized(router: ReturnType<typeof createBrowserRouter>): Promise<void> {
  return new Promise((resolve) => {
    if (router.state.initialized) return resolve();
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return;
      unsubscribe();
      resolve();
    });
  });
}

/**
 * Starts the console: configuration, the demo's mock backend where there is one, the router
 * (whose loaders send the first requests), then the first render once what it needs is in.
 */
export async function boot({
  startDemo,
}: {
  /** Demo builds only: starts the mock backend, resolves with the demo controls. */
  startDemo?: (() => Promise<ComponentType>) | undefined;
}) {
  const stylesApplied = applyFirstScreenStyles();
  // Preloaded by index.html, so this is usually answered by the time the script runs.
  const configLoaded = loadRuntimeConfig();
  const demoControls = startDemo ? await startDemo() : undefined;
  const config = await configLoaded;
  // An unusable config.json ends the start here, before any API request is made. The message's
  // code is loaded only then, so it costs the entry nothing.
  if (!config.ok) {
    const { showConfigErrorPage } = await import('../../config/config-error-page');
    return showConfigErrorPage(config.problems);
  }
  configureApiClient(config.config);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  // The router runs the route's loader as it is made, which sends the first requests (session,
  // catalog, list): made before React renders, they go out at once, in a task of their own; the
  // first render then waits a moment for their answers (see first-render.ts).
  const queryClient = createQueryClient();
  const router = createBrowserRouter(createRoutes(queryClient));
  await initialized(router);
  await Promise.all([stylesApplied, readyForFirstRender(FIRST_RENDER_WAIT_MS)]);
  await yieldToBrowser();
  // Styles for what no first paint shows; loaded at once, but not before the first paint.
  void import('../../styles/mantine/later.css');
  // A transition, so React renders the first screen in slices that let the browser breathe
  // (no long task on a slow phone) instead of in one go; index.html shows the frame meanwhile.
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <Root queryClient={queryClient} router={router} demoControls={demoControls} />
      </StrictMode>,
    );
  });
}
