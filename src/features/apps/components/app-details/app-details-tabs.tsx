import { Tabs } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { App } from '../../api/app-queries';
import classes from './app-details-tabs.module.css';
import type { DetailsTab } from './slots';

/**
 * The details drawer's tabs: `Overview` (the App's form) and the tabs the route adds. With no
 * tab beyond Overview there is no tab list at all, as in the 8x8 screens.
 *
 * The Overview stays mounted (hidden) on the other tabs, so nothing chosen is lost; the other
 * tabs render only while open, so credentials a snippet revealed leave memory with it, and a
 * feed is fetched fresh each time it is opened.
 */
export function AppDetailsTabs({
  app,
  overview,
  tabs,
}: {
  app: App;
  overview: ReactNode;
  tabs: readonly DetailsTab[];
}) {
  const [current, setCurrent] = useState<string | null>('overview');
  if (tabs.length === 0) return overview;

  return (
    <Tabs
      value={current}
      onChange={setCurrent}
      classNames={{ root: classes.root, panel: classes.panel }}
    >
      <Tabs.List px="md" pt="xs">
        <Tabs.Tab value="overview">Overview</Tabs.Tab>
        {tabs.map((tab) => (
          <Tabs.Tab key={tab.value} value={tab.value}>
            {tab.label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      <Tabs.Panel value="overview">{overview}</Tabs.Panel>
      {tabs.map(({ value, Panel }) => (
        <Tabs.Panel key={value} value={value} p="md">
          {current === value && <Panel app={app} />}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
