import { Drawer, Text } from '@mantine/core';
import { useWindowEvent } from '@mantine/hooks';
import { useRef, type ReactNode } from 'react';
import classes from './route-drawer.module.css';
// After the module: its doubled selectors are written to win over Mantine's rules either way.
import '../../styles/mantine/drawers.css';
import { BackendText } from '../backend-text';

interface RouteDrawerProps {
  opened: boolean;
  /** Asked to close: the close button, a click outside, or Escape pressed in the drawer. */
  onClose: () => void;
  onExitTransitionEnd: () => void;
  /** The heading, which is also the dialog's accessible name. */
  title: ReactNode;
  subtitle?: ReactNode;
  children: ReactNode;
}

/**
 * The layout of a drawer's content: a form whose fields scroll (`fields`) above its sticky
 * buttons (`footer`), and an anchor an error or confirmation scrolls into view with (`anchor`).
 */
export const drawerLayout = {
  form: classes.form,
  fields: classes.fields,
  footer: classes.footer,
  anchor: classes.errorAnchor,
  alertTitle: classes.alertTitle,
};

/** The right-side drawer of the create and details views, as in the 8x8 console. */
export function RouteDrawer({
  opened,
  onClose,
  onExitTransitionEnd,
  title,
  subtitle,
  children,
}: RouteDrawerProps) {
  const contentRef = useRef<HTMLDivElement>(null);

  // Escape closes the drawer only when pressed in it, not in a dialog opened over it (delete,
  // discard changes) or in the demo controls, which Mantine's own handler would not tell apart.
  // Captured, like Mantine's, so that a tooltip that stops the event cannot swallow it. Should
  // focus ever be on the page's body, Escape still closes the drawer if it is the top layer.
  useWindowEvent(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || event.isComposing || !opened) return;
      const target = event.target;
      const inDrawer = target instanceof Node && contentRef.current?.contains(target);
      if (inDrawer || (target === document.body && isTopLayer(contentRef.current))) onClose();
    },
    { capture: true },
  );

  return (
    <Drawer.Root
      opened={opened}
      onClose={onClose}
      onExitTransitionEnd={onExitTransitionEnd}
      position="right"
      size="lg"
      closeOnEscape={false}
      classNames={{
        inner: classes.inner,
        content: classes.content,
        header: classes.header,
        title: classes.title,
        body: classes.body,
      }}
    >
      <Drawer.Overlay />
      <Drawer.Content ref={contentRef}>
        <Drawer.Header>
          <div className={classes.heading}>
            {/* Clamped to a few lines however long the name; the whole of it on hover. */}
            <Drawer.Title title={typeof title === 'string' ? title : undefined}>
              {/* A title is often an App name from the backend: isolated, like all such text. */}
              {typeof title === 'string' ? <BackendText text={title} /> : title}
            </Drawer.Title>
            {subtitle && (
              <Text size="sm" c="dimmed" mt={4}>
                {subtitle}
              </Text>
            )}
          </div>
          <Drawer.CloseButton aria-label="Close" />
        </Drawer.Header>
        <Drawer.Body>{children}</Drawer.Body>
      </Drawer.Content>
    </Drawer.Root>
  );
}

/** Whether no other dialog (a modal, a popover) is open besides this drawer. */
function isTopLayer(drawer: HTMLElement | null): boolean {
  return Array.from(document.querySelectorAll('[role="dialog"]')).every(
    (dialog) => dialog === drawer || drawer?.contains(dialog),
  );
}
