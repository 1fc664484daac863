import {
  Checkbox,
  CloseButton,
  Fieldset,
  Group,
  Loader,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useId, useState, type ReactNode, type Ref } from 'react';
import { ErrorState } from '../../../components/error-state';
import { useSession, type Session } from '../../session/api/session-queries';
import { useProductCatalog, type Product } from '../../products/api/product-queries';
import classes from './product-picker.module.css';

/** Why a product cannot be chosen, shown next to it (only a Super Admin grants assignments). */
const assignmentReasons: Record<NonNullable<Product['requiredAssignment']>, string> = {
  'storage-api': 'Requires the Storage API assignment, which only a Super Admin can grant',
};

/**
 * A product the user may not give an App: it needs an assignment they lack. One the App already
 * has stays selectable, because the server only refuses adding it, never keeping or removing it.
 */
function blockedReason(
  product: Product,
  session: Session | undefined,
  grantedIds: readonly string[],
): string | null {
  const required = product.requiredAssignment;
  if (required === null || grantedIds.includes(product.id)) return null;
  if (session?.assignments.includes(required)) return null;
  return assignmentReasons[required];
}

function matches(product: Product, search: string): boolean {
  const wanted = search.trim().toLowerCase();
  return (
    wanted === '' ||
    product.name.toLowerCase().includes(wanted) ||
    product.category.toLowerCase().includes(wanted)
  );
}

interface ProductPickerProps {
  /** The chosen product ids. */
  value: readonly string[];
  onChange: (productIds: string[]) => void;
  /** Products the App already has (details): kept selectable whatever the user's assignments. */
  grantedIds?: readonly string[];
  error?: ReactNode;
  disabled?: boolean;
  /** The search box, which a form focuses when no product is chosen. */
  searchRef?: Ref<HTMLInputElement>;
}

/**
 * The "API Products" picker of the create and details drawers: a searchable list of the
 * backend's product catalog with a checkbox per product and "Select all".
 */
export function ProductPicker({
  value,
  onChange,
  grantedIds = [],
  error,
  disabled = false,
  searchRef,
}: ProductPickerProps) {
  const catalog = useProductCatalog();
  const { data: session } = useSession();
  const [search, setSearch] = useState('');
  const errorId = useId();

  let content: ReactNode;
  if (catalog.isPending) {
    content = (
      <Group gap="xs" role="status">
        <Loader size="xs" aria-hidden />
        <Text size="sm">Loading API products…</Text>
      </Group>
    );
  } else if (catalog.isError) {
    content = (
      <ErrorState
        title="Could not load API products"
        error={catalog.error}
        onRetry={() => void catalog.refetch()}
        retrying={catalog.isFetching}
      />
    );
  } else {
    const visible = catalog.data
      .filter((product) => matches(product, search))
      .map((product) => ({ product, reason: blockedReason(product, session, grantedIds) }));
    // "Select all" acts on what the admin can see and may choose, nothing else.
    const selectable = visible
      .filter(({ reason }) => reason === null)
      .map(({ product }) => product.id);
    const chosenCount = selectable.filter((id) => value.includes(id)).length;
    const allChosen = selectable.length > 0 && chosenCount === selectable.length;

    const toggle = (id: string, checked: boolean) => {
      const next = checked ? [...value, id] : value.filter((chosen) => chosen !== id);
      onChange(orderLikeCatalog(next, catalog.data));
    };
    const toggleAll = () => {
      const next = allChosen
        ? value.filter((id) => !selectable.includes(id))
        : [...value, ...selectable.filter((id) => !value.includes(id))];
      onChange(orderLikeCatalog(next, catalog.data));
    };

    content = (
      <>
        <Checkbox
          label="Select all"
          checked={allChosen}
          indeterminate={chosenCount > 0 && !allChosen}
          onChange={toggleAll}
          disabled={disabled || selectable.length === 0}
          className={classes.selectAll}
        />
        {visible.length === 0 ? (
          <Text size="sm" c="dimmed">
            No API products match “{search.trim()}”.
          </Text>
        ) : (
          <Stack gap="sm">
            {visible.map(({ product, reason }) => (
              <Checkbox
                key={product.id}
                label={product.name}
                description={
                  <>
                    <span className={classes.line}>{product.description}</span>
                    {reason && <span className={classes.reason}>{reason}</span>}
                  </>
                }
                checked={value.includes(product.id)}
                disabled={disabled || reason !== null}
                onChange={(event) => toggle(product.id, event.currentTarget.checked)}
              />
            ))}
          </Stack>
        )}
      </>
    );
  }

  return (
    <Fieldset
      legend="API Products"
      variant="unstyled"
      aria-describedby={error ? errorId : undefined}
      aria-invalid={error ? true : undefined}
      classNames={{ root: classes.root, legend: classes.legend }}
    >
      <Stack gap="sm">
        <TextInput
          ref={searchRef}
          aria-label="Search API products"
          placeholder="Search and choose"
          leftSection={<IconSearch size={16} aria-hidden />}
          rightSection={
            search ? (
              <CloseButton
                size="sm"
                aria-label="Clear product search"
                onClick={() => setSearch('')}
              />
            ) : null
          }
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
            // Enter in a search box chooses what it found, as in a combobox: never the form's
            // Save (which would say "Choose at least one API product." for a product just typed).
            event.preventDefault();
            const match = (catalog.data ?? []).find(
              (product) =>
                matches(product, search) && blockedReason(product, session, grantedIds) === null,
            );
            if (!search.trim() || !match) return;
            if (!value.includes(match.id)) {
              onChange(orderLikeCatalog([...value, match.id], catalog.data ?? []));
            }
            setSearch('');
          }}
          disabled={disabled}
          aria-describedby={error ? errorId : undefined}
        />
        {/* Right below the search box, which takes focus on this error: in view with it, not
            under ten products. Announced as it appears. */}
        {error && (
          <Text id={errorId} size="sm" c="red" className={classes.error} role="alert">
            {error}
          </Text>
        )}
        {content}
      </Stack>
    </Fieldset>
  );
}

function orderLikeCatalog(productIds: readonly string[], catalog: readonly Product[]): string[] {
  const known = catalog.map((product) => product.id).filter((id) => productIds.includes(id));
  return [...known, ...productIds.filter((id) => !known.includes(id))];
}

interface ChosenProductsProps {
  value: readonly string[];
  onChange: (productIds: string[]) => void;
  disabled?: boolean;
}

/** The products an App has (or will have), each with a button that removes it. */
export function ChosenProducts({ value, onChange, disabled = false }: ChosenProductsProps) {
  const { data: catalog } = useProductCatalog();
  const headingId = useId();
  const nameOf = (id: string) => catalog?.find((product) => product.id === id)?.name ?? id;

  return (
    <Stack gap={6}>
      <Text id={headingId} size="sm" fw={500}>
        Chosen API products ({value.length})
      </Text>
      {value.length === 0 ? (
        <Text size="sm" c="dimmed">
          None yet.
        </Text>
      ) : (
        <ul aria-labelledby={headingId} className={classes.chosenList}>
          {value.map((id) => (
            <li key={id} className={classes.chosenItem}>
              <Text size="sm">{nameOf(id)}</Text>
              <CloseButton
                size="sm"
                aria-label={`Remove ${nameOf(id)}`}
                disabled={disabled}
                onClick={() => onChange(value.filter((chosen) => chosen !== id))}
              />
            </li>
          ))}
        </ul>
      )}
    </Stack>
  );
}
