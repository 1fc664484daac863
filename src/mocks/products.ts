// Transitional: tests under src/features still import the catalog from this path, and they are
// not this change's to edit. The catalog lives in model/products.ts; delete this file once those
// tests import it from there (or from src/testing/factories.ts).
export { productCatalog } from './model/products';
