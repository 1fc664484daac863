// The App name rule of the API contract (components.schemas.AppName in openapi.yaml). A test
// checks these constants against the contract, so the console and the contract cannot drift.
export const APP_NAME_MAX_LENGTH = 64;
export const APP_NAME_PATTERN = /^[A-Za-z0-9._-]+$/;
export const APP_NAME_ALLOWED_CHARACTERS =
  'letters, digits, hyphens (-), underscores (_) and periods (.)';
