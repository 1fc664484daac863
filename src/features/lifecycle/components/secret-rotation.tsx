import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRefresh } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { ErrorState } from '../../../components/error-state';
import { formatDateTimeWithZone, formatRelative } from '../../../lib/relative-time';
import { appQueries, type App } from '../../apps/api/app-queries';
import { useRevokePreviousSecret } from '../api/lifecycle-mutations';
import { Moment } from './moment';
import { RegenerateSecretModal } from './regenerate-secret-modal';

/** setTimeout's longest delay; a later end is rechecked when the App is next fetched. */
const MAX_TIMER_MS = 2_147_483_647;

interface SecretRotationProps {
  app: App;
  /** Renders a credential field (the drawer's own), here the previous secret's. */
  previousSecretField: ReactNode;
  /** The new secret is issued: show it in place. */
  onRegenerated: () => void;
}

/**
 * Under the Secret: when it was last used, `Regenerate secret`, and during a grace period the
 * `Previous secret` with when it stops and `Revoke previous secret now`.
 */
export function SecretRotation({ app, previousSecretField, onRegenerated }: SecretRotationProps) {
  const [regenerateOpen, setRegenerateOpen] = useState(false);
  const [revokeOpen, setRevokeOpen] = useState(false);
  const regenerateButton = useRef<HTMLButtonElement>(null);
  const queryClient = useQueryClient();
  const previous = app.previousSecret ?? null;
  const stopsAt = previous?.stopsAt;

  // The grace period ends by itself: refetch the App then, which no longer has it, and drop
  // the previous secret's value from the cache.
  useEffect(() => {
    if (!stopsAt) return undefined;
    const timer = window.setTimeout(
      () => {
        void queryClient.invalidateQueries({ queryKey: appQueries.detail(app.id).queryKey });
        void queryClient.resetQueries({ queryKey: appQueries.credentials(app.id).queryKey });
      },
      Math.min(Math.max(Date.parse(stopsAt) - Date.now(), 0) + 500, MAX_TIMER_MS),
    );
    return () => window.clearTimeout(timer);
  }, [stopsAt, app.id, queryClient]);

  return (
    <Stack gap="sm">
      <Group justify="space-between" gap="xs">
        <Text size="sm" c="dimmed">
          {app.secretLastUsedAt ? (
            <>
              Secret last used <Moment at={app.secretLastUsedAt} />
            </>
          ) : (
            'Secret not used yet'
          )}
          {app.secretCreatedAt && ` · issued ${formatRelative(app.secretCreatedAt)}`}
        </Text>
        <Button
          ref={regenerateButton}
          variant="default"
          size="xs"
          leftSection={<IconRefresh size={14} aria-hidden />}
          onClick={() => setRegenerateOpen(true)}
        >
          Regenerate secret
        </Button>
      </Group>

      {previous && (
        <Stack gap={6}>
          {previousSecretField}
          <Text size="sm">
            Stops working on {formatDateTimeWithZone(previous.stopsAt)} (
            {formatRelative(previous.stopsAt)}).
          </Text>
          <Group justify="space-between" gap="xs">
            <Text size="sm" c="dimmed">
              {previous.lastUsedAt ? (
                <>
                  Previous secret last used <Moment at={previous.lastUsedAt} />
                </>
              ) : (
                'Previous secret not used since the regeneration'
              )}
            </Text>
            <Button color="red" variant="outline" size="xs" onClick={() => setRevokeOpen(true)}>
              Revoke previous secret now
            </Button>
          </Group>
        </Stack>
      )}

      <RegenerateSecretModal
        app={app}
        opened={regenerateOpen}
        onClose={() => setRegenerateOpen(false)}
        onRegenerated={(updated) => {
          setRegenerateOpen(false);
          onRegenerated();
          notifications.show({
            id: `secret-regenerated-${app.id}`,
            color: 'teal',
            title: `${app.name}: new secret issued`,
            message: updated.previousSecret
              ? `The previous secret works until ${formatDateTimeWithZone(updated.previousSecret.stopsAt)}.`
              : 'The previous secret no longer works.',
          });
        }}
      />
      {
        <RevokePreviousSecretModal
          app={app}
          opened={revokeOpen}
          onClose={() => setRevokeOpen(false)}
          onRevoked={() => {
            setRevokeOpen(false);
            // The button that opened the dialog is gone with the previous secret.
            window.setTimeout(() => regenerateButton.current?.focus());
          }}
        />
      }
    </Stack>
  );
}

function RevokePreviousSecretModal(props: {
  app: App;
  opened: boolean;
  onClose: () => void;
  onRevoked: () => void;
}) {
  const { app, opened, onClose, onRevoked } = props;
  const revoke = useRevokePreviousSecret(app.id);
  const close = () => {
    if (revoke.isPending) return;
    onClose();
  };
  // Reset once open again, so an earlier error or success does not show.
  const reset = revoke.reset;
  useEffect(() => {
    if (opened) reset();
  }, [opened, reset]);
  return (
    <Modal
      opened={opened}
      onClose={close}
      title="Revoke previous secret now?"
      centered
      // After a revoke its button is gone; SecretRotation moves focus instead.
      returnFocus={!revoke.isSuccess}
    >
      <Stack gap="md">
        <Text size="sm">
          Callers still using the previous secret of <strong>{app.name}</strong> stop working at
          once. The current secret is not affected.
        </Text>
        {revoke.isError && (
          <ErrorState
            title="Could not revoke the previous secret"
            error={revoke.error}
            followUp="It still works until the end of its grace period; you can try again."
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button
            // Shade 9: white text at 4.5:1 or more in both colour schemes.
            color="red.9"
            loading={revoke.isPending}
            onClick={() =>
              revoke.mutate(undefined, {
                onSuccess: () => {
                  onRevoked();
                  notifications.show({
                    id: `previous-secret-revoked-${app.id}`,
                    color: 'teal',
                    title: `${app.name}: previous secret revoked`,
                    message: 'Only the current secret works now.',
                  });
                },
              })
            }
          >
            Revoke previous secret
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
