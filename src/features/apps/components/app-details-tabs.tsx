// Only the details (loaded on first use) have tabs: their styles load with them, not up front.
import '@mantine/core/styles/Tabs.css';
import { Tabs } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { ActivityFeed } from '../../lifecycle/components/activity-feed';
import { QuickstartPanel } from '../../quickstart/components/quickstart-panel';
import { useCapability } from '../../session/api/session-queries';
import type { App } from '../api/app-queries';
import classes from './app-details-tabs.module.css';

/**
 * The details drawer's tabs: `Overview` (the App's form) and, when the backend offers them,
 * `Activity` and `Quickstart`. With no tab beyond Overview there is no tab list at all, as in
 * the 8x8 screens.
 *
 * The Overview stays mounted (hidden) on the other tabs, so nothing chosen is lost; Activity
 * and Quickstart render only while open, so credentials a snippet revealed leave memory with it,
 * and the feed is fetched fresh each time it is opened.
 *
 * The Activity and Quickstart panels are part of the details' chunk (itself loaded on first use)
 * rather than chunks of their own: a lazy import nested in a lazy chunk made Rolldown split a
 * shared chunk off the entry, which cost the list's first load about 3 kB gzip (measured by the
 * bench; rolldown/rolldown#10731).
 */
export function AppDetailsTabs({ app, overview }: { app: App; overview: ReactNode }) {
  const activity = useCapability('activity');
  const quickstart = useCapability('quickstart');
  const [tab, setTab] = useState<string | null>('overview');
  if (!activity && !quickstart) return overview;

  return (
    <Tabs value={tab} onChange={setTab} classNames={{ root: classes.root, panel: classes.panel }}>
      <Tabs.List px="md" pt="xs">
        <Tabs.Tab value="overview">Overview</Tabs.Tab>
        {activity && <Tabs.Tab value="activity">Activity</Tabs.Tab>}
        {quickstart && <Tabs.Tab value="quickstart">Quickstart</Tabs.Tab>}
      </Tabs.List>
      <Tabs.Panel value="overview">{overview}</Tabs.Panel>
      {activity && (
        <Tabs.Panel value="activity" p="md">
          {tab === 'activity' && <ActivityFeed appId={app.id} />}
        </Tabs.Panel>
      )}
      {quickstart && (
        <Tabs.Panel value="quickstart" p="md">
          {tab === 'quickstart' && <QuickstartPanel app={app} />}
        </Tabs.Panel>
      )}
    </Tabs>
  );
}
