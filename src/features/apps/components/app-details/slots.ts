import type { ComponentType } from 'react';
import type { App } from '../../api/app-queries';

/** A tab beside Overview: rendered only while open, so what it shows leaves memory with it. */
export interface DetailsTab {
  value: string;
  label: string;
  Panel: ComponentType<{ app: App }>;
}

/**
 * What other features add to an App's details. The route module (src/app/routes/api-keys)
 * fills these in with what the backend offers; the drawer knows none of those features.
 * Each slot is a component, defined once at module level, so memoized parts stay memoized.
 */
export interface AppDetailsSlots {
  /** Under the Secret: rotation (regenerate, the previous secret). */
  SecretExtras?: ComponentType<{
    app: App;
    /** Whether the credentials may be fetched (not while the App is being deleted). */
    available: boolean;
    /** A new secret was issued: the Secret field starts over, revealed. */
    onRegenerated: () => void;
  }>;
  /** After the App's status: e.g. the credential test. */
  StatusExtras?: ComponentType<{ app: App }>;
  /** After the products: e.g. usage per product. */
  ProductsExtras?: ComponentType<{ app: App }>;
  /** In the delete confirmation, while it is open: e.g. recent calls that would break. */
  DeleteWarning?: ComponentType<{ app: App }>;
  /** Tabs beside Overview; with none, there is no tab list at all, as in the 8x8 screens. */
  tabs?: readonly DetailsTab[];
}
