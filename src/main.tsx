import './styles/mantine/first-screen.css';
import { boot } from './app/boot/boot';

void boot({
  // Vite replaces import.meta.env.VITE_DEMO at build time, so in a production build this is
  // undefined and the whole mock backend behind its dynamic import is left out of the bundle.
  startDemo:
    import.meta.env.VITE_DEMO === 'true'
      ? () => import('./mocks/browser').then(({ startDemoBackend }) => startDemoBackend())
      : undefined,
});
