import { describeError } from '../../../lib/api-error';
import { LoadingValue, RevealedValue } from '../../../components/credentials/credential-parts';
import { useReportCopy } from '../../lifecycle/api/use-report-copy';
import type { App, AppCredentials } from '../api/app-queries';
import { useRevealedCredentials } from '../api/use-credentials';

type CredentialsView =
  | { state: 'loading' }
  | { state: 'error'; message: string; retry: () => void }
  | { state: 'shown'; credentials: AppCredentials };

/** The App's revealed credentials; mount only while revealed (they leave the cache on unmount). */
export function useRevealedView(appId: string): CredentialsView {
  const credentials = useRevealedCredentials(appId);
  if (credentials.isPending) return { state: 'loading' };
  if (credentials.isError) {
    return {
      state: 'error',
      message: `Could not reveal the credentials. ${describeError(credentials.error)}`,
      retry: () => void credentials.refetch(),
    };
  }
  return { state: 'shown', credentials: credentials.data };
}

/**
 * A revealed Key or Secret of a list row or card, with its copy button, which reports the copy
 * for the activity trail: the row and the card are the same component, so neither can forget.
 */
export function ListCredential({
  app,
  field,
  view,
  layout,
}: {
  app: App;
  field: 'key' | 'secret';
  view: Exclude<CredentialsView, { state: 'error' }>;
  /** The table's credentials rows have room for one line; the cards stack (RevealedValue). */
  layout: 'line' | 'stacked';
}) {
  const reportCopy = useReportCopy(app.id);
  if (view.state === 'loading') return <LoadingValue label={`Loading ${field}`} />;
  return (
    <RevealedValue
      value={view.credentials[field]}
      copyLabel={`Copy ${field} for ${app.name}`}
      onCopied={() => reportCopy(field)}
      layout={layout}
    />
  );
}
