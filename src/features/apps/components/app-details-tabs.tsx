import { Tabs } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { ActivityFeed } from '../../lifecycle/components/activity-feed';
import { useCapability } from '../../session/api/session-queries';
import classes from './app-details-tabs.module.css';

/**
 * The details drawer's tabs: `Overview` (the App's form) and, when the backend offers them,
 * `Activity` and `Quickstart`. With no tab beyond Overview there is no tab list at all, as in
 * the 8x8 screens.
 */
export function AppDetailsTabs({ appId, overview }: { appId: string; overview: ReactNode }) {
  const activity = useCapability('activity');
  // Quickstart (issue #9) goes here: a `Quickstart` tab when useCapability('quickstart') is
  // true, rendering its panel. The feed below is part of the details' chunk (itself loaded on
  // first use): a dynamic import of its own would cost the list's first load (lazy-lifecycle.tsx).
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
        {/* Mounted only while shown: the feed is fetched fresh each time it is opened. */}
        {tab === 'activity' && <ActivityFeed appId={appId} />}
      </Tabs.Panel>
    </Tabs>
  );
}
