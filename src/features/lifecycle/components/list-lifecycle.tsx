// What the credential lifecycle adds to the App list. Loaded on first use (see the list's
// lazy-lifecycle.tsx), so the list's first load carries none of it.
import { Badge, Button, Group, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { formatRelative } from '../../../lib/relative-time';
import type { App, AttentionFilter } from '../../apps/api/app-queries';
import { lifecycleQueries } from '../api/lifecycle-queries';
import { isExpired, isExpiringSoon } from '../../../lib/expiry';
import { formatCount } from '../api/recent-usage';
import classes from './list-lifecycle.module.css';
import { Moment } from './moment';

const attentionLabels: Record<AttentionFilter, string> = {
  'never-used': 'Never used',
  idle: 'Idle 90+ days',
  'expiring-soon': 'Expiring soon',
  'old-secret': 'Old secret',
};
const attentionHints: Record<AttentionFilter, string> = {
  'never-used': 'Apps whose credentials were never used',
  idle: 'Apps not used for 90 days or more',
  'expiring-soon': 'Apps that expire within 30 days',
  'old-secret': 'Apps whose secret is more than a year old',
};

interface AttentionFiltersProps {
  search: string;
  value: AttentionFilter | undefined;
  onChange: (filter: AttentionFilter | undefined) => void;
}

/** Toggle buttons above the list, each with the server's count for the current search. */
export function AttentionFilters({ search, value, onChange }: AttentionFiltersProps) {
  const counts = useQuery(lifecycleQueries.attentionCounts(search));
  return (
    <Group gap="xs" role="group" aria-label="Needs attention">
      <Text size="sm" c="dimmed" aria-hidden>
        Needs attention:
      </Text>
      {(Object.keys(attentionLabels) as AttentionFilter[]).map((filter) => {
        const pressed = value === filter;
        const count = counts.data?.[filter];
        return (
          <Button
            key={filter}
            size="compact-sm"
            radius="xl"
            variant={pressed ? 'filled' : 'default'}
            aria-pressed={pressed}
            title={attentionHints[filter]}
            onClick={() => onChange(pressed ? undefined : filter)}
            rightSection={
              <Badge
                size="sm"
                circle={count !== undefined && count < 10}
                variant={pressed ? 'white' : 'light'}
                aria-hidden={count === undefined}
              >
                {count === undefined ? '…' : formatCount(count)}
              </Badge>
            }
          >
            {attentionLabels[filter]}
          </Button>
        );
      })}
    </Group>
  );
}

/**
 * The `Last used` cell: "3 hours ago" with the exact time on hover and while its row has keyboard
 * focus (no Tab stop of its own: the row must be marked `data-shows-exact-time`), or "Never".
 */
export function LastUsed({ app }: { app: App }) {
  if (!app.lastUsedAt) {
    return (
      <Text size="sm" c="dimmed">
        Never
      </Text>
    );
  }
  return (
    <Text size="sm" component="span">
      <Moment at={app.lastUsedAt} focusable={false} />
    </Text>
  );
}

/** "Expires in 5 days" (yellow within 30 days) or `Expired`, next to the App's name. */
export function ExpiryBadge({ app }: { app: App }) {
  if (!app.expiresAt) return null;
  if (isExpired(app.expiresAt)) {
    return (
      <Badge color="red" variant="light" size="sm" tt="none">
        Expired
      </Badge>
    );
  }
  const label = `Expires ${formatRelative(app.expiresAt)}`;
  // Within 30 days it stands out (filled yellow, dark text: AA); further off, quiet text.
  return isExpiringSoon(app.expiresAt) ? (
    <Badge color="yellow" variant="filled" size="sm" tt="none">
      {label}
    </Badge>
  ) : (
    <Text size="xs" c="dimmed" className={classes.nowrap}>
      {label}
    </Text>
  );
}
