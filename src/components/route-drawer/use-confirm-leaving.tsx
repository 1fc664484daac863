import { Button, Group, Modal, Text } from '@mantine/core';
import { useWindowEvent } from '@mantine/hooks';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useBlocker } from 'react-router';

interface DiscardQuestion {
  onDiscard: () => void;
  onKeep?: () => void;
}

/** The question's words, for a screen whose unsaved work is more than a drawer's form. */
export interface LeaveQuestionWords {
  title: string;
  body: ReactNode;
  keep: string;
  discard: string;
}

const drawerWords: LeaveQuestionWords = {
  title: 'Discard unsaved changes?',
  body: 'What you typed or chose here will be lost.',
  keep: 'Keep editing',
  discard: 'Discard changes',
};

/**
 * Asks before a navigation throws away unsaved changes (a drawer's form, the access matrix): Back/Forward, a link, a typed URL of the
 * console (react-router's `useBlocker`), and a reload or closing the tab (`beforeunload`, where
 * the browser asks in its own words). `allowLeaving()` lets the drawer's own navigations through:
 * closing after "Discard changes", or opening the App it has just created. `confirmDiscard` asks
 * the same question for the drawer's own Close/Cancel; render `discardDialog` in the drawer.
 *
 * The question is a dialog of the drawer itself, not one of `@mantine/modals`: that manager is
 * loaded lazily after the first render (app/overlays.tsx) and drops a request sent before it has
 * mounted, which left a Back pressed early (a busy machine, a slow network) blocked with no
 * question on screen, the URL already changed under an open drawer.
 */
export function useConfirmLeaving(unsaved: boolean, words: LeaveQuestionWords = drawerWords) {
  const allowed = useRef(false);
  // The open question: a ref too, so that a double click answers it once.
  const [question, setQuestion] = useState<DiscardQuestion | null>(null);
  const pending = useRef<DiscardQuestion | null>(null);
  const confirmDiscard = useCallback((onDiscard: () => void, onKeep?: () => void) => {
    pending.current = { onDiscard, onKeep };
    setQuestion(pending.current);
  }, []);

  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      unsaved && !allowed.current && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    confirmDiscard(
      () => {
        allowed.current = true;
        blocker.proceed();
      },
      () => blocker.reset(),
    );
  }, [blocker, confirmDiscard]);

  useWindowEvent('beforeunload', (event) => {
    if (unsaved && !allowed.current) event.preventDefault();
  });

  const allowLeaving = useCallback(() => {
    allowed.current = true;
  }, []);

  const answer = (discard: boolean) => {
    const answered = pending.current;
    pending.current = null;
    setQuestion(null);
    if (discard) answered?.onDiscard();
    else answered?.onKeep?.();
  };
  const discardDialog = (
    <Modal
      opened={question !== null}
      // A click outside or the close button: anything but "Discard changes" keeps the edit.
      onClose={() => answer(false)}
      // Escape too, but only pressed in this dialog: Mantine's own Escape handler (on the
      // window) would also take the very Escape that asked the question, closing it at once.
      closeOnEscape={false}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.nativeEvent.isComposing) answer(false);
      }}
      title={words.title}
    >
      <Text size="sm">{words.body}</Text>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={() => answer(false)}>
          {words.keep}
        </Button>
        <Button color="red" onClick={() => answer(true)}>
          {words.discard}
        </Button>
      </Group>
    </Modal>
  );

  return { allowLeaving, confirmDiscard, discardDialog };
}
