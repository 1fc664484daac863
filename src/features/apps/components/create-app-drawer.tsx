import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconWand } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { APP_NAME_ALLOWED_CHARACTERS, APP_NAME_MAX_LENGTH } from '../../../api/app-name-rule';
import { ErrorState } from '../../../components/error-state';
import { isApiError } from '../../../lib/api-error';
import { usePageTitle } from '../../../lib/use-page-title';
import { expiresAtFor, type ExpiryChoice } from '../../../lib/expiry';
import { useCapability } from '../../session/api/session-queries';
import { appQueries } from '../api/app-queries';
import { isUnresolvedCreate, useCreateApp, type AppCreate } from '../api/use-create-app';
import { appNameError, suggestAppName } from '../app-name';
import { drawerLayout, RouteDrawer } from '../../../components/route-drawer/route-drawer';
import { SaveButton } from '../../../components/route-drawer/save-button';
import {
  revealAndFocus,
  useBringIntoView,
} from '../../../components/route-drawer/use-bring-into-view';
import { useConfirmLeaving } from '../../../components/route-drawer/use-confirm-leaving';
import { useRouteDrawer } from '../../../components/route-drawer/use-route-drawer';
import type { CreatedAppState } from './app-details/app-details-drawer';
import { ExpirySelect } from './expiry-select';
import { ProductPicker } from './product-picker';

const NO_PRODUCT = 'Choose at least one API product.';

/** `/api-keys/new`: the "Create app" drawer over the list. */
export function CreateAppDrawer() {
  const navigate = useNavigate();
  const { search } = useLocation();
  const drawer = useRouteDrawer();
  const createApp = useCreateApp();
  const queryClient = useQueryClient();
  const [submitError, setSubmitError] = useState<unknown>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const productSearch = useRef<HTMLInputElement>(null);
  const pickerRef = useRef<HTMLDivElement>(null);
  // A failed create: the error comes into view above the buttons, with the focus.
  const submitErrorRef = useBringIntoView<HTMLDivElement>(submitError);
  usePageTitle('Create app', 'API Keys');
  const offersExpiry = useCapability('expiry');
  // The moment is fixed when chosen, so that a retried create asks for the same App.
  const [expiry, setExpiry] = useState<{ choice: ExpiryChoice; expiresAt: string | null }>({
    choice: 'never',
    expiresAt: null,
  });

  const form = useForm<AppCreate>({
    mode: 'controlled',
    initialValues: { name: '', productIds: [] },
    validate: {
      name: appNameError,
      productIds: (productIds) => (productIds.length === 0 ? NO_PRODUCT : null),
    },
    // The name is checked as it is typed; the products when saving, and again once changed.
    validateInputOnChange: ['name'],
  });

  const { allowLeaving, confirmDiscard, discardDialog } = useConfirmLeaving(
    (form.isDirty() || expiry.choice !== 'never') && !drawer.closing,
  );
  const leave = () => {
    allowLeaving();
    drawer.close();
  };
  // While a Save is out, closing could leave an App the admin never saw: wait for its answer.
  const requestClose = () => {
    if (createApp.isPending) return;
    const close = () => {
      // An earlier Save may have created an App after all: let the list show it.
      if (isUnresolvedCreate(submitError)) {
        void queryClient.invalidateQueries({ queryKey: appQueries.lists() });
      }
      leave();
    };
    if (form.isDirty() || expiry.choice !== 'never') confirmDiscard(close);
    else close();
  };

  /** Field errors from the server go on their fields; anything else above the buttons. */
  const showServerError = (error: unknown) => {
    const nameError = isApiError(error) ? error.fieldError('name') : undefined;
    const productsError = isApiError(error) ? error.fieldError('productIds') : undefined;
    if (nameError) form.setFieldError('name', nameError);
    if (productsError) form.setFieldError('productIds', productsError);
    if (nameError) nameInput.current?.focus();
    const onFieldsOnly =
      isApiError(error) &&
      (error.status === 409 || error.status === 422) &&
      (nameError || productsError);
    setSubmitError(onFieldsOnly ? null : error);
  };

  const submit = (event: FormEvent<HTMLFormElement>) =>
    form.onSubmit(
      (values) => {
        if (createApp.isPending) return;
        setSubmitError(null);
        createApp.mutate(
          offersExpiry && expiry.expiresAt ? { ...values, expiresAt: expiry.expiresAt } : values,
          {
            onSuccess: ({ app, earlierValues }) => {
              if (earlierValues) {
                notifications.show({
                  id: `app-created-${app.id}`,
                  color: 'yellow',
                  // Stays until dismissed: the admin must learn that the edits were not applied.
                  autoClose: false,
                  title: `${app.name} created`,
                  message:
                    'An earlier Save created it before its answer was lost, so no second App was made. Your later edits were not applied: adjust it here.',
                });
              }
              // The details say it was created and show its credentials (app-details-drawer.tsx).
              allowLeaving();
              const state: CreatedAppState = { createdAppId: app.id };
              void navigate({ pathname: `/api-keys/${app.id}`, search }, { state });
            },
            onError: showServerError,
          },
        );
      },
      (errors) => {
        if (errors.name) nameInput.current?.focus();
        else if (errors.productIds) revealAndFocus(pickerRef.current, productSearch.current);
      },
    )(event);

  const name = form.values.name;
  const suggestion = form.errors.name ? suggestAppName(name) : null;

  return (
    <>
      <RouteDrawer
        opened={drawer.opened}
        onClose={requestClose}
        onExitTransitionEnd={drawer.onExitTransitionEnd}
        title="Create app"
      >
        <form onSubmit={submit} noValidate className={drawerLayout.form}>
          <Stack gap="lg" className={drawerLayout.fields}>
            <Stack gap={6}>
              <TextInput
                ref={nameInput}
                label="Name"
                description={`Up to ${APP_NAME_MAX_LENGTH} characters: ${APP_NAME_ALLOWED_CHARACTERS}. No spaces.`}
                placeholder="e.g. All-CC-Analytics"
                withAsterisk
                autoComplete="off"
                spellCheck={false}
                data-autofocus
                {...form.getInputProps('name')}
              />
              {suggestion && (
                <Group gap="xs">
                  <Button
                    variant="light"
                    size="compact-sm"
                    leftSection={<IconWand size={14} aria-hidden />}
                    onClick={() => {
                      form.setFieldValue('name', suggestion);
                      nameInput.current?.focus();
                    }}
                  >
                    Use {suggestion}
                  </Button>
                </Group>
              )}
            </Stack>

            <div ref={pickerRef} className={drawerLayout.anchor}>
              <ProductPicker
                value={form.values.productIds}
                onChange={(productIds) => form.setFieldValue('productIds', productIds)}
                error={form.errors.productIds}
                searchRef={productSearch}
              />
            </div>

            {offersExpiry && (
              <ExpirySelect
                value={expiry.choice}
                onChange={(choice) =>
                  choice !== 'current' && setExpiry({ choice, expiresAt: expiresAtFor(choice) })
                }
              />
            )}

            {submitError !== null && (
              <div ref={submitErrorRef} tabIndex={-1} className={drawerLayout.anchor}>
                <ErrorState
                  title="Could not create the App"
                  error={submitError}
                  followUp={
                    isUnresolvedCreate(submitError)
                      ? 'It is not known yet whether the App was created. What you entered is kept: Save again to find out; it never creates a second App.'
                      : 'What you entered is kept: you can try again.'
                  }
                />
              </div>
            )}
          </Stack>

          <Group justify="flex-end" gap="sm" className={drawerLayout.footer}>
            <Button variant="default" onClick={requestClose} disabled={createApp.isPending}>
              Cancel
            </Button>
            {/* A second press while saving is ignored by `submit`. */}
            <SaveButton busy={createApp.isPending} />
          </Group>
        </form>
      </RouteDrawer>
      {discardDialog}
    </>
  );
}
