import '../styles/mantine/overlays.css';
import { Notifications } from '@mantine/notifications';
import classes from './providers.module.css';

/**
 * Loaded after the first render by AppProviders (see there), with the styles of every dialog:
 * the dialogs themselves are each their screen's own Modal, rendered where they are used.
 */
export function Overlays() {
  return <Notifications position="top-center" classNames={{ root: classes.notifications }} />;
}
