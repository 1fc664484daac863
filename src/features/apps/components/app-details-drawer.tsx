import { Alert, Button, Group, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconArrowLeft, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { ErrorState } from '../../../components/error-state';
import { isApiError } from '../../../lib/api-error';
import { formatDate, formatTime } from '../../../lib/format';
import { CredentialTestSection } from '../../credential-test/components/credential-test-section';
import { ChosenProducts, ProductPicker } from '../../products/components/product-picker';
import { useCapability } from '../../session/api/session-queries';
import { appQueries, type App } from '../api/app-queries';
import { useUpdateAppProducts } from '../api/use-update-app-products';
import { AppCredentialField } from './app-credential-field';
import { AppDrawer, confirmDiscard } from './app-drawer';
import classes from './app-drawer.module.css';
import { DeleteAppModal } from './delete-app-modal';
import { DetailsTabs } from './details-tabs';
import { PropagationBadge } from './propagation-badge';
import { useRouteDrawer } from './use-route-drawer';

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
  const quickstartOffered = useCapability('quickstart');
  const credentialTestOffered = useCapability('credential-test');

  const selection = draft ?? app?.productIds ?? [];
  const dirty = app !== undefined && draft !== null && !sameIds(draft, app.productIds);

  const requestClose = () => {
    if (dirty) confirmDiscard(drawer.close);
    else drawer.close();
  };

  const changeProducts = (productIds: string[]) => {
    setDraft(productIds);
    setProductsError(null);
  };

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!app || !dirty || update.isPending) return;
    if (selection.length === 0) {
      setProductsError(NO_PRODUCT);
      productSearch.current?.focus();
      return;
    }
    setSaveError(null);
    update.mutate(selection, {
      onSuccess: () => {
        setDraft(null);
        notifications.show({
          id: `app-updated-${app.id}`,
          color: 'teal',
          title: `${app.name}: API products saved`,
          message: 'It may take a few minutes for the change to apply everywhere.',
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
          <AppCredentialField appId={app.id} field="secret" label="Secret" />
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
          {credentialTestOffered && <CredentialTestSection app={app} />}
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
          {saveError !== null && (
            <ErrorState
              title="Could not save the API products"
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
    body = quickstartOffered ? <DetailsTabs app={app} overview={overview} /> : overview;
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
