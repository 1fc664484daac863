import './app/mantine-styles.css';
import { startTransition, StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { loadRuntimeConfig } from './config/runtime-config';
import { configureApiClient } from './lib/api-client';
import { createQueryClient } from './lib/query-client';

async function bootstrap() {
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
  // Styles for what no first paint shows; loaded at once, but not before the first paint.
  void import('./app/later-styles.css');
  // A transition, so React renders the first screen in slices that let the browser breathe
  // (no long task on a slow phone) instead of in one go; index.html shows the frame meanwhile.
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <App queryClient={createQueryClient()} demoControls={demoControls} />
      </StrictMode>,
    );
  });
}

void bootstrap();
