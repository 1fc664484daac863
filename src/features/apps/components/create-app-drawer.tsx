import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconWand } from '@tabler/icons-react';
import { useRef, useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { APP_NAME_ALLOWED_CHARACTERS, APP_NAME_MAX_LENGTH } from '../../../api/app-name-rule';
import { ErrorState } from '../../../components/error-state';
import { isApiError } from '../../../lib/api-error';
import { ExpirySelect } from '../../lifecycle/components/expiry-select';
import { expiresAtFor, type ExpiryChoice } from '../../lifecycle/expiry';
import { ProductPicker } from '../../products/components/product-picker';
import { useCapability } from '../../session/api/session-queries';
import { useCreateApp, type AppCreate } from '../api/use-create-app';
import { appNameError, suggestAppName } from '../app-name';
import { AppDrawer, confirmDiscard } from './app-drawer';
import classes from './app-drawer.module.css';
import { useRouteDrawer } from './use-route-drawer';

const NO_PRODUCT = 'Choose at least one API product.';

/** `/api-keys/new`: the "Create app" drawer over the list. */
export function CreateAppDrawer() {
  const navigate = useNavigate();
  const { search } = useLocation();
  const drawer = useRouteDrawer();
  const createApp = useCreateApp();
  const [submitError, setSubmitError] = useState<unknown>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const productSearch = useRef<HTMLInputElement>(null);
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

  const requestClose = () => {
    if (form.isDirty() || expiry.choice !== 'never') confirmDiscard(drawer.close);
    else drawer.close();
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
            onSuccess: (app) => {
              notifications.show({
                id: `app-created-${app.id}`,
                color: 'teal',
                title: `${app.name} created`,
                message: 'Its Key and Secret are ready to reveal and copy.',
              });
              void navigate({ pathname: `/api-keys/${app.id}`, search });
            },
            onError: showServerError,
          },
        );
      },
      (errors) => {
        if (errors.name) nameInput.current?.focus();
        else if (errors.productIds) productSearch.current?.focus();
      },
    )(event);

  const name = form.values.name;
  const suggestion = form.errors.name ? suggestAppName(name) : null;

  return (
    <AppDrawer
      opened={drawer.opened}
      onClose={requestClose}
      onExitTransitionEnd={drawer.onExitTransitionEnd}
      title="Create app"
    >
      <form onSubmit={submit} noValidate className={classes.form}>
        <Stack gap="lg" className={classes.fields}>
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

          <ProductPicker
            value={form.values.productIds}
            onChange={(productIds) => form.setFieldValue('productIds', productIds)}
            error={form.errors.productIds}
            searchRef={productSearch}
          />

          {offersExpiry && (
            <ExpirySelect
              value={expiry.choice}
              onChange={(choice) =>
                choice !== 'current' && setExpiry({ choice, expiresAt: expiresAtFor(choice) })
              }
            />
          )}

          {submitError !== null && (
            <ErrorState
              title="Could not create the App"
              error={submitError}
              followUp="What you entered is kept: you can try again."
            />
          )}
        </Stack>

        <Group justify="flex-end" gap="sm" className={classes.footer}>
          <Button variant="default" onClick={requestClose}>
            Cancel
          </Button>
          <Button type="submit" loading={createApp.isPending}>
            Save
          </Button>
        </Group>
      </form>
    </AppDrawer>
  );
}
