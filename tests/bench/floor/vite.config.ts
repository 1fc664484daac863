import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The floor app of `npm run bench` (see main.tsx); built and served by the bench only. */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { sourcemap: false },
  logLevel: 'warn',
});
