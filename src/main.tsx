import './app/mantine-styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode, type ComponentType } from 'react';
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
  createRoot(root).render(
    <StrictMode>
      <App queryClient={createQueryClient()} demoControls={demoControls} />
    </StrictMode>,
  );
}

void bootstrap();
