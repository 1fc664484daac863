import { Alert, Button, Group, List, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconArrowLeft, IconTrash } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { ErrorState } from '../../../components/error-state';
import { isApiError } from '../../../lib/api-error';
import { formatDate, formatTime } from '../../../lib/format';
import { lifecycleQueries } from '../../lifecycle/api/lifecycle-queries';
import { ExpirySelect } from '../../lifecycle/components/expiry-select';
import { SecretRotation } from '../../lifecycle/components/secret-rotation';
import { UsageSection } from '../../lifecycle/components/usage-section';
import { expiresAtFor, type ExpiryChoice } from '../../lifecycle/expiry';
import { recentUsageLines } from '../../lifecycle/recent-usage';
import { useProductCatalog } from '../../products/api/product-queries';
import { ChosenProducts, ProductPicker } from '../../products/components/product-picker';
import { useCapability } from '../../session/api/session-queries';
import { appQueries, type App } from '../api/app-queries';
import { useUpdateAppProducts, type AppUpdate } from '../api/use-update-app-products';
import { AppCredentialField } from './app-credential-field';
import { AppDetailsTabs } from './app-details-tabs';
import { AppDrawer, confirmDiscard } from './app-drawer';
import classes from './app-drawer.module.css';
import { DeleteAppModal } from './delete-app-modal';
import { PropagationBadge } from './propagation-badge';
import { useRouteDrawer } from './use-route-drawer';

// The list's lifecycle parts travel in this chunk; see lazy-lifecycle.tsx for why.
export { AttentionFilters, ExpiryBadge, LastUsed } from '../../lifecycle/components/list-lifecycle';

const NO_PRODUCT = 'Choose at least one API product.';

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

/** `/api-keys/:appId`: an App's details, its credentials, its APIs, and Delete. */
export function AppDetailsDrawer() {
  const { appId = '' } = useParams();
  // A new App is a new drawer: nothing unsaved carries over from the previous one.
  return <AppDetails key={appId} appId={appId} />;
}

function AppDetails({ appId }: { appId: string }) {
  const drawer = useRouteDrawer({ appId });
  // Once deleted, the App is no longer fetched; the drawer shows it while it slides away.
  const [deletedApp, setDeletedApp] = useState<App | null>(null);
  const query = useQuery({ ...appQueries.detail(appId), enabled: deletedApp === null });
  const app = deletedApp ?? query.data;

  const update = useUpdateAppProducts(appId);
  // The unsaved choice of products; null while it is the App's own.
  const [draft, setDraft] = useState<string[] | null>(null);
  const [productsError, setProductsError] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [deleteOpen, setDeleteOpen] = useState(false);
  const productSearch = useRef<HTMLInputElement>(null);
  // Credential lifecycle (issue #8), each shown only when the backend offers it.
  const offersRotation = useCapability('rotation');
  const offersExpiry = useCapability('expiry');
  const offersUsage = useCapability('usage');
  const queryClient = useQueryClient();
  const catalog = useProductCatalog();
  // Bumped when a new secret is issued: the Secret field starts over, revealed.
  const [secretVersion, setSecretVersion] = useState(0);
  // The unsaved expiry; null while it is the App's own.
  const [expiryDraft, setExpiryDraft] = useState<{
    choice: ExpiryChoice | 'current';
    expiresAt: string | null;
  } | null>(null);

  const selection = draft ?? app?.productIds ?? [];
  const productsDirty = app !== undefined && draft !== null && !sameIds(draft, app.productIds);
  const expiryDirty = app !== undefined && expiryDraft !== null;
  const dirty = productsDirty || expiryDirty;
  const savedExpiryChoice = app?.expiresAt ? 'current' : 'never';

  const requestClose = () => {
    if (dirty) confirmDiscard(drawer.close);
    else drawer.close();
  };

  const changeProducts = (productIds: string[]) => {
    setDraft(productIds);
    setProductsError(null);
  };

  const changeExpiry = (choice: ExpiryChoice | 'current') => {
    if (!app) return;
    setExpiryDraft(
      choice === savedExpiryChoice
        ? null
        : // The moment is fixed now, so that a retried save asks for the same expiry.
          {
            choice,
            expiresAt: choice === 'current' ? (app.expiresAt ?? null) : expiresAtFor(choice),
          },
    );
  };

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!app || !dirty || update.isPending) return;
    if (selection.length === 0) {
      setProductsError(NO_PRODUCT);
      productSearch.current?.focus();
      return;
    }
    const removed = productsDirty ? app.productIds.filter((id) => !selection.includes(id)) : [];
    if (offersUsage && removed.length > 0) {
      // Removing a product still in use breaks its callers: say so, with the figures, first.
      void queryClient
        .fetchQuery(lifecycleQueries.usage(app.id))
        .then(
          (usage) => recentUsageLines(usage.items, removed, catalog.data),
          () => [],
        )
        .then((lines) => {
          if (lines.length === 0) {
            send(app);
            return;
          }
          modals.openConfirmModal({
            title: 'Remove API products still in use?',
            children: (
              <Stack gap="xs">
                <Text size="sm">
                  Callers of these products with this App’s Key and Secret will be refused:
                </Text>
                <List size="sm">
                  {lines.map((line) => (
                    <List.Item key={line}>{line}</List.Item>
                  ))}
                </List>
              </Stack>
            ),
            labels: { confirm: 'Remove and save', cancel: 'Keep editing' },
            confirmProps: { color: 'red' },
            onConfirm: () => send(app),
          });
        });
      return;
    }
    send(app);
  };

  const send = (app: App) => {
    const changes: AppUpdate = {
      ...(productsDirty ? { productIds: selection } : {}),
      ...(expiryDraft ? { expiresAt: expiryDraft.expiresAt } : {}),
    };
    setSaveError(null);
    update.mutate(changes, {
      onSuccess: () => {
        setDraft(null);
        setExpiryDraft(null);
        notifications.show({
          id: `app-updated-${app.id}`,
          color: 'teal',
          title: productsDirty ? `${app.name}: API products saved` : `${app.name}: expiry saved`,
          message: productsDirty
            ? 'It may take a few minutes for the change to apply everywhere.'
            : 'The new expiry applies at once.',
        });
      },
      onError: (error) => {
        const fieldError = isApiError(error) ? error.fieldError('productIds') : undefined;
        if (fieldError) setProductsError(fieldError);
        setSaveError(error);
      },
    });
  };

  const notFound = !app && isApiError(query.error) && query.error.status === 404;
  const title = app
    ? app.name
    : query.isPending
      ? 'Loading App…'
      : notFound
        ? 'App not found'
        : 'Could not load the App';

  let body;
  if (app) {
    const overview = (
      <form onSubmit={save} noValidate className={classes.form}>
        <Stack gap="lg" className={classes.fields}>
          <TextInput label="Name" value={app.name} readOnly variant="filled" />
          <AppCredentialField appId={app.id} field="key" label="Key" />
          <Stack gap="xs">
            <AppCredentialField
              key={secretVersion}
              appId={app.id}
              field="secret"
              label="Secret"
              initiallyRevealed={secretVersion > 0}
            />
            {offersRotation && (
              <SecretRotation
                app={app}
                onRegenerated={() => setSecretVersion((version) => version + 1)}
                previousSecretField={
                  <AppCredentialField
                    appId={app.id}
                    field="previousSecret"
                    label="Previous secret"
                    spokenName="previous secret"
                  />
                }
              />
            )}
          </Stack>
          {offersExpiry && (
            <ExpirySelect
              value={expiryDraft?.choice ?? savedExpiryChoice}
              onChange={changeExpiry}
              currentExpiresAt={app.expiresAt ?? null}
              disabled={update.isPending || deletedApp !== null}
            />
          )}
          <Stack gap={4}>
            <Group gap="xs">
              <Text size="sm" fw={500}>
                Status
              </Text>
              <PropagationBadge propagation={app.propagation} />
            </Group>
            {app.propagation.status === 'applying' && (
              <Text size="sm" c="dimmed">
                The last change of APIs is being applied everywhere. It can take a few minutes;
                meanwhile some calls may still see the previous APIs.
              </Text>
            )}
          </Stack>
          <ProductPicker
            value={selection}
            onChange={changeProducts}
            grantedIds={app.productIds}
            error={productsError}
            disabled={update.isPending || deletedApp !== null}
            searchRef={productSearch}
          />
          <ChosenProducts
            value={selection}
            onChange={changeProducts}
            disabled={update.isPending || deletedApp !== null}
          />
          {offersUsage && <UsageSection app={app} />}
          {saveError !== null && (
            <ErrorState
              title={
                productsDirty ? 'Could not save the API products' : 'Could not save the expiry'
              }
              error={saveError}
              followUp="Your changes are kept: you can try again."
            />
          )}
        </Stack>
        <Group justify="space-between" gap="sm" className={classes.footer}>
          <Button
            color="red"
            variant="outline"
            leftSection={<IconTrash size={16} aria-hidden />}
            onClick={() => setDeleteOpen(true)}
          >
            Delete
          </Button>
          <Group gap="sm">
            <Button variant="default" onClick={requestClose}>
              Cancel
            </Button>
            <Button type="submit" disabled={!dirty} loading={update.isPending}>
              Save
            </Button>
          </Group>
        </Group>
      </form>
    );
    body = <AppDetailsTabs appId={app.id} overview={overview} />;
  } else if (query.isPending) {
    body = (
      <Stack gap="lg" className={classes.fields} aria-busy>
        <Text size="sm" role="status">
          Loading the App…
        </Text>
        {Array.from({ length: 4 }, (_, index) => (
          <Skeleton key={index} height={48} />
        ))}
      </Stack>
    );
  } else if (notFound) {
    body = (
      <Stack gap="md" className={classes.fields} align="flex-start">
        <Alert
          color="yellow"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title="This App does not exist"
          w="100%"
        >
          This App does not exist. It may have been deleted, or the link may be wrong.
        </Alert>
        <Button
          variant="default"
          leftSection={<IconArrowLeft size={16} aria-hidden />}
          onClick={drawer.close}
        >
          Back to API Keys
        </Button>
      </Stack>
    );
  } else {
    body = (
      <Stack gap="md" className={classes.fields}>
        <ErrorState
          title="Could not load the App"
          error={query.error}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      </Stack>
    );
  }

  return (
    <>
      <AppDrawer
        opened={drawer.opened}
        onClose={requestClose}
        onExitTransitionEnd={drawer.onExitTransitionEnd}
        title={title}
        subtitle={
          app ? `Created on ${formatDate(app.createdAt)} at ${formatTime(app.createdAt)}` : null
        }
      >
        {body}
      </AppDrawer>
      {app && (
        <DeleteAppModal
          app={app}
          opened={deleteOpen}
          onClose={() => setDeleteOpen(false)}
          onDeleted={(deleted) => {
            setDeletedApp(deleted);
            setDeleteOpen(false);
            drawer.close();
            notifications.show({
              id: `app-deleted-${deleted.id}`,
              color: 'teal',
              title: `${deleted.name} deleted`,
              message: 'Its Key and Secret no longer work.',
            });
          }}
        />
      )}
    </>
  );
}
