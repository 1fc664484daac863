// Only the details (loaded on first use) have tabs: their styles load with them, not up front.
import '@mantine/core/styles/Tabs.css';
import { Tabs } from '@mantine/core';
import type { ReactNode } from 'react';
import { QuickstartPanel } from '../../quickstart/components/quickstart-panel';
import type { App } from '../api/app-queries';
import classes from './details-tabs.module.css';

/**
 * The details drawer's tabs, shown when the backend offers more than the 8x8 details: Overview
 * (the details form) and Quickstart. Inactive panels are unmounted, so revealed credentials
 * leave memory when their tab is left.
 *
 * The Quickstart panel is part of the details' chunk, which itself loads on first use, rather
 * than a chunk of its own: a lazy import nested in a lazy chunk makes Rolldown split a shared
 * chunk off the entry, which costs the list's first load about 3 kB gzip (measured by the bench).
 */
export function DetailsTabs({ app, overview }: { app: App; overview: ReactNode }) {
  return (
    <Tabs defaultValue="overview" keepMounted={false} className={classes.tabs}>
      <Tabs.List className={classes.list}>
        <Tabs.Tab value="overview">Overview</Tabs.Tab>
        <Tabs.Tab value="quickstart">Quickstart</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="overview" className={classes.overview}>
        {overview}
      </Tabs.Panel>
      <Tabs.Panel value="quickstart" className={classes.panel}>
        <QuickstartPanel app={app} />
      </Tabs.Panel>
    </Tabs>
  );
}
