import { Alert, Badge, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconTrash } from '@tabler/icons-react';
import type { FormEvent, RefObject } from 'react';
import { ErrorState } from '../../../../components/error-state';
import { drawerLayout } from '../../../../components/route-drawer/route-drawer';
import { SaveButton } from '../../../../components/route-drawer/save-button';
import { isApiError } from '../../../../lib/api-error';
import { isExpired } from '../../../../lib/expiry';
import type { Product } from '../../../products/api/product-queries';
import type { App } from '../../api/app-queries';
import type { AppDraft, ExpiryValue } from '../../hooks/use-app-draft';
import { EditConflict } from '../edit-conflict';
import { ExpirySelect } from '../expiry-select';
import { ChosenProducts, ProductPicker } from '../product-picker';
import { PropagationBadge } from '../propagation-badge';
import { AppCredentialField } from './app-credential-field';
import type { AppDetailsSlots } from './slots';
import { HiddenCharactersWarning } from '../../../../components/hidden-characters-warning';

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

export interface AppOverviewFormProps {
  app: App;
  draft: AppDraft;
  slots: AppDetailsSlots;
  /** Opened right after its creation: the credentials are shown at once. */
  justCreated: boolean;
  /** False while the App is being deleted (and after): no credential is fetched any more. */
  available: boolean;
  busy: boolean;
  offersExpiry: boolean;
  /** Products being removed that this admin could not add back (a missing assignment). */
  lostForGood: readonly Product[];
  /** Bumped when a new secret is issued: the Secret field starts over, revealed. */
  secretVersion: number;
  onRegenerated: () => void;
  onProductsChange: (productIds: string[]) => void;
  onExpiryChange: (choice: ExpiryValue) => void;
  onReload: () => Promise<App>;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onDelete: () => void;
  onCancel: () => void;
  pickerRef: RefObject<HTMLDivElement | null>;
  productSearchRef: RefObject<HTMLInputElement | null>;
  savedRef: RefObject<HTMLDivElement | null>;
  saveErrorRef: RefObject<HTMLDivElement | null>;
}

/** The Overview tab: the App's credentials, expiry, status and products, and its buttons. */
export function AppOverviewForm({
  pickerRef,
  productSearchRef,
  savedRef,
  saveErrorRef,
  ...props
}: AppOverviewFormProps) {
  const { app, draft, slots, justCreated, available, busy } = props;
  const { state, selection, productsDirty, dirty, conflict } = draft;
  const disabled = busy || !available;
  const { SecretExtras, StatusExtras, ProductsExtras } = slots;

  return (
    <form onSubmit={props.onSubmit} noValidate className={drawerLayout.form}>
      <Stack gap="lg" className={drawerLayout.fields}>
        {justCreated && (
          <Alert
            color="teal"
            variant="light"
            classNames={{ title: drawerLayout.alertTitle }}
            icon={<IconCircleCheck aria-hidden />}
            title={`${app.name} created`}
          >
            Its Key and Secret are shown below, ready to copy. They hide again after a minute; the
            eye buttons show them again at any time.
          </Alert>
        )}
        {/* Read-only text is no Tab stop: keyboard users go from control to control. */}
        <TextInput label="Name" value={app.name} readOnly variant="filled" tabIndex={-1} />
        <HiddenCharactersWarning name={app.name} />
        <AppCredentialField
          appId={app.id}
          field="key"
          label="Key"
          initiallyRevealed={justCreated}
          available={available}
        />
        <Stack gap="xs">
          <AppCredentialField
            key={props.secretVersion}
            appId={app.id}
            field="secret"
            label="Secret"
            initiallyRevealed={justCreated || props.secretVersion > 0}
            available={available}
          />
          {SecretExtras && (
            <SecretExtras app={app} available={available} onRegenerated={props.onRegenerated} />
          )}
        </Stack>
        {props.offersExpiry && (
          <ExpirySelect
            value={state.expiry?.choice ?? draft.savedExpiryChoice}
            onChange={props.onExpiryChange}
            currentExpiresAt={app.expiresAt ?? null}
            disabled={disabled}
          />
        )}
        <Stack gap={4}>
          <Group gap="xs">
            <Text size="sm" fw={500}>
              Status
            </Text>
            {/* An expired App's credentials no longer work: it is never "Active" (a change of
                its APIs still being applied is still said). */}
            {isExpired(app.expiresAt) && (
              <Badge color="red" variant="dot" size="sm">
                Expired
              </Badge>
            )}
            {(!isExpired(app.expiresAt) || app.propagation.status === 'applying') && (
              <PropagationBadge propagation={app.propagation} />
            )}
          </Group>
          {app.propagation.status === 'applying' && (
            <Text size="sm" c="dimmed">
              The last change of APIs is being applied everywhere. It can take a few minutes;
              meanwhile some calls may still see the previous APIs.
            </Text>
          )}
        </Stack>
        {StatusExtras && <StatusExtras app={app} />}
        {state.saved !== null && (
          <div ref={savedRef} tabIndex={-1} className={drawerLayout.anchor}>
            <Alert
              color="teal"
              variant="light"
              classNames={{ title: drawerLayout.alertTitle }}
              icon={<IconCircleCheck aria-hidden />}
              title={`${app.name}: ${state.saved.products ? 'API products saved' : 'expiry saved'}`}
            >
              {state.saved.products
                ? 'It may take a few minutes for the change to apply everywhere.'
                : 'The new expiry applies at once.'}
            </Alert>
          </div>
        )}
        <div ref={pickerRef} className={drawerLayout.anchor}>
          <ProductPicker
            value={selection}
            onChange={props.onProductsChange}
            grantedIds={app.productIds}
            error={state.productsError}
            disabled={disabled}
            searchRef={productSearchRef}
          />
        </div>
        <ChosenProducts value={selection} onChange={props.onProductsChange} disabled={disabled} />
        {props.lostForGood.length > 0 && (
          <Alert
            color="orange"
            variant="light"
            classNames={{ title: drawerLayout.alertTitle }}
            icon={<IconAlertTriangle aria-hidden />}
            title="You cannot add this back"
            role="status"
          >
            {props.lostForGood.map((product) => product.name).join(', ')} needs the Storage API
            assignment, which you do not have and only a Super Admin can grant. Once saved without
            it, you cannot give it back to this App.
          </Alert>
        )}
        {ProductsExtras && <ProductsExtras app={app} />}
        {conflict && state.base && state.products && (
          <EditConflict
            base={state.base}
            latest={app}
            draft={state.products}
            onReload={props.onReload}
            onResolve={(productIds, base) =>
              draft.dispatch({ type: 'conflict-resolved', productIds, base })
            }
          />
        )}
        {state.saveError !== null && !conflict && (
          <div ref={saveErrorRef} tabIndex={-1} className={drawerLayout.anchor}>
            <ErrorState
              title={
                productsDirty ? 'Could not save the API products' : 'Could not save the expiry'
              }
              error={state.saveError}
              followUp={saveFollowUp(state.saveError)}
            />
          </div>
        )}
      </Stack>
      <Group justify="space-between" gap="sm" className={drawerLayout.footer}>
        <Button
          color="red"
          variant="outline"
          leftSection={<IconTrash size={16} aria-hidden />}
          onClick={props.onDelete}
        >
          Delete
        </Button>
        <Group gap="sm">
          <Button variant="default" onClick={props.onCancel}>
            Cancel
          </Button>
          {/* A second press while saving is ignored by the drawer's submit. */}
          <SaveButton busy={busy} disabled={(!dirty || conflict) && !busy} />
        </Group>
      </Group>
    </form>
  );
}
