import type { ComponentType } from 'react';
import type { App, AttentionFilter } from '../api/app-queries';

/**
 * What other features add to the App list. The route module (src/app/routes/api-keys) fills
 * these in with what the backend offers; the list knows none of those features. The object must
 * be stable (memoized by the route): the rows are memoized with it.
 */
export interface ListSlots {
  /** Above the list: filters of the Apps that need attention, counted by the server. */
  AttentionFilters?: ComponentType<{
    search: string;
    value: AttentionFilter | undefined;
    onChange: (value: AttentionFilter | undefined) => void;
  }>;
  /** Beside an App's name in its row or card: e.g. "Expires in 5 days". */
  NameBadge?: ComponentType<{ app: App }>;
  /** The `Last used` column (a sortable column of the table; present when given). */
  LastUsed?: ComponentType<{ app: App }>;
}
