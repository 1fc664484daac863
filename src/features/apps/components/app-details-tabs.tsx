import { Loader, Tabs } from '@mantine/core';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useCapability } from '../../session/api/session-queries';
import classes from './app-details-tabs.module.css';

// Loaded when the tab is first opened: most visits to the details never look at the feed.
const ActivityFeed = lazy(async () => ({
  default: (await import('../../lifecycle/components/activity-feed')).ActivityFeed,
}));

/**
 * The details drawer's tabs: `Overview` (the App's form) and, when the backend offers them,
 * `Activity` and `Quickstart`. With no tab beyond Overview there is no tab list at all, as in
 * the 8x8 screens.
 */
export function AppDetailsTabs({ appId, overview }: { appId: string; overview: ReactNode }) {
  const activity = useCapability('activity');
  // Quickstart (issue #9) goes here: a `Quickstart` tab when useCapability('quickstart') is
  // true, rendering its lazily imported panel like the Activity feed below.
  const [tab, setTab] = useState<string | null>('overview');
  if (!activity) return overview;

  return (
    <Tabs value={tab} onChange={setTab} classNames={{ root: classes.root, panel: classes.panel }}>
      <Tabs.List px="md" pt="xs">
        <Tabs.Tab value="overview">Overview</Tabs.Tab>
        <Tabs.Tab value="activity">Activity</Tabs.Tab>
      </Tabs.List>
      {/* The Overview stays mounted (hidden) on the other tabs, so nothing chosen is lost. */}
      <Tabs.Panel value="overview">{overview}</Tabs.Panel>
      <Tabs.Panel value="activity" p="md">
        {tab === 'activity' && (
          <Suspense fallback={<Loader size="sm" aria-label="Loading the activity" />}>
            <ActivityFeed appId={appId} />
          </Suspense>
        )}
      </Tabs.Panel>
    </Tabs>
  );
}
