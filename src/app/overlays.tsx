import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/Notification.css';
import '@mantine/notifications/styles.css';
import './overlays.css';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import classes from './providers.module.css';

/** Loaded after the first render by AppProviders (see there). */
export function Overlays() {
  return (
    <>
      <ModalsProvider />
      <Notifications position="top-center" classNames={{ root: classes.notifications }} />
    </>
  );
}
