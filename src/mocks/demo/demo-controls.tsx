import { Affix, Badge, Button, Group, NativeSelect, Popover, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAdjustments } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useReducer } from 'react';
import '../../styles/mantine/demo-controls.css';
import classes from './demo-controls.module.css';
import { personaIds, personas, type PersonaId } from '../model/personas';
import { dataSetIds, dataSetLabels, type DataSetId } from '../store/data-sets';
import { networkModes, type MockDb, type NetworkMode } from '../store/db';

const networkLabels: Record<NetworkMode, string> = {
  normal: 'Normal',
  slow: 'Slow',
  failing: 'Failing',
};

/**
 * The height of the demo bar, fixed along the bottom of the viewport over everything (drawers
 * too, so that a presenter can switch the network mid-edit). The console treats its top as the
 * viewport's bottom edge (--app-floating-inset-bottom): the page ends above it, drawers and
 * dialogs stop above it, and focus and scrollIntoView leave a control clear of it.
 */
const DEMO_BAR_HEIGHT = '40px';

const propagationDelays = [
  { value: '10000', label: '10 seconds' },
  { value: '60000', label: '1 minute' },
  { value: '180000', label: '3 minutes' },
];

/**
 * The demo bar (demo builds only), a slim opaque strip across the bottom of the viewport like a
 * "test mode" banner: it says that the backend is a mock, and its `Demo settings` button opens the
 * presenter's panel: who is signed in, how the mock network behaves, how long product changes
 * take to apply, the data set, session expiry, and a reset of the demo data. A bar rather than a
 * floating button: a button floats over whatever control scrolls under it, where a bar is an edge
 * of the screen that the console keeps its controls above.
 */
export function DemoControls({ db }: { db: MockDb }) {
  const queryClient = useQueryClient();
  // The settings live in the mock database, outside React; re-render after changing them.
  const [, rerender] = useReducer((count: number) => count + 1, 0);

  useEffect(() => {
    const root = document.documentElement;
    root.style.setProperty('--app-floating-inset-bottom', DEMO_BAR_HEIGHT);
    return () => {
      root.style.removeProperty('--app-floating-inset-bottom');
    };
  }, []);

  const afterBackendChange = () => {
    rerender();
    // Everything on screen may now look different to the backend: start over from its answers.
    void queryClient.resetQueries();
  };

  return (
    <Affix position={{ bottom: 0, left: 0, right: 0 }} zIndex={300}>
      <aside aria-label="Demo mode" className={classes.bar}>
        <Popover position="top-start" width={300} shadow="md" trapFocus withArrow>
          <Popover.Target>
            <Button
              color="orange"
              variant="filled"
              size="compact-sm"
              leftSection={<IconAdjustments size={16} aria-hidden />}
              aria-label="Demo settings"
            >
              Demo
            </Button>
          </Popover.Target>
          <Popover.Dropdown>
            <Stack gap="sm">
              {/* A Group, not a Text: a Badge is a <div>, which a <p> may not contain. */}
              <Group gap="xs">
                <Text fw={600} size="sm">
                  Demo settings
                </Text>
                <Badge color="orange" size="xs">
                  mock backend
                </Badge>
              </Group>
              <NativeSelect
                label="Signed in as"
                value={db.settings.persona}
                data={personaIds.map((id) => ({ value: id, label: personas[id].label }))}
                onChange={(event) => {
                  db.updateSettings({ persona: event.currentTarget.value as PersonaId });
                  afterBackendChange();
                }}
              />
              <NativeSelect
                label="Network"
                value={db.settings.network}
                data={networkModes.map((mode) => ({ value: mode, label: networkLabels[mode] }))}
                onChange={(event) => {
                  db.updateSettings({ network: event.currentTarget.value as NetworkMode });
                  rerender();
                  // Show the new network on the App list at once, but leave the session and any
                  // open drawer alone: resetting those would unmount what the admin has typed,
                  // where the point is to show how a save behaves on this network.
                  void queryClient.resetQueries({ queryKey: ['apps', 'list'] });
                }}
              />
              <NativeSelect
                label="Changes apply after"
                value={String(db.settings.propagationDelayMs)}
                data={propagationDelays}
                onChange={(event) => {
                  db.updateSettings({ propagationDelayMs: Number(event.currentTarget.value) });
                  rerender();
                }}
              />
              <NativeSelect
                label="Data set"
                value={db.dataSet}
                data={dataSetIds.map((id) => ({ value: id, label: dataSetLabels[id] }))}
                onChange={(event) => {
                  db.loadDataSet(event.currentTarget.value as DataSetId);
                  afterBackendChange();
                }}
              />
              <Button
                variant="light"
                color="orange"
                onClick={() => {
                  db.updateSettings({ sessionExpired: true });
                  rerender();
                  // Refetch what is on screen, which now meets the 401; nothing is reset, so an
                  // open drawer keeps what the presenter typed.
                  void queryClient.invalidateQueries();
                }}
              >
                Expire the session
              </Button>
              <Button
                variant="light"
                color="orange"
                onClick={() => {
                  db.reset();
                  afterBackendChange();
                  notifications.show({ message: 'Demo data reset to the seed Apps.' });
                }}
              >
                Reset demo data
              </Button>
            </Stack>
          </Popover.Dropdown>
        </Popover>
        <Text size="sm" className={classes.label}>
          Demo mode · mock backend
        </Text>
      </aside>
    </Affix>
  );
}
