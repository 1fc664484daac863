// Transitional: tests under src/features still import `plainBackend` from this path, and they
// are not this change's to edit. Capabilities live in model/capabilities.ts; delete this file
// once those tests import them from there.
export { plainBackend } from './model/capabilities';
