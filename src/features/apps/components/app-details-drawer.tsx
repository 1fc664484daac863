import { Alert, Button, Group, List, Modal, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconArrowLeft, IconCircleCheck, IconTrash } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useRef, useState, type FormEvent } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { ErrorState } from '../../../components/error-state';
import { isApiError } from '../../../lib/api-error';
import { formatDate, formatTime } from '../../../lib/format';
import { usePageTitle } from '../../../lib/use-page-title';
import { CredentialTestSection } from '../../credential-test/components/credential-test-section';
import { lifecycleQueries } from '../../lifecycle/api/lifecycle-queries';
import { ExpirySelect } from '../../lifecycle/components/expiry-select';
import { SecretRotation } from '../../lifecycle/components/secret-rotation';
import { UsageSection } from '../../lifecycle/components/usage-section';
import { expiresAtFor, type ExpiryChoice } from '../../lifecycle/expiry';
import { recentUsageLines } from '../../lifecycle/recent-usage';
import { useProductCatalog, type Product } from '../../products/api/product-queries';
import { ChosenProducts, ProductPicker } from '../../products/components/product-picker';
import { useCapability, useSession, type Session } from '../../session/api/session-queries';
import { appQueries, etagOf, type App } from '../api/app-queries';
import { useUpdateAppProducts, type AppUpdate } from '../api/use-update-app-products';
import { AppCredentialField } from './app-credential-field';
import { AppDetailsTabs } from './app-details-tabs';
import { AppDrawer } from './app-drawer';
import classes from './app-drawer.module.css';
import { DeleteAppModal } from './delete-app-modal';
import { EditConflict } from './edit-conflict';
import { PropagationBadge } from './propagation-badge';
import { SaveButton } from './save-button';
import { revealAndFocus, useBringIntoView } from './use-bring-into-view';
import { useConfirmLeaving } from './use-confirm-leaving';
import { useRouteDrawer } from './use-route-drawer';

// The list's lifecycle parts travel in this chunk; see lazy-lifecycle.tsx for why.
export { AttentionFilters, ExpiryBadge, LastUsed } from '../../lifecycle/components/list-lifecycle';

const NO_PRODUCT = 'Choose at least one API product.';

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

/** What became of the admin's change after a failed save: the truth, and that it is kept. */
function saveFollowUp(error: unknown): string {
  if (!isApiError(error)) return 'Your changes are kept: you can try again.';
  if (error.outcome === 'unknown') {
    return 'It could not be checked whether your change was saved. Your choice is kept: Save again to find out.';
  }
  if (error.kind === 'http' && error.status === 404) {
    return 'It was deleted, by someone else or in another tab: there is nothing to save to.';
  }
  if (error.sessionExpired) return 'Your choice is kept: sign in again, then Save.';
  return 'Nothing was saved. Your changes are kept: you can try again.';
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
  // The App's first answer is drawn in a background render, in slices, with the skeleton until
  // then: its form is the console's largest render, and drawn at once it could hold the page for
  // a long task (> 50 ms) on a slow device. Later answers (a save, a refresh) draw at once.
  const drawn = useDeferredValue(app !== undefined);

  const queryClient = useQueryClient();
  const update = useUpdateAppProducts(appId);
  // The unsaved choice of products; null while it is the App's own.
  const [draft, setDraft] = useState<string[] | null>(null);
  // The App as it was when that choice began: a save sends its ETag, and a newer App from a
  // refresh or a 412 shows as a conflict instead of silently replacing the choice.
  const [base, setBase] = useState<App | null>(null);
  const [productsError, setProductsError] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [deleteOpen, setDeleteOpen] = useState(false);
  // Products about to be removed that callers still use: asked about before the save is sent. A
  // dialog of the drawer's own, like the unsaved-changes question (see use-confirm-leaving.tsx).
  const [stillInUse, setStillInUse] = useState<{ app: App; lines: string[] } | null>(null);
  // When the last save succeeded (a new value each time, so each success is announced).
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const productSearch = useRef<HTMLInputElement>(null);
  const pickerRef = useRef<HTMLDivElement>(null);
  // Save turns disabled after a success and the focus would fall to the page: it goes to the
  // confirmation instead; after a failure, to the error.
  const savedRef = useBringIntoView<HTMLDivElement>(savedAt);
  const saveErrorRef = useBringIntoView<HTMLDivElement>(saveError);
  const catalog = useProductCatalog();
  const { data: session } = useSession();
  // Credential lifecycle, each shown only when the backend offers it.
  const offersRotation = useCapability('rotation');
  const offersExpiry = useCapability('expiry');
  const offersUsage = useCapability('usage');
  const credentialTestOffered = useCapability('credential-test');
  // Bumped when a new secret is issued: the Secret field starts over, revealed.
  const [secretVersion, setSecretVersion] = useState(0);
  // The unsaved expiry; null while it is the App's own.
  const [expiryDraft, setExpiryDraft] = useState<{
    choice: ExpiryChoice | 'current';
    expiresAt: string | null;
  } | null>(null);
  // Whether the last save changed products (which take minutes to apply) or only the expiry.
  const [savedProducts, setSavedProducts] = useState(true);

  const selection = draft ?? app?.productIds ?? [];
  const productsDirty = app !== undefined && draft !== null && !sameIds(draft, app.productIds);
  const expiryDirty = app !== undefined && expiryDraft !== null;
  const dirty = productsDirty || expiryDirty;
  const savedExpiryChoice = app?.expiresAt ? 'current' : 'never';
  const conflict =
    app !== undefined && base !== null && draft !== null && etagOf(app) !== etagOf(base);
  const { allowLeaving, confirmDiscard, discardDialog } = useConfirmLeaving(
    dirty && !drawer.closing,
  );
  const lostForGood = app ? removedForGood(app.productIds, selection, catalog.data, session) : [];
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
    if (base === null && app) setBase(app);
    setDraft(productIds);
    setProductsError(null);
    setSavedAt(null);
  };

  const changeExpiry = (choice: ExpiryChoice | 'current') => {
    if (!app) return;
    setSavedAt(null);
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
    if (!app || !dirty || conflict || update.isPending) return;
    if (selection.length === 0) {
      setProductsError(NO_PRODUCT);
      revealAndFocus(pickerRef.current, productSearch.current);
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
          setStillInUse({ app, lines });
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
    setSavedAt(null);
    update.mutate(
      // Only a change of products is based on what the admin saw when it began; the expiry
      // alone is one value, set as chosen.
      { ...changes, basedOn: productsDirty ? (base ?? app) : app },
      {
        onSuccess: () => {
          setDraft(null);
          setBase(null);
          setExpiryDraft(null);
          setSavedProducts(productsDirty);
          setSavedAt(Date.now());
        },
        onError: (error) => {
          const fieldError = isApiError(error) ? error.fieldError('productIds') : undefined;
          if (fieldError) setProductsError(fieldError);
          setSaveError(error);
        },
      },
    );
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
  if (app && drawn) {
    const overview = (
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
          <Stack gap="xs">
            <AppCredentialField
              key={secretVersion}
              appId={app.id}
              field="secret"
              label="Secret"
              initiallyRevealed={justCreated || secretVersion > 0}
              available={!deleteOpen && deletedApp === null}
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
                    available={!deleteOpen && deletedApp === null}
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
          {credentialTestOffered && <CredentialTestSection app={app} />}
          {savedAt !== null && (
            <div ref={savedRef} tabIndex={-1} className={classes.errorAnchor}>
              <Alert
                color="teal"
                variant="light"
                classNames={{ title: classes.alertTitle }}
                icon={<IconCircleCheck aria-hidden />}
                title={`${app.name}: ${savedProducts ? 'API products saved' : 'expiry saved'}`}
              >
                {savedProducts
                  ? 'It may take a few minutes for the change to apply everywhere.'
                  : 'The new expiry applies at once.'}
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
          {offersUsage && <UsageSection app={app} />}
          {conflict && base && draft && (
            <EditConflict
              base={base}
              latest={app}
              draft={draft}
              onReload={() =>
                queryClient.fetchQuery({ ...appQueries.detail(app.id), staleTime: 0 })
              }
              onResolve={(nextDraft, nextBase) => {
                setDraft(nextDraft);
                setBase(nextDraft === null ? null : nextBase);
                setSaveError(null);
              }}
            />
          )}
          {saveError !== null && !conflict && (
            <div ref={saveErrorRef} tabIndex={-1} className={classes.errorAnchor}>
              <ErrorState
                title={
                  productsDirty ? 'Could not save the API products' : 'Could not save the expiry'
                }
                error={saveError}
                followUp={saveFollowUp(saveError)}
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
            {/* A second press while saving is ignored by `save`. */}
            <SaveButton
              busy={update.isPending}
              disabled={(!dirty || conflict) && !update.isPending}
            />
          </Group>
        </Group>
      </form>
    );
    body = <AppDetailsTabs app={app} overview={overview} />;
  } else if (app || query.isPending) {
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
      {discardDialog}
      <Modal
        opened={stillInUse !== null}
        onClose={() => setStillInUse(null)}
        title="Remove API products still in use?"
      >
        <Stack gap="xs">
          <Text size="sm">
            Callers of these products with this App’s Key and Secret will be refused:
          </Text>
          <List size="sm">
            {stillInUse?.lines.map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
        </Stack>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setStillInUse(null)}>
            Keep editing
          </Button>
          <Button
            color="red"
            onClick={() => {
              const confirmed = stillInUse;
              setStillInUse(null);
              if (confirmed) send(confirmed.app);
            }}
          >
            Remove and save
          </Button>
        </Group>
      </Modal>
      {app && (
        <DeleteAppModal
          app={app}
          opened={deleteOpen}
          onClose={() => setDeleteOpen(false)}
          onDeleted={(deleted, { alreadyDeleted }) => {
            setDeletedApp(deleted);
            queryClient.removeQueries({ queryKey: appQueries.detail(deleted.id).queryKey });
            setDeleteOpen(false);
            leave();
            notifications.show({
              id: `app-deleted-${deleted.id}`,
              color: 'teal',
              title: alreadyDeleted
                ? `${deleted.name} was already deleted`
                : `${deleted.name} deleted`,
              message: alreadyDeleted
                ? 'Someone else, or another tab, had deleted it. Its Key and Secret no longer work.'
                : 'Its Key and Secret no longer work.',
            });
          }}
        />
      )}
    </>
  );
}
