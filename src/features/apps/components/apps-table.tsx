import {
  ActionIcon,
  Anchor,
  Group,
  Skeleton,
  Table,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import {
  IconArrowDown,
  IconArrowUp,
  IconArrowsSort,
  IconEye,
  IconEyeOff,
} from '@tabler/icons-react';
import { useCallback, useState, type MouseEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { CopyValueButton } from '../../../components/copy-value-button';
import { Hint } from '../../../components/hint';
import { describeError } from '../../../lib/api-error';
import { formatDate } from '../../../lib/format';
import { productNames, type Product } from '../../products/api/product-queries';
import type { App, AppListFilters, AppSortField } from '../api/app-queries';
import { useAutoHide, useRevealedCredentials } from './app-credentials';
import classes from './apps-table.module.css';
import { PropagationBadge } from './propagation-badge';

const MASK = '••••';

interface AppsTableProps {
  apps: App[];
  catalog: Product[] | undefined;
  filters: AppListFilters;
  onSort: (sort: AppSortField) => void;
}

function SortableHeader(props: {
  field: AppSortField;
  label: string;
  filters: AppListFilters;
  onSort: (sort: AppSortField) => void;
}) {
  const { field, label, filters, onSort } = props;
  const active = filters.sort === field;
  const Icon = !active ? IconArrowsSort : filters.order === 'asc' ? IconArrowUp : IconArrowDown;
  return (
    <Table.Th
      aria-sort={active ? (filters.order === 'asc' ? 'ascending' : 'descending') : undefined}
    >
      <UnstyledButton className={classes.sortButton} onClick={() => onSort(field)}>
        {label}
        <Icon size={14} aria-hidden />
      </UnstyledButton>
    </Table.Th>
  );
}

export function AppsTable({ apps, catalog, filters, onSort }: AppsTableProps) {
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <SortableHeader field="name" label="App Name" filters={filters} onSort={onSort} />
            <Table.Th>API Products</Table.Th>
            <SortableHeader
              field="createdAt"
              label="Created on"
              filters={filters}
              onSort={onSort}
            />
            <Table.Th>Key</Table.Th>
            <Table.Th>Secret</Table.Th>
            <Table.Th>
              <VisuallyHidden>Show or hide credentials</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {apps.map((app) => (
            <AppRow key={app.id} app={app} catalog={catalog} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function AppRow({ app, catalog }: { app: App; catalog: Product[] | undefined }) {
  const [revealed, setRevealed] = useState(false);
  const hide = useCallback(() => setRevealed(false), []);
  useAutoHide(revealed, hide);
  const navigate = useNavigate();
  const location = useLocation();
  const detailsLink = { pathname: `/api-keys/${app.id}`, search: location.search };
  const products = productNames(app.productIds, catalog).join(', ');

  // Clicking anywhere on the row opens the details, as in the 8x8 console; the App name is the
  // same destination as a real link, for keyboards and screen readers.
  const openDetails = (event: MouseEvent<HTMLTableRowElement>) => {
    if ((event.target as HTMLElement).closest('a, button, input, [data-no-row-click]')) return;
    void navigate(detailsLink);
  };

  return (
    <Table.Tr className={classes.row} onClick={openDetails}>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Anchor component={Link} to={detailsLink} fw={500} className={classes.nowrap}>
            {app.name}
          </Anchor>
          {app.propagation.status === 'applying' && (
            <PropagationBadge propagation={app.propagation} />
          )}
        </Group>
      </Table.Td>
      <Table.Td>
        <Hint label={products} multiline>
          {/* Focusable so keyboard users can open the full list too. */}
          <Text
            component="span"
            size="sm"
            className={classes.products}
            tabIndex={0}
            data-no-row-click
          >
            {products}
          </Text>
        </Hint>
      </Table.Td>
      <Table.Td>
        <Text size="sm" className={classes.nowrap}>
          {formatDate(app.createdAt)}
        </Text>
      </Table.Td>
      {revealed ? (
        <RevealedCredentialCells app={app} />
      ) : (
        <>
          <Table.Td aria-label="Key hidden">{MASK}</Table.Td>
          <Table.Td aria-label="Secret hidden">{MASK}</Table.Td>
        </>
      )}
      <Table.Td>
        <Hint label={revealed ? 'Hide credentials' : 'Show credentials'}>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-pressed={revealed}
            aria-label={`${revealed ? 'Hide' : 'Show'} credentials for ${app.name}`}
            onClick={() => setRevealed((current) => !current)}
          >
            {revealed ? <IconEyeOff size={18} aria-hidden /> : <IconEye size={18} aria-hidden />}
          </ActionIcon>
        </Hint>
      </Table.Td>
    </Table.Tr>
  );
}

/** Mounted only while revealed, so the credentials leave the cache when hidden. */
function RevealedCredentialCells({ app }: { app: App }) {
  const credentials = useRevealedCredentials(app.id);
  if (credentials.isPending) {
    return (
      <>
        <Table.Td>
          <Skeleton height={14} width={160} role="status" aria-label="Loading key" />
        </Table.Td>
        <Table.Td>
          <Skeleton height={14} width={160} role="status" aria-label="Loading secret" />
        </Table.Td>
      </>
    );
  }
  if (credentials.isError) {
    return (
      <Table.Td colSpan={2} data-no-row-click>
        <Group gap="xs" wrap="nowrap">
          <Text size="sm" c="red" role="alert">
            Could not reveal the credentials. {describeError(credentials.error)}
          </Text>
          <Anchor component="button" size="sm" onClick={() => void credentials.refetch()}>
            Retry
          </Anchor>
        </Group>
      </Table.Td>
    );
  }
  const { key, secret } = credentials.data;
  return (
    <>
      <CredentialCell value={key} copyLabel={`Copy key for ${app.name}`} />
      <CredentialCell value={secret} copyLabel={`Copy secret for ${app.name}`} />
    </>
  );
}

function CredentialCell({ value, copyLabel }: { value: string; copyLabel: string }) {
  return (
    <Table.Td>
      <Group gap={4} wrap="nowrap">
        <Text component="span" className={classes.credential} title={value}>
          {value}
        </Text>
        <CopyValueButton label={copyLabel} value={value} />
      </Group>
    </Table.Td>
  );
}
