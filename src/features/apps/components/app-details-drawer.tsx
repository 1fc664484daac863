import { Drawer, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useLocation, useNavigate, useParams } from 'react-router';
import { appQueries } from '../api/app-queries';

// Minimal details drawer; the full one (issue 3) replaces it.
export function AppDetailsDrawer() {
  const { appId = '' } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const app = useQuery(appQueries.detail(appId));
  return (
    <Drawer
      opened
      position="right"
      size="lg"
      title={app.data?.name ?? 'App'}
      onClose={() => void navigate({ pathname: '/api-keys', search: location.search })}
    >
      <Text>{app.data ? app.data.productIds.join(', ') : 'Loading…'}</Text>
    </Drawer>
  );
}
