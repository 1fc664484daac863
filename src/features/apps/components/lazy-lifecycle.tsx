import { lazy } from 'react';

// The credential lifecycle's parts of the list, loaded when the backend offers them (never for a
// plain 8x8 backend), so the list's first load does not grow. Render them in <Suspense>.
//
// They come with the details drawer's chunk (which re-exports them), not a chunk of their own:
// Vite 8's bundler (rolldown, open issue rolldown/rolldown#10731) moves modules out of the entry
// chunk into an extra, eagerly loaded chunk as soon as the app has a third dynamic import —
// +1.5 kB gzip on the first load for nothing. The drawer is needed as soon as a row is opened.
const load = () => import('./app-details-drawer');

export const AttentionFilters = lazy(async () => ({ default: (await load()).AttentionFilters }));
export const LastUsed = lazy(async () => ({ default: (await load()).LastUsed }));
export const ExpiryBadge = lazy(async () => ({ default: (await load()).ExpiryBadge }));
