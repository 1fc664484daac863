import { Affix, Badge, Button, Group, NativeSelect, Popover, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAdjustments } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useReducer } from 'react';
import './demo-controls.css';
import { dataSetIds, dataSetLabels, type DataSetId } from './data-sets';
import { networkModes, type MockDb, type NetworkMode } from './db';
import { personaIds, personas, type PersonaId } from './personas';

const networkLabels: Record<NetworkMode, string> = {
  normal: 'Normal',
  slow: 'Slow',
  failing: 'Failing',
};

/**
 * The height the Demo button takes at the bottom of the screen (36 px and 16 px of margin, plus
 * a gap). The console keeps that much room after the end of its pages and below a drawer's
 * buttons on narrow screens, so the button floats over blank space, never over a control.
 */
const DEMO_BUTTON_INSET = '64px';

const propagationDelays = [
  { value: '10000', label: '10 seconds' },
  { value: '60000', label: '1 minute' },
  { value: '180000', label: '3 minutes' },
];

/**
 * The presenter's panel (demo builds only): who is signed in, how the mock network behaves,
 * how long product changes take to apply, and a reset of the demo data.
 */
export function DemoControls({ db }: { db: MockDb }) {
  const queryClient = useQueryClient();
  // The settings live in the mock database, outside React; re-render after changing them.
  const [, rerender] = useReducer((count: number) => count + 1, 0);

  useEffect(() => {
    const root = document.documentElement;
    root.style.setProperty('--app-floating-inset-bottom', DEMO_BUTTON_INSET);
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
    <Affix position={{ bottom: 16, left: 16 }} zIndex={300}>
      <Popover position="top-start" width={300} shadow="md" trapFocus withArrow>
        <Popover.Target>
          <Button
            color="orange"
            variant="filled"
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
    </Affix>
  );
}
