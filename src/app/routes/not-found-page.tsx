import { Anchor, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <>
      <Title order={1} mb="sm">
        Page not found
      </Title>
      <Text>
        There is nothing at this address.{' '}
        <Anchor component={Link} to="/">
          Go to Home
        </Anchor>
        .
      </Text>
    </>
  );
}
