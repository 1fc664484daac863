import { Alert, Button, Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { BackendText } from '../../../components/backend-text';
import { ErrorState } from '../../../components/error-state';
import type { App } from '../../apps/api/app-queries';
import { useRegenerateSecret } from '../api/lifecycle-mutations';
import type { GracePeriod } from '../api/lifecycle-queries';

const graceOptions: Array<{ value: GracePeriod; label: string }> = [
  { value: 'none', label: 'No, stop it now' },
  { value: '1h', label: 'For 1 hour' },
  { value: '24h', label: 'For 24 hours' },
  { value: '7d', label: 'For 7 days' },
];

interface RegenerateSecretModalProps {
  app: App;
  opened: boolean;
  onClose: () => void;
  onRegenerated: (app: App) => void;
}

/**
 * "Regenerate secret for <name>?": the admin chooses how long the previous secret keeps
 * working. Stopping it at once breaks every caller still using it, so that needs the name typed.
 */
export function RegenerateSecretModal({
  app,
  opened,
  onClose,
  onRegenerated,
}: RegenerateSecretModalProps) {
  const [gracePeriod, setGracePeriod] = useState<GracePeriod>('24h');
  const [typed, setTyped] = useState('');
  const regenerate = useRegenerateSecret(app.id);
  const confirmed = gracePeriod !== 'none' || typed === app.name;

  // Set from the first press until the dialog is closed, or the request fails: a second press
  // of a double click that lands after the first one has already succeeded (a busy machine
  // delays it) must not regenerate again, under a new Idempotency-Key.
  const pressed = useRef(false);
  useEffect(() => {
    if (opened) pressed.current = false;
  }, [opened]);

  const close = () => {
    if (regenerate.isPending) return;
    pressed.current = false;
    setTyped('');
    setGracePeriod('24h');
    regenerate.reset();
    onClose();
  };

  const submit = () => {
    if (!confirmed || pressed.current) return;
    pressed.current = true;
    regenerate.mutate(gracePeriod, {
      onError: () => {
        pressed.current = false;
      },
      onSuccess: (updated) => {
        setTyped('');
        setGracePeriod('24h');
        regenerate.reset();
        onRegenerated(updated);
      },
    });
  };

  return (
    // The name in <bdi>s, as in the delete dialog: it cannot reorder the dialog's own words.
    <Modal
      opened={opened}
      onClose={close}
      title={
        <>
          Regenerate secret for <BackendText text={app.name} />?
        </>
      }
      centered
    >
      {/* No <form>: this dialog is opened from within the details' form, and a submit would
          bubble (through the portal, in React) into it. */}
      <Stack gap="md">
        <Text size="sm">
          A new Secret is issued and shown here. Callers must switch to it; choose how long the
          previous one keeps working meanwhile.
        </Text>
        <Radio.Group
          label="Previous secret keeps working"
          value={gracePeriod}
          onChange={(value) => setGracePeriod(value as GracePeriod)}
        >
          <Stack gap="xs" mt="xs">
            {graceOptions.map((option) => (
              <Radio key={option.value} value={option.value} label={option.label} />
            ))}
          </Stack>
        </Radio.Group>
        {gracePeriod === 'none' && (
          <>
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertTriangle aria-hidden />}
              title="Callers stop working at once"
            >
              Everything that still calls the 8x8 APIs with the current Secret fails from the moment
              it is regenerated.
            </Alert>
            <TextInput
              label={
                <>
                  Type <BackendText text={app.name} /> to confirm
                </>
              }
              value={typed}
              onChange={(event) => setTyped(event.currentTarget.value)}
              onKeyDown={(event) => {
                if (event.key !== 'Enter') return;
                event.preventDefault();
                submit();
              }}
              autoComplete="off"
              spellCheck={false}
            />
          </>
        )}
        {regenerate.isError && (
          <ErrorState
            title="Could not regenerate the secret"
            error={regenerate.error}
            followUp="Trying again is safe: the secret is regenerated at most once."
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button
            color={gracePeriod === 'none' ? 'red.9' : undefined}
            onClick={submit}
            disabled={!confirmed}
            loading={regenerate.isPending}
          >
            Regenerate secret
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
