import { Anchor, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { memo } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/format';
import { productNames, type Product } from '../../products/api/product-queries';
import type { App } from '../api/app-queries';
import {
  AutoHideNotice,
  MASK,
  RevealError,
  RevealToggle,
} from '../../../components/credentials/credential-parts';
import { useTimedReveal } from '../../../components/credentials/use-timed-reveal';
import { ListCredential, useRevealedView } from './list-credentials';
import classes from './app-card-list.module.css';
import { appDetailsLink, openAppOnRowClick } from './apps-table';
import type { ListSlots } from './list-slots';
import { PropagationBadge } from './propagation-badge';
import { BackendText } from '../../../components/backend-text';

interface AppCardListProps {
  apps: App[];
  catalog: Product[] | undefined;
  /** The list's view (URL search) the cards were loaded for; their links keep it. */
  listSearch: string;
  /** Cards of the previous search or page, shown dimmed while the new ones load. */
  stale?: boolean;
  slots: ListSlots;
}

/**
 * The App list below the `md` breakpoint: one card per App, with what the table shows (name,
 * products, created, masked credentials with the same eyeball and copy buttons and the same
 * accessible names), stacked so that nothing needs sideways scrolling on a phone.
 */
export function AppCardList({ apps, catalog, listSearch, stale = false, slots }: AppCardListProps) {
  return (
    <ul
      aria-label="Apps"
      className={classes.list}
      data-stale={stale}
      aria-busy={stale || undefined}
    >
      {apps.map((app) => (
        <AppCard
          key={app.id}
          app={app}
          catalog={catalog}
          listSearch={listSearch}
          NameBadge={slots.NameBadge}
        />
      ))}
    </ul>
  );
}

export function AppCardListSkeleton({ cards }: { cards: number }) {
  return (
    <ul aria-label="Loading Apps" className={classes.list}>
      {Array.from({ length: cards }, (_, card) => (
        <li key={card} className={classes.card}>
          <Stack gap="xs">
            <Skeleton height={16} width="60%" aria-hidden />
            <Skeleton height={12} aria-hidden />
            <Skeleton height={12} width="40%" aria-hidden />
          </Stack>
        </li>
      ))}
    </ul>
  );
}

/** Memoized, as the table's rows are: a navigation re-renders no card. */
const AppCard = memo(function AppCard({
  app,
  catalog,
  listSearch,
  NameBadge,
}: {
  app: App;
  catalog: Product[] | undefined;
  listSearch: string;
  NameBadge: ListSlots['NameBadge'];
}) {
  const { revealed, toggle, secondsLeft, autoHidden } = useTimedReveal();
  const products = productNames(app.productIds, catalog).join(', ');
  // Present once the backend reports usage (a later version of the contract); shown when there.
  const lastUsedAt = (app as App & { lastUsedAt?: string | null }).lastUsedAt;

  return (
    // The card opens the App on any click, like a table row; its name is the link and Tab stop.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
    <li className={classes.card} onClick={openAppOnRowClick}>
      <Paper component="div" className={classes.inner}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <div className={classes.heading}>
            <Anchor
              component={Link}
              to={appDetailsLink(app, listSearch)}
              data-app-link
              fw={600}
              className={classes.name}
              title={app.name}
            >
              <BackendText text={app.name} />
            </Anchor>
            {app.propagation.status === 'applying' && (
              <PropagationBadge propagation={app.propagation} />
            )}
            {/* "Expires in 5 days" or "Expired", as in the table. */}
            {NameBadge && <NameBadge app={app} />}
          </div>
          <Stack gap={0} align="center">
            <RevealToggle name={app.name} revealed={revealed} onToggle={toggle} />
            <AutoHideNotice secondsLeft={secondsLeft} autoHidden={autoHidden} />
          </Stack>
        </Group>
        <dl className={classes.facts}>
          <dt>API Products</dt>
          <dd className={classes.products} title={products}>
            {products}
          </dd>
          <dt>Created on</dt>
          <dd>{formatDate(app.createdAt)}</dd>
          {lastUsedAt !== undefined && (
            <>
              <dt>Last used</dt>
              <dd>{lastUsedAt ? formatDate(lastUsedAt) : 'Never'}</dd>
            </>
          )}
          {revealed ? (
            <RevealedFacts app={app} />
          ) : (
            <>
              <dt>Key</dt>
              <dd aria-label="Key hidden">{MASK}</dd>
              <dt>Secret</dt>
              <dd aria-label="Secret hidden">{MASK}</dd>
            </>
          )}
        </dl>
      </Paper>
    </li>
  );
});

/** Mounted only while revealed, so the credentials leave the cache when hidden. */
function RevealedFacts({ app }: { app: App }) {
  const view = useRevealedView(app.id);
  return (
    <>
      <dt>Key</dt>
      <dd data-no-row-click>
        {view.state === 'error' ? (
          <RevealError message={view.message} retry={view.retry} />
        ) : (
          <ListCredential app={app} field="key" view={view} />
        )}
      </dd>
      <dt>Secret</dt>
      <dd data-no-row-click>
        {view.state === 'error' ? (
          <Text size="sm" c="dimmed">
            {MASK}
          </Text>
        ) : (
          <ListCredential app={app} field="secret" view={view} />
        )}
      </dd>
    </>
  );
}
