import { Drawer, Text } from '@mantine/core';
import { useLocation, useNavigate } from 'react-router';

// Placeholder; the create form is issue 3.
export function CreateAppDrawer() {
  const navigate = useNavigate();
  const location = useLocation();
  return (
    <Drawer
      opened
      position="right"
      size="lg"
      title="Create app"
      onClose={() => void navigate({ pathname: '/api-keys', search: location.search })}
    >
      <Text>Coming soon.</Text>
    </Drawer>
  );
}
