import { Anchor, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { memo, Suspense } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/format';
import { productNames, type Product } from '../../products/api/product-queries';
import type { App } from '../api/app-queries';
import { useTimedReveal } from './app-credentials';
import {
  AutoHideNotice,
  LoadingValue,
  MASK,
  RevealError,
  RevealedValue,
  RevealToggle,
  useRevealedView,
} from './app-list-credentials';
import classes from './app-card-list.module.css';
import { appDetailsLink, openAppOnRowClick } from './apps-table';
import { ExpiryBadge } from './lazy-lifecycle';
import { PropagationBadge } from './propagation-badge';

interface AppCardListProps {
  apps: App[];
  catalog: Product[] | undefined;
  /** The list's view (URL search) the cards were loaded for; their links keep it. */
  listSearch: string;
  /** Cards of the previous search or page, shown dimmed while the new ones load. */
  stale?: boolean;
}

/**
 * The App list below the `md` breakpoint: one card per App, with what the table shows (name,
 * products, created, masked credentials with the same eyeball and copy buttons and the same
 * accessible names), stacked so that nothing needs sideways scrolling on a phone.
 */
export function AppCardList({ apps, catalog, listSearch, stale = false }: AppCardListProps) {
  return (
    <ul
      aria-label="Apps"
      className={classes.list}
      data-stale={stale}
      aria-busy={stale || undefined}
    >
      {apps.map((app) => (
        <AppCard key={app.id} app={app} catalog={catalog} listSearch={listSearch} />
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
}: {
  app: App;
  catalog: Product[] | undefined;
  listSearch: string;
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
              {app.name}
            </Anchor>
            {app.propagation.status === 'applying' && (
              <PropagationBadge propagation={app.propagation} />
            )}
            {/* "Expires in 5 days" or "Expired", as in the table. */}
            {app.expiresAt && (
              <Suspense fallback={null}>
                <ExpiryBadge app={app} />
              </Suspense>
            )}
          </div>
          <Stack gap={0} align="center">
            <RevealToggle app={app} revealed={revealed} onToggle={toggle} />
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
        {view.state === 'loading' ? (
          <LoadingValue label="Loading key" />
        ) : view.state === 'error' ? (
          <RevealError message={view.message} retry={view.retry} />
        ) : (
          <RevealedValue value={view.credentials.key} copyLabel={`Copy key for ${app.name}`} />
        )}
      </dd>
      <dt>Secret</dt>
      <dd data-no-row-click>
        {view.state === 'loading' ? (
          <LoadingValue label="Loading secret" />
        ) : view.state === 'error' ? (
          <Text size="sm" c="dimmed">
            {MASK}
          </Text>
        ) : (
          <RevealedValue
            value={view.credentials.secret}
            copyLabel={`Copy secret for ${app.name}`}
          />
        )}
      </dd>
    </>
  );
}
