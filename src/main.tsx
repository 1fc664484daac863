import './app/mantine-styles.css';
import type { QueryClient } from '@tanstack/react-query';
import { startTransition, StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './app/app';
import { createRoutes } from './app/routes';
import { loadRuntimeConfig } from './config/runtime-config';
import { configureApiClient } from './lib/api-client';
import { createQueryClient } from './lib/query-client';

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

/** How long the first render waits for the first answers before showing loading states. */
const FIRST_DATA_WAIT_MS = 1000;

/**
 * Resolves once the requests the route's loader sent have all been answered (or failed), or
 * after `capMs`. Rendering before then would render twice, the second time synchronously in one
 * long task: an answer arriving during React's sliced first render makes it start over in one
 * go (useSyncExternalStore never shows two versions of a store at once). Meanwhile index.html's
 * frame and heading are on screen; on a slow network the loading states show after `capMs`.
 */
function firstAnswers(queryClient: QueryClient, capMs: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      unsubscribe();
      clearTimeout(timer);
      resolve();
    };
    const unsubscribe = queryClient.getQueryCache().subscribe(() => {
      if (queryClient.isFetching() === 0) done();
    });
    const timer = setTimeout(done, capMs);
    if (queryClient.isFetching() === 0) done();
  });
}

async function bootstrap() {
  const stylesApplied = applyFirstScreenStyles();
  // Preloaded by index.html, so this is usually answered by the time the script runs.
  const configLoaded = loadRuntimeConfig().then(configureApiClient);
  let demoControls: ComponentType | undefined;
  // Vite replaces import.meta.env.VITE_DEMO at build time, so in a production build this branch
  // and the whole mock backend behind its dynamic import are removed from the bundle.
  if (import.meta.env.VITE_DEMO === 'true') {
    const { startDemoBackend } = await import('./mocks/browser');
    demoControls = await startDemoBackend();
  }
  await configLoaded;
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  // The router runs the route's loader as it is made, which sends the first requests (session,
  // catalog, list): made before React renders, they go out at once, in a task of their own.
  const queryClient = createQueryClient();
  const router = createBrowserRouter(createRoutes(queryClient));
  await Promise.all([stylesApplied, firstAnswers(queryClient, FIRST_DATA_WAIT_MS)]);
  await yieldToBrowser();
  // Styles for what no first paint shows; loaded at once, but not before the first paint.
  void import('./app/later-styles.css');
  // A transition, so React renders the first screen in slices that let the browser breathe
  // (no long task on a slow phone) instead of in one go; index.html shows the frame meanwhile.
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <App queryClient={queryClient} router={router} demoControls={demoControls} />
      </StrictMode>,
    );
  });
}

void bootstrap();
