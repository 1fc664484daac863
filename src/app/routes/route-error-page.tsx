import { Box, Button, Stack, Text, Title } from '@mantine/core';
import { isRouteErrorResponse, useRouteError } from 'react-router';

/**
 * The last line of defence for a render error: a plain explanation and a way out, instead of a
 * blank page. The error itself is logged for developers (it never contains credentials: those
 * are not part of any route state).
 */
export function RouteErrorPage() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : undefined;
  return (
    <Box maw={720} mx="auto" px="md" py="xl">
      <Stack gap="sm">
        <Title order={1}>Something went wrong</Title>
        <Text>The console hit an unexpected problem and could not show this page.</Text>
        {detail && (
          <Text
            component="pre"
            ff="monospace"
            fz="sm"
            p="xs"
            bg="var(--mantine-color-default-hover)"
          >
            {detail}
          </Text>
        )}
        <div>
          <Button onClick={() => window.location.assign('/')}>Reload the console</Button>
        </div>
      </Stack>
    </Box>
  );
}
