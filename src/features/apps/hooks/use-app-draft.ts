import { useReducer } from 'react';
import { sameMembers } from '../../../lib/sets';
import { etagOf, type App } from '../api/app-queries';
import type { ExpiryChoice } from '../../../lib/expiry';

export type ExpiryValue = ExpiryChoice | 'current';

/**
 * The details' unsaved edit of an App, in one reducer: the choice of products and the App it
 * was based on (whose ETag a save sends in If-Match), the chosen expiry, and how the last save
 * went. The App itself is never copied in: it stays in the query cache, and a newer App there
 * than `base` is what shows as a conflict instead of silently replacing the choice.
 */
interface DraftState {
  /** The unsaved choice of products; null while it is the App's own. */
  products: string[] | null;
  /** The App as it was when that choice began. */
  base: App | null;
  /** The unsaved expiry (its moment fixed when chosen, so a retried save asks the same). */
  expiry: { choice: ExpiryValue; expiresAt: string | null } | null;
  productsError: string | null;
  saveError: unknown;
  /** The last successful save: when (a new value each time, so each is announced) and what. */
  saved: { at: number; products: boolean } | null;
}

type DraftAction =
  | { type: 'products-changed'; productIds: string[]; app: App }
  | { type: 'expiry-changed'; expiry: DraftState['expiry'] }
  | { type: 'products-invalid'; message: string }
  | { type: 'save-started' }
  | { type: 'save-succeeded'; products: boolean; at: number }
  | { type: 'save-failed'; error: unknown; productsError: string | undefined }
  | { type: 'conflict-resolved'; productIds: string[] | null; base: App };

const initialState: DraftState = {
  products: null,
  base: null,
  expiry: null,
  productsError: null,
  saveError: null,
  saved: null,
};

function reduce(state: DraftState, action: DraftAction): DraftState {
  switch (action.type) {
    case 'products-changed':
      return {
        ...state,
        base: state.base ?? action.app,
        products: action.productIds,
        productsError: null,
        saved: null,
      };
    case 'expiry-changed':
      return { ...state, expiry: action.expiry, saved: null };
    case 'products-invalid':
      return { ...state, productsError: action.message };
    case 'save-started':
      return { ...state, saveError: null, saved: null };
    case 'save-succeeded':
      return { ...initialState, saved: { at: action.at, products: action.products } };
    case 'save-failed':
      return {
        ...state,
        saveError: action.error,
        productsError: action.productsError ?? state.productsError,
      };
    case 'conflict-resolved':
      return {
        ...state,
        products: action.productIds,
        base: action.productIds === null ? null : action.base,
        saveError: null,
      };
  }
}

export function useAppDraft(app: App | undefined) {
  const [state, dispatch] = useReducer(reduce, initialState);
  const selection = state.products ?? app?.productIds ?? [];
  const productsDirty =
    app !== undefined && state.products !== null && !sameMembers(state.products, app.productIds);
  const expiryDirty = app !== undefined && state.expiry !== null;
  const conflict =
    app !== undefined &&
    state.base !== null &&
    state.products !== null &&
    etagOf(app) !== etagOf(state.base);
  return {
    state,
    dispatch,
    selection,
    productsDirty,
    expiryDirty,
    dirty: productsDirty || expiryDirty,
    conflict,
    savedExpiryChoice: (app?.expiresAt ? 'current' : 'never') as ExpiryValue,
  };
}

export type AppDraft = ReturnType<typeof useAppDraft>;
