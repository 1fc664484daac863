import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconExternalLink, IconRefresh } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { apiClient, unwrap } from '../../../lib/api-client';
import { sessionExpiry } from '../../../lib/session-expiry';

/** While the session is expired, how often to look whether it is back (signed in elsewhere). */
export const SESSION_CHECK_INTERVAL_MS = 3000;

function useSessionExpiry() {
  return useSyncExternalStore(sessionExpiry.subscribe, sessionExpiry.current);
}

/**
 * The one "Session expired" dialog, whatever failed with a 401 (or was redirected to sign in).
 * "Sign in again" opens the sign-in page in a new tab, so this page, and everything typed or
 * chosen in it, stays as it is. Meanwhile the session is checked every few seconds and when this
 * tab is focused again; once it is back, the dialog closes and every query that failed reloads.
 * A failed Save stays on screen with what was typed, to be pressed again.
 */
export function SessionExpiredDialog() {
  const expiry = useSessionExpiry();
  const queryClient = useQueryClient();
  const [signInOpened, setSignInOpened] = useState(false);
  const [checking, setChecking] = useState(false);

  const check = useCallback(async () => {
    setChecking(true);
    try {
      await unwrap(apiClient.GET('/session'));
      sessionExpiry.clear();
      setSignInOpened(false);
      await queryClient.invalidateQueries();
    } catch {
      // Still expired (or unreachable): keep waiting.
    } finally {
      setChecking(false);
    }
  }, [queryClient]);

  const expired = expiry !== null;
  useEffect(() => {
    if (!expired) return undefined;
    const timer = window.setInterval(() => void check(), SESSION_CHECK_INTERVAL_MS);
    const onFocus = () => void check();
    window.addEventListener('focus', onFocus);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', onFocus);
    };
  }, [expired, check]);

  const signIn = () => {
    // Without a sign-in URL, the console's own start page: behind an auth proxy it leads there.
    const url = expiry?.signInUrl ?? '/';
    window.open(url, '_blank', 'noopener');
    setSignInOpened(true);
  };

  return (
    <Modal
      opened={expired}
      onClose={() => {}}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      title="Session expired"
      centered
      zIndex={400}
    >
      <Stack gap="md">
        <Text size="sm">
          You have been signed out. Sign in again in a new tab: this page, and everything you typed
          or chose here, stays as it is, and the console carries on once you are back.
        </Text>
        {signInOpened && (
          <Text size="sm" role="status">
            Waiting for you to sign in in the other tab…
          </Text>
        )}
        <Group justify="flex-end" gap="sm">
          <Button
            variant="default"
            leftSection={<IconRefresh size={16} aria-hidden />}
            onClick={() => void check()}
            loading={checking}
          >
            I have signed in
          </Button>
          <Button
            leftSection={<IconExternalLink size={16} aria-hidden />}
            onClick={signIn}
            data-autofocus
          >
            Sign in again
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
