import { http, HttpResponse } from 'msw';
import type { MockDb } from '../store/db';
import { productCatalog } from '../model/products';
import { requireApplicationCredentials } from './permissions';

export function productHandlers(db: MockDb) {
  return [
    http.get('*/api/v1/products', () => {
      return requireApplicationCredentials(db) ?? HttpResponse.json({ items: productCatalog });
    }),
  ];
}
