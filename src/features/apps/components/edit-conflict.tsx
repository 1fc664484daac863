import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconGitMerge, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { describeError } from '../../../lib/api-error';
import { without } from '../../../lib/sets';
import { productNames, useProductCatalog } from '../../products/api/product-queries';
import type { App } from '../api/app-queries';

/**
 * The admin's change re-applied on top of a newer App: what the admin added since `base` is
 * added, what the admin removed is removed, and everyone else's changes stay.
 */
export function reapply(base: App, draft: readonly string[], latest: App): string[] {
  const added = without(draft, base.productIds);
  const removed = without(base.productIds, draft);
  return [
    ...latest.productIds.filter((id) => !removed.includes(id)),
    ...without(added, latest.productIds),
  ];
}

interface EditConflictProps {
  /** The App as it was when the admin started editing. */
  base: App;
  /** The App as the server has it now. */
  latest: App;
  /** The admin's unsaved choice of products. */
  draft: readonly string[];
  /** Reads the App again; resolves with it as the server has it now. */
  onReload: () => Promise<App>;
  /** Continue from `newBase`: with the admin's change re-applied on it, or with none (null). */
  onResolve: (draft: string[] | null, newBase: App) => void;
}

/**
 * Someone else changed the App while the admin was editing it (a 412 on Save, or a newer
 * version from a background refresh). Nothing is overwritten and nothing the admin chose is
 * dropped: this says what changed meanwhile, and after "Reload the App" lets the admin re-apply
 * their change on top of the newer App, or discard it.
 */
export function EditConflict({ base, latest, draft, onReload, onResolve }: EditConflictProps) {
  const catalog = useProductCatalog().data;
  const [reloaded, setReloaded] = useState<App | null>(null);
  const [reloading, setReloading] = useState(false);
  const [reloadError, setReloadError] = useState<unknown>(null);
  const shown = reloaded ?? latest;
  const added = productNames(without(shown.productIds, base.productIds), catalog);
  const removed = productNames(without(base.productIds, shown.productIds), catalog);

  const reload = async () => {
    setReloading(true);
    setReloadError(null);
    try {
      setReloaded(await onReload());
    } catch (error) {
      setReloadError(error);
    } finally {
      setReloading(false);
    }
  };

  return (
    <Alert
      color="orange"
      variant="light"
      title="Someone else changed this App while you were editing it"
      role="alert"
    >
      <Stack gap="xs">
        {added.length + removed.length > 0 ? (
          <>
            {added.length > 0 && <Text size="sm">Added meanwhile: {added.join(', ')}</Text>}
            {removed.length > 0 && <Text size="sm">Removed meanwhile: {removed.join(', ')}</Text>}
          </>
        ) : (
          <Text size="sm">Its API products are the same, but something else about it changed.</Text>
        )}
        {reloaded === null ? (
          <>
            <Text size="sm">
              Nothing was saved and your choice below is kept. Reload the App to continue from the
              newer version.
            </Text>
            {reloadError !== null && (
              <Text size="sm" c="red">
                Could not reload the App. {describeError(reloadError)}
              </Text>
            )}
            <Group>
              <Button
                size="xs"
                leftSection={<IconRefresh size={14} aria-hidden />}
                onClick={() => void reload()}
                loading={reloading}
              >
                Reload the App
              </Button>
            </Group>
          </>
        ) : (
          <>
            <Text size="sm">
              The App is reloaded. Apply your change on top of it, or discard your change.
            </Text>
            <Group gap="xs">
              <Button
                size="xs"
                leftSection={<IconGitMerge size={14} aria-hidden />}
                onClick={() => onResolve(reapply(base, draft, reloaded), reloaded)}
              >
                Re-apply my changes
              </Button>
              <Button size="xs" variant="default" onClick={() => onResolve(null, reloaded)}>
                Discard my changes
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Alert>
  );
}
