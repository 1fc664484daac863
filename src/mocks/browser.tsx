import type { ComponentType } from 'react';
import { setupWorker } from 'msw/browser';
import { DemoControls } from './demo/demo-controls';
import { DemoSignedIn } from './demo/demo-signed-in';
import { createHandlers } from './handlers';
import { DEMO_SIGN_IN_URL } from './handlers/network';
import { MockDb } from './store/db';

/**
 * Starts the in-browser mock backend for demo builds and returns the demo controls to render.
 * The demo's data lives in localStorage so a demo survives a reload; "Reset demo data" restores
 * the seed. Awaited before the first render, so no request escapes to a real network.
 */
export async function startDemoBackend(): Promise<ComponentType> {
  const db = new MockDb(window.localStorage);
  // Another tab of the demo may change the data, e.g. sign in again after "Expire the session".
  window.addEventListener('storage', () => db.reload());
  // This tab is the demo's stand-in for the sign-in page ("Sign in again" opened it).
  const signingIn = `${window.location.pathname}${window.location.search}` === DEMO_SIGN_IN_URL;
  if (signingIn) db.updateSettings({ sessionExpired: false });
  const worker = setupWorker(...createHandlers(db));
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
  return function BoundDemoControls() {
    return (
      <>
        <DemoControls db={db} />
        {signingIn && <DemoSignedIn />}
      </>
    );
  };
}
