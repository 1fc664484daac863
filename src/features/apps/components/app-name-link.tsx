import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { BackendText } from '../../../components/backend-text';
import type { App } from '../api/app-queries';
import type { ListSlots } from './list-slots';
import { PropagationBadge } from './propagation-badge';

/** An App's details, drawn over the list's view (search, sort, page) its row was shown in. */
export function appDetailsLink(app: App, listSearch: string) {
  return { pathname: `/api-keys/${app.id}`, search: listSearch };
}

/**
 * An App's name in a list row or card: the link to its details (the row's one Tab stop, which a
 * click anywhere on the row follows), then its badges. The link and the badge are keyed by the
 * App: focus that returns to this link (a drawer closing) must find this App's link or none,
 * never the next App's in a reused row, and a badge's hint is this App's.
 */
export function AppNameLink({
  app,
  listSearch,
  NameBadge,
  className,
  weight,
}: {
  app: App;
  listSearch: string;
  NameBadge: ListSlots['NameBadge'];
  className: string | undefined;
  weight: 500 | 600;
}) {
  return (
    <>
      <Anchor
        key={app.id}
        component={Link}
        to={appDetailsLink(app, listSearch)}
        data-app-link
        fw={weight}
        className={className}
        title={app.name}
      >
        <BackendText text={app.name} />
      </Anchor>
      {app.propagation.status === 'applying' && (
        <PropagationBadge key={`${app.id}:propagation`} propagation={app.propagation} />
      )}
      {NameBadge && <NameBadge app={app} />}
    </>
  );
}
