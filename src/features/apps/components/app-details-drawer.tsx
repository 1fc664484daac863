import { Alert, Button, Group, Loader, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconArrowLeft, IconCircleCheck, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { ErrorState } from '../../../components/error-state';
import { isApiError } from '../../../lib/api-error';
import { formatDate, formatTime } from '../../../lib/format';
import { usePageTitle } from '../../../lib/use-page-title';
import { useProductCatalog, type Product } from '../../products/api/product-queries';
import { ChosenProducts, ProductPicker } from '../../products/components/product-picker';
import { useSession, type Session } from '../../session/api/session-queries';
import { appQueries, type App } from '../api/app-queries';
import { useUpdateAppProducts } from '../api/use-update-app-products';
import { AppCredentialField } from './app-credential-field';
import { AppDrawer, confirmDiscard } from './app-drawer';
import classes from './app-drawer.module.css';
import { DeleteAppModal } from './delete-app-modal';
import { PropagationBadge } from './propagation-badge';
import { revealAndFocus, useBringIntoView } from './use-bring-into-view';
import { useConfirmLeaving } from './use-confirm-leaving';
import { useRouteDrawer } from './use-route-drawer';

const NO_PRODUCT = 'Choose at least one API product.';

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

/** What the create drawer passes along when it opens the App it has just created. */
export interface CreatedAppState {
  createdAppId: string;
}

function isCreatedState(state: unknown, appId: string): boolean {
  return (
    typeof state === 'object' &&
    state !== null &&
    (state as Partial<CreatedAppState>).createdAppId === appId
  );
}

/**
 * Products being removed that this user could not add back: they need an assignment the user
 * lacks (only a Super Admin grants it), and the server refuses adding them without it.
 */
function removedForGood(
  granted: readonly string[],
  selection: readonly string[],
  catalog: readonly Product[] | undefined,
  session: Session | undefined,
): Product[] {
  return (catalog ?? []).filter(
    (product) =>
      granted.includes(product.id) &&
      !selection.includes(product.id) &&
      product.requiredAssignment !== null &&
      !session?.assignments.includes(product.requiredAssignment),
  );
}

/** `/api-keys/:appId`: an App's details, its credentials, its APIs, and Delete. */
export function AppDetailsDrawer() {
  const { appId = '' } = useParams();
  // A new App is a new drawer: nothing unsaved carries over from the previous one.
  return <AppDetails key={appId} appId={appId} />;
}

function AppDetails({ appId }: { appId: string }) {
  const drawer = useRouteDrawer({ appId });
  const location = useLocation();
  // Opened right after its creation: the notification says the credentials are ready, so show
  // them (they hide again after a minute like any revealed credential).
  const [justCreated] = useState(() => isCreatedState(location.state, appId));
  const navigate = useNavigate();
  useEffect(() => {
    // Said once: a reload of this history entry shows the App as any other.
    if (justCreated) void navigate(location, { replace: true, state: null });
    // Only on opening: `location` changes with this very navigation.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [justCreated, navigate]);
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
  // When the last save succeeded (a new value each time, so each success is announced).
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const productSearch = useRef<HTMLInputElement>(null);
  const pickerRef = useRef<HTMLDivElement>(null);
  // Save turns disabled after a success and the focus would fall to the page: it goes to the
  // confirmation instead; after a failure, to the error.
  const savedRef = useBringIntoView<HTMLDivElement>(savedAt);
  const saveErrorRef = useBringIntoView<HTMLDivElement>(saveError);
  const { data: catalog } = useProductCatalog();
  const { data: session } = useSession();

  const selection = draft ?? app?.productIds ?? [];
  const dirty = app !== undefined && draft !== null && !sameIds(draft, app.productIds);
  const { allowLeaving } = useConfirmLeaving(dirty && !drawer.closing);
  const lostForGood = app ? removedForGood(app.productIds, selection, catalog, session) : [];
  usePageTitle(app?.name ?? (query.isPending ? null : 'App'), 'API Keys');

  const leave = () => {
    allowLeaving();
    drawer.close();
  };
  const requestClose = () => {
    if (dirty) confirmDiscard(leave);
    else leave();
  };

  const changeProducts = (productIds: string[]) => {
    setDraft(productIds);
    setProductsError(null);
    setSavedAt(null);
  };

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!app || !dirty || update.isPending) return;
    if (selection.length === 0) {
      setProductsError(NO_PRODUCT);
      revealAndFocus(pickerRef.current, productSearch.current);
      return;
    }
    setSaveError(null);
    setSavedAt(null);
    update.mutate(selection, {
      onSuccess: () => {
        setDraft(null);
        setSavedAt(Date.now());
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
    body = (
      <form onSubmit={save} noValidate className={classes.form}>
        <Stack gap="lg" className={classes.fields}>
          {justCreated && (
            <Alert
              color="teal"
              variant="light"
              classNames={{ title: classes.alertTitle }}
              icon={<IconCircleCheck aria-hidden />}
              title={`${app.name} created`}
            >
              Its Key and Secret are shown below, ready to copy. They hide again after a minute; the
              eye buttons show them again at any time.
            </Alert>
          )}
          <TextInput label="Name" value={app.name} readOnly variant="filled" />
          <AppCredentialField
            appId={app.id}
            field="key"
            label="Key"
            initiallyRevealed={justCreated}
            available={!deleteOpen && deletedApp === null}
          />
          <AppCredentialField
            appId={app.id}
            field="secret"
            label="Secret"
            initiallyRevealed={justCreated}
            available={!deleteOpen && deletedApp === null}
          />
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
          {savedAt !== null && (
            <div ref={savedRef} tabIndex={-1} className={classes.errorAnchor}>
              <Alert
                color="teal"
                variant="light"
                classNames={{ title: classes.alertTitle }}
                icon={<IconCircleCheck aria-hidden />}
                title="API products saved"
                role="status"
              >
                It may take a few minutes for the change to apply everywhere.
              </Alert>
            </div>
          )}
          <div ref={pickerRef} className={classes.errorAnchor}>
            <ProductPicker
              value={selection}
              onChange={changeProducts}
              grantedIds={app.productIds}
              error={productsError}
              disabled={update.isPending || deletedApp !== null}
              searchRef={productSearch}
            />
          </div>
          <ChosenProducts
            value={selection}
            onChange={changeProducts}
            disabled={update.isPending || deletedApp !== null}
          />
          {lostForGood.length > 0 && (
            <Alert
              color="orange"
              variant="light"
              classNames={{ title: classes.alertTitle }}
              icon={<IconAlertTriangle aria-hidden />}
              title="You cannot add this back"
              role="status"
            >
              {lostForGood.map((product) => product.name).join(', ')} needs the Storage API
              assignment, which you do not have and only a Super Admin can grant. Once saved without
              it, you cannot give it back to this App.
            </Alert>
          )}
          {saveError !== null && (
            <div ref={saveErrorRef} tabIndex={-1} className={classes.errorAnchor}>
              <ErrorState
                title="Could not save the API products"
                error={saveError}
                followUp="Your changes are kept: you can try again."
              />
            </div>
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
            {/* Not `loading`, which disables the button and drops the focus to the page while
                the request runs; a second press meanwhile is ignored by `save`. */}
            <Button
              type="submit"
              disabled={!dirty && !update.isPending}
              aria-disabled={update.isPending || undefined}
              data-disabled={update.isPending || undefined}
              leftSection={
                update.isPending ? <Loader size={14} color="currentColor" aria-hidden /> : null
              }
            >
              Save
            </Button>
          </Group>
        </Group>
      </form>
    );
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
          onClick={leave}
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
            leave();
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
