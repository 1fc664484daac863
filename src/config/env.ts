/** Build-time configuration (see README, "Configuration"). */
export const env = {
  /** Base URL of the backend API, relative to the page or absolute. */
  apiBaseUrl: import.meta.env.VITE_API_BASE_URL || '/api/v1',
};
