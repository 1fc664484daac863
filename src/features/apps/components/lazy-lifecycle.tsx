import { lazy } from 'react';

// The credential lifecycle's parts of the list, in one chunk loaded when the backend offers them
// (never for a plain 8x8 backend), so the list's first load does not grow. Render them in
// <Suspense>.
const load = () => import('../../lifecycle/components/list-lifecycle');

export const AttentionFilters = lazy(async () => ({ default: (await load()).AttentionFilters }));
export const LastUsed = lazy(async () => ({ default: (await load()).LastUsed }));
export const ExpiryBadge = lazy(async () => ({ default: (await load()).ExpiryBadge }));
