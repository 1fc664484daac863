import { Loader, Tabs } from '@mantine/core';
import { lazy, Suspense, type ReactNode } from 'react';
import type { App } from '../api/app-queries';
import classes from './details-tabs.module.css';

// Loaded when the tab is first opened: most visits to the details never need the snippets.
const QuickstartPanel = lazy(async () => ({
  default: (await import('../../quickstart/components/quickstart-panel')).QuickstartPanel,
}));

/**
 * The details drawer's tabs, shown when the backend offers more than the 8x8 details: Overview
 * (the details form) and Quickstart. Inactive panels are unmounted, so revealed credentials
 * leave memory when their tab is left.
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
        <Suspense fallback={<Loader size="sm" role="status" aria-label="Loading the quickstart" />}>
          <QuickstartPanel app={app} />
        </Suspense>
      </Tabs.Panel>
    </Tabs>
  );
}
