/**
 * Whether the backend has said the session is over (a 401, or a redirect to the sign-in page).
 * Kept outside React and the query cache because the API client, which sees every answer, is
 * below both; the session feature shows one dialog for it and clears it once signed in again.
 */
export interface SessionExpiry {
  /** Where to sign in again, or null when neither the backend nor the config says. */
  signInUrl: string | null;
}

type Listener = () => void;

let expiry: SessionExpiry | null = null;
const listeners = new Set<Listener>();

function emit() {
  listeners.forEach((listener) => listener());
}

export const sessionExpiry = {
  current: (): SessionExpiry | null => expiry,

  /** Many requests may fail at once: the first report opens the dialog, the rest change nothing. */
  report(signInUrl: string | null): void {
    if (expiry !== null && (expiry.signInUrl !== null || signInUrl === null)) return;
    expiry = { signInUrl };
    emit();
  },

  clear(): void {
    if (expiry === null) return;
    expiry = null;
    emit();
  },

  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
