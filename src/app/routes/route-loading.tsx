import { Center, Loader } from '@mantine/core';

/** Shown while a route's code loads on a first visit straight to it (a deep link or a reload). */
export function RouteLoading() {
  return (
    <Center h={200}>
      <Loader role="status" aria-label="Loading the page" />
    </Center>
  );
}
