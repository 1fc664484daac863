import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState, type ComponentType, type FormEvent } from 'react';
import { BackendText } from '../../../components/backend-text';
import { HiddenCharactersWarning } from '../../../components/hidden-characters-warning';
import { ErrorState } from '../../../components/error-state';
import { isApiError } from '../../../lib/api-error';
import type { App } from '../api/app-queries';
import { useDeleteApp, type DeleteResult } from '../api/use-delete-app';

interface DeleteAppModalProps {
  app: App;
  opened: boolean;
  onClose: () => void;
  onDeleted: (app: App, result: DeleteResult) => void;
  /** Shown while the dialog is open, from the route: e.g. recent calls that would break. */
  warning?: ComponentType<{ app: App }> | undefined;
}

/** A failed delete was checked (see useDeleteApp): say whether the App may be gone. */
function deleteFollowUp(error: unknown): string {
  if (isApiError(error) && error.outcome === 'unknown') {
    return 'It could not be checked whether the App was deleted. Try again: deleting an App that is already gone is fine.';
  }
  return 'Nothing was deleted.';
}

/** "Delete app <name>?": deleting revokes the credentials, so the admin types the name first. */
export function DeleteAppModal({
  app,
  opened,
  onClose,
  onDeleted,
  warning: Warning,
}: DeleteAppModalProps) {
  const [typed, setTyped] = useState('');
  const deleteApp = useDeleteApp();
  const confirmed = typed === app.name;

  const close = () => {
    if (deleteApp.isPending) return;
    setTyped('');
    deleteApp.reset();
    onClose();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!confirmed || deleteApp.isPending) return;
    deleteApp.mutate(app.id, { onSuccess: (result) => onDeleted(app, result) });
  };

  return (
    // The name in <bdi>s: the backend's text cannot reorder the dialog's own words, and the
    // accessible names stay `Delete app <name>?` and `Type <name> to confirm`, character for character.
    <Modal
      opened={opened}
      onClose={close}
      title={
        <>
          Delete app <BackendText text={app.name} />?
        </>
      }
      centered
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            Deleting{' '}
            <strong>
              <BackendText text={app.name} />
            </strong>{' '}
            revokes its Key and Secret: everything that calls the 8x8 APIs with them stops working
            at once. This cannot be undone.
          </Text>
          <HiddenCharactersWarning name={app.name} />
          {Warning && opened && <Warning app={app} />}
          <TextInput
            label={
              <>
                Type <BackendText text={app.name} /> to confirm
              </>
            }
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            autoComplete="off"
            spellCheck={false}
            data-autofocus
          />
          {deleteApp.isError && (
            <ErrorState
              title="Could not delete the App"
              error={deleteApp.error}
              followUp={deleteFollowUp(deleteApp.error)}
            />
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" color="red" disabled={!confirmed} loading={deleteApp.isPending}>
              Delete app
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
