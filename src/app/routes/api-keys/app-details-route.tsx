import { useMemo } from 'react';
import { useParams } from 'react-router';
import { AppCredentialField } from '../../../features/apps/components/app-details/app-credential-field';
import { AppDetailsDrawer } from '../../../features/apps/components/app-details/app-details-drawer';
import type {
  AppDetailsSlots,
  DetailsTab,
} from '../../../features/apps/components/app-details/slots';
import type { App } from '../../../features/apps/api/app-queries';
import { CredentialTestSection } from '../../../features/credential-test/components/credential-test-section';
import { ActivityFeed } from '../../../features/lifecycle/components/activity-feed';
import { RecentUsageWarning } from '../../../features/lifecycle/components/recent-usage-warning';
import { SecretRotation } from '../../../features/lifecycle/components/secret-rotation';
import { UsageSection } from '../../../features/lifecycle/components/usage-section';
import { QuickstartPanel } from '../../../features/quickstart/components/quickstart-panel';
import { useCapability } from '../../../features/session/api/session-queries';

// The list's lifecycle parts travel in this chunk; see boot/lifecycle-parts.tsx for why.
export {
  AttentionFilters,
  ExpiryBadge,
  LastUsed,
} from '../../../features/lifecycle/components/list-lifecycle';

/*
 * `/api-keys/:appId`, loaded on first use: the details drawer of the apps feature, with what the
 * other features add to it, each shown only when the backend offers it. The Activity and
 * Quickstart tabs are part of this chunk rather than chunks of their own: a lazy import nested in
 * a lazy chunk made Rolldown split a shared chunk off the entry (rolldown/rolldown#10731).
 */

function Rotation({
  app,
  available,
  onRegenerated,
}: {
  app: App;
  available: boolean;
  onRegenerated: () => void;
}) {
  if (!useCapability('rotation')) return null;
  return (
    <SecretRotation
      app={app}
      onRegenerated={onRegenerated}
      previousSecretField={
        <AppCredentialField
          appId={app.id}
          field="previousSecret"
          label="Previous secret"
          spokenName="previous secret"
          available={available}
        />
      }
    />
  );
}

function CredentialTest({ app }: { app: App }) {
  return useCapability('credential-test') ? <CredentialTestSection app={app} /> : null;
}

function Usage({ app }: { app: App }) {
  return useCapability('usage') ? <UsageSection app={app} /> : null;
}

function DeleteWarning({ app }: { app: App }) {
  return useCapability('usage') ? <RecentUsageWarning app={app} /> : null;
}

const activityTab: DetailsTab = {
  value: 'activity',
  label: 'Activity',
  Panel: ({ app }) => <ActivityFeed appId={app.id} />,
};
const quickstartTab: DetailsTab = {
  value: 'quickstart',
  label: 'Quickstart',
  Panel: QuickstartPanel,
};

export function Component() {
  const { appId = '' } = useParams();
  const activity = useCapability('activity');
  const quickstart = useCapability('quickstart');
  const slots = useMemo<AppDetailsSlots>(
    () => ({
      SecretExtras: Rotation,
      StatusExtras: CredentialTest,
      ProductsExtras: Usage,
      DeleteWarning,
      tabs: [...(activity ? [activityTab] : []), ...(quickstart ? [quickstartTab] : [])],
    }),
    [activity, quickstart],
  );
  // A new App is a new drawer: nothing unsaved carries over from the previous one.
  return <AppDetailsDrawer key={appId} appId={appId} slots={slots} />;
}
