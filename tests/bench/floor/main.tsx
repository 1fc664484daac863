/**
 * The bench's floor: the console's stack (the same versions of React, Mantine core, hooks,
 * notifications and modals, TanStack Query and react-router) rendering an AppShell, a Table, a
 * Drawer, a TextInput and a Checkbox through a data router with one query, and nothing else.
 * `npm run bench` builds it beside the console and compares their initial JS and CSS.
 */
import './styles.css';
import { AppShell, Checkbox, Drawer, MantineProvider, Table, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import {
  QueryClient,
  QueryClientProvider,
  queryOptions,
  useSuspenseQuery,
} from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, Link, Outlet, RouterProvider } from 'react-router';

interface Item {
  id: string;
  name: string;
  createdAt: string;
}

const queryClient = new QueryClient();
const itemsQuery = queryOptions({
  queryKey: ['items'],
  queryFn: async (): Promise<Item[]> => (await fetch('/items.json')).json() as Promise<Item[]>,
});

function Layout() {
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'sm' }} padding="md">
      <AppShell.Header p="md">Floor</AppShell.Header>
      <AppShell.Navbar p="md">
        <Link to="/">Items</Link>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}

function ItemsPage() {
  const { data } = useSuspenseQuery(itemsQuery);
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <h1>Items</h1>
      <TextInput label="Search items" />
      <button type="button" onClick={open}>
        Open
      </button>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Created on</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>{item.name}</Table.Td>
              <Table.Td>{new Date(item.createdAt).toLocaleDateString()}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Drawer opened={opened} onClose={close} title="Item" position="right">
        <Checkbox label="Selected" />
      </Drawer>
    </>
  );
}

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      {
        index: true,
        loader: () => queryClient.ensureQueryData(itemsQuery),
        element: <ItemsPage />,
      },
    ],
  },
]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider>
      <QueryClientProvider client={queryClient}>
        <ModalsProvider>
          <Notifications />
          <RouterProvider router={router} />
        </ModalsProvider>
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
