import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useRef, useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import {
  useBringIntoView,
  revealAndFocus,
} from '../../../../components/route-drawer/use-bring-into-view';
import { RouteDrawer } from '../../../../components/route-drawer/route-drawer';
import { useConfirmLeaving } from '../../../../components/route-drawer/use-confirm-leaving';
import { useRouteDrawer } from '../../../../components/route-drawer/use-route-drawer';
import { isApiError } from '../../../../lib/api-error';
import { expiresAtFor } from '../../../../lib/expiry';
import { formatDate, formatTime } from '../../../../lib/format';
import { usePageTitle } from '../../../../lib/use-page-title';
import { lifecycleQueries } from '../../../lifecycle/api/lifecycle-queries';
import { recentUsageLines } from '../../../lifecycle/api/recent-usage';
import { useProductCatalog, type Product } from '../../../products/api/product-queries';
import { useCapability, useSession, type Session } from '../../../session/api/session-queries';
import { appQueries, type App } from '../../api/app-queries';
import { useUpdateApp, type AppUpdate } from '../../api/use-update-app';
import { useAppDraft, type ExpiryValue } from '../../hooks/use-app-draft';
import { DeleteAppModal } from '../delete-app-modal';
import { AppDetailsTabs } from './app-details-tabs';
import { AppDetailsLoading, AppLoadFailed, AppNotFound } from './app-details-states';
import { AppOverviewForm } from './app-overview-form';
import type { AppDetailsSlots } from './slots';
import { StillInUseDialog } from './still-in-use-dialog';

const NO_PRODUCT = 'Choose at least one API product.';

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

/**
 * `/api-keys/:appId`: an App's details, its credentials, its APIs, and Delete. What other
 * features add (rotation, the credential test, usage, tabs) comes in `slots`, from the route.
 */
export function AppDetailsDrawer({ appId, slots }: { appId: string; slots: AppDetailsSlots }) {
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
  const update = useUpdateApp(appId);
  const draft = useAppDraft(app);
  const { state, selection, productsDirty, dirty, conflict } = draft;
  const [deleteOpen, setDeleteOpen] = useState(false);
  // Products about to be removed that callers still use: asked about before the save is sent.
  const [stillInUse, setStillInUse] = useState<{ app: App; lines: string[] } | null>(null);
  const productSearch = useRef<HTMLInputElement>(null);
  const pickerRef = useRef<HTMLDivElement>(null);
  // Save turns disabled after a success and the focus would fall to the page: it goes to the
  // confirmation instead; after a failure, to the error.
  const savedRef = useBringIntoView<HTMLDivElement>(state.saved?.at);
  const saveErrorRef = useBringIntoView<HTMLDivElement>(state.saveError);
  const catalog = useProductCatalog();
  const { data: session } = useSession();
  const offersExpiry = useCapability('expiry');
  const offersUsage = useCapability('usage');
  const [secretVersion, setSecretVersion] = useState(0);
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

  const changeExpiry = (choice: ExpiryValue) => {
    if (!app) return;
    draft.dispatch({
      type: 'expiry-changed',
      expiry:
        choice === draft.savedExpiryChoice
          ? null
          : // The moment is fixed now, so that a retried save asks for the same expiry.
            {
              choice,
              expiresAt: choice === 'current' ? (app.expiresAt ?? null) : expiresAtFor(choice),
            },
    });
  };

  const send = (app: App) => {
    const changes: AppUpdate = {
      ...(productsDirty ? { productIds: selection } : {}),
      ...(state.expiry ? { expiresAt: state.expiry.expiresAt } : {}),
    };
    draft.dispatch({ type: 'save-started' });
    update.mutate(
      // Only a change of products is based on what the admin saw when it began; the expiry
      // alone is one value, set as chosen.
      { ...changes, basedOn: productsDirty ? (state.base ?? app) : app },
      {
        onSuccess: () =>
          draft.dispatch({ type: 'save-succeeded', products: productsDirty, at: Date.now() }),
        onError: (error) =>
          draft.dispatch({
            type: 'save-failed',
            error,
            productsError: isApiError(error) ? error.fieldError('productIds') : undefined,
          }),
      },
    );
  };

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!app || !dirty || conflict || update.isPending) return;
    if (selection.length === 0) {
      draft.dispatch({ type: 'products-invalid', message: NO_PRODUCT });
      revealAndFocus(pickerRef.current, productSearch.current);
      return;
    }
    const removed = productsDirty ? app.productIds.filter((id) => !selection.includes(id)) : [];
    if (!offersUsage || removed.length === 0) {
      send(app);
      return;
    }
    // Removing a product still in use breaks its callers: say so, with the figures, first.
    void queryClient
      .fetchQuery(lifecycleQueries.usage(app.id))
      .then(
        (usage) => recentUsageLines(usage.items, removed, catalog.data),
        () => [],
      )
      .then((lines) => (lines.length === 0 ? send(app) : setStillInUse({ app, lines })));
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
      <AppOverviewForm
        app={app}
        draft={draft}
        slots={slots}
        justCreated={justCreated}
        available={!deleteOpen && deletedApp === null}
        busy={update.isPending}
        offersExpiry={offersExpiry}
        lostForGood={lostForGood}
        secretVersion={secretVersion}
        onRegenerated={() => setSecretVersion((version) => version + 1)}
        onProductsChange={(productIds) =>
          draft.dispatch({ type: 'products-changed', productIds, app })
        }
        onExpiryChange={changeExpiry}
        onReload={() => queryClient.fetchQuery({ ...appQueries.detail(app.id), staleTime: 0 })}
        onSubmit={save}
        onDelete={() => setDeleteOpen(true)}
        onCancel={requestClose}
        pickerRef={pickerRef}
        productSearchRef={productSearch}
        savedRef={savedRef}
        saveErrorRef={saveErrorRef}
      />
    );
    body = <AppDetailsTabs app={app} overview={overview} tabs={slots.tabs ?? []} />;
  } else if (app || query.isPending) {
    body = <AppDetailsLoading />;
  } else if (notFound) {
    body = <AppNotFound onBack={leave} />;
  } else {
    body = (
      <AppLoadFailed
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }

  return (
    <>
      <RouteDrawer
        opened={drawer.opened}
        onClose={requestClose}
        onExitTransitionEnd={drawer.onExitTransitionEnd}
        title={title}
        subtitle={
          app ? `Created on ${formatDate(app.createdAt)} at ${formatTime(app.createdAt)}` : null
        }
      >
        {body}
      </RouteDrawer>
      {discardDialog}
      <StillInUseDialog
        lines={stillInUse?.lines ?? null}
        onKeepEditing={() => setStillInUse(null)}
        onConfirm={() => {
          const confirmed = stillInUse;
          setStillInUse(null);
          if (confirmed) send(confirmed.app);
        }}
      />
      {app && (
        <DeleteAppModal
          app={app}
          opened={deleteOpen}
          warning={slots.DeleteWarning}
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
