/** Build-time configuration (see src/config/README.md): defaults for the runtime config. */
export const env = {
  /** Base URL of the backend API, relative to the page or absolute. */
  apiBaseUrl: import.meta.env.VITE_API_BASE_URL || '/api/v1',
  /** Where an admin signs in again when the session expires; the backend's 401 may say instead. */
  signInUrl: import.meta.env.VITE_SIGN_IN_URL || null,
};
