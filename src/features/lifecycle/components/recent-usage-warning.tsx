import { Alert, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { App } from '../../apps/api/app-queries';
import { useProductCatalog } from '../../products/api/product-queries';
import { lifecycleQueries } from '../api/lifecycle-queries';
import { recentUsageLines } from '../api/recent-usage';

/** Before deleting: "Still in use" with each product's calls of the last 7 days, if any. */
export function RecentUsageWarning({ app }: { app: App }) {
  const usage = useQuery(lifecycleQueries.usage(app.id));
  const catalog = useProductCatalog();
  const lines = recentUsageLines(usage.data?.items, app.productIds, catalog.data);
  if (lines.length === 0) return null;
  return (
    <Alert
      color="yellow"
      // Default text colours on the default background: AA in both schemes (yellow text is not).
      variant="default"
      icon={<IconAlertTriangle aria-hidden />}
      title="This App is still in use"
      // Part of the question being asked, not an error that just happened.
      role="note"
    >
      <List size="sm" spacing={2}>
        {lines.map((line) => (
          <List.Item key={line}>{line}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
