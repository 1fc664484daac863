import { Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { ErrorState } from '../../../components/error-state';
import { formatDateTimeWithZone } from '../../../lib/relative-time';
import { productNames, useProductCatalog, type Product } from '../../products/api/product-queries';
import {
  lifecycleQueries,
  type ActivityEvent,
  type CredentialName,
} from '../api/lifecycle-queries';
import { Moment } from './moment';
import classes from './activity-feed.module.css';

const credentialNames: Record<CredentialName, string> = {
  key: 'Key',
  secret: 'Secret',
  'previous-secret': 'previous Secret',
};
const graceNames = {
  none: 'stopped at once',
  '1h': 'kept working for 1 hour',
  '24h': 'kept working for 24 hours',
  '7d': 'kept working for 7 days',
};

function listOf(items: string[]): string {
  return new Intl.ListFormat(undefined, { type: 'conjunction' }).format(items);
}

/** What happened, in words, after the actor's name: "revealed the Key and Secret". */
export function describeEvent(event: ActivityEvent, catalog: readonly Product[] | undefined) {
  const products = (ids: string[] | undefined) => listOf(productNames(ids ?? [], catalog));
  const credentials = listOf((event.credentials ?? []).map((name) => credentialNames[name]));
  switch (event.type) {
    case 'created':
      return `created the App with ${products(event.addedProductIds)}`;
    case 'products-changed':
      return [
        event.addedProductIds?.length ? `added ${products(event.addedProductIds)}` : '',
        event.removedProductIds?.length ? `removed ${products(event.removedProductIds)}` : '',
      ]
        .filter(Boolean)
        .join(' and ');
    case 'expiry-changed':
      return event.expiresAt
        ? `set the expiry to ${formatDateTimeWithZone(event.expiresAt)}`
        : 'removed the expiry';
    case 'credentials-revealed':
      return `revealed the ${credentials}`;
    case 'credential-copied':
      return `copied the ${credentials}`;
    case 'secret-regenerated':
      return `regenerated the Secret; the previous one ${graceNames[event.gracePeriod ?? 'none']}`;
    case 'previous-secret-revoked':
      return 'revoked the previous Secret';
    case 'credentials-tested':
      return 'tested the credentials';
  }
}

/** The `Activity` tab: the App's events, newest first, with who and when; `Load more` pages. */
export function ActivityFeed({ appId }: { appId: string }) {
  const activity = useInfiniteQuery(lifecycleQueries.activity(appId));
  const catalog = useProductCatalog();

  const data = activity.data;
  if (!data && activity.isPending) {
    return (
      <Stack gap="sm" aria-busy>
        <Text size="sm" role="status">
          Loading the activity…
        </Text>
        {Array.from({ length: 4 }, (_, index) => (
          <Skeleton key={index} height={36} />
        ))}
      </Stack>
    );
  }
  if (!data) {
    return (
      <ErrorState
        title="Could not load the activity"
        error={activity.error}
        onRetry={() => void activity.refetch()}
        retrying={activity.isFetching}
      />
    );
  }
  const events = data.pages.flatMap((page) => page.items);

  return (
    <Stack gap="md">
      <div
        role="feed"
        aria-label="Activity"
        aria-busy={activity.isFetching}
        className={classes.feed}
      >
        {events.map((event, index) => {
          const what = describeEvent(event, catalog.data);
          return (
            <article
              key={event.id}
              className={classes.event}
              aria-posinset={index + 1}
              aria-setsize={activity.hasNextPage ? -1 : events.length}
              aria-label={`${event.actor.name} ${what}`}
            >
              <Text size="sm">
                <strong>{event.actor.name}</strong> {what}
              </Text>
              <Text size="xs" c="dimmed">
                <Moment at={event.at} />
              </Text>
            </article>
          );
        })}
        {events.length === 0 && (
          <Text size="sm" c="dimmed">
            Nothing has happened to this App yet.
          </Text>
        )}
      </div>
      {activity.isFetchNextPageError && (
        <ErrorState
          title="Could not load more activity"
          error={activity.error}
          onRetry={() => void activity.fetchNextPage()}
        />
      )}
      {activity.hasNextPage && (
        <Group>
          <Button
            variant="default"
            loading={activity.isFetchingNextPage}
            onClick={() => void activity.fetchNextPage()}
          >
            Load more
          </Button>
        </Group>
      )}
    </Stack>
  );
}
