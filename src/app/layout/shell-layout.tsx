import {
  ActionIcon,
  Anchor,
  AppShell,
  Breadcrumbs,
  Burger,
  Center,
  Group,
  Loader,
  Text,
  Title,
  useComputedColorScheme,
  useMantineColorScheme,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconHome, IconKey, IconMoon, IconSun } from '@tabler/icons-react';
import { useEffect } from 'react';
import { Link, Outlet, useMatches } from 'react-router';
import { ErrorState } from '../../components/error-state';
import { Hint } from '../../components/hint';
import { canManageApiKeys, useSession } from '../../features/session/api/session-queries';
import { usePageTitle } from '../../lib/use-page-title';
import { rememberSessionPermission } from '../session/permission-hint';
import classes from './shell-layout.module.css';
import { ShellNavLink } from './shell-nav-link';

/** A route's `handle.crumb` names it in the breadcrumb and in the page title. */
export interface RouteHandle {
  crumb?: string;
  /** The page title where it differs from the crumb (e.g. a page with no breadcrumb). */
  title?: string;
}

/**
 * The browser tab's title, from the innermost route that names itself (drawers add theirs). A
 * component of its own: the routes change on every navigation (a page of the list, too), and
 * only it and the breadcrumb need to re-render then, not the whole shell.
 */
function PageTitleFromRoutes() {
  const named = useMatches()
    .map((match) => match.handle as RouteHandle | undefined)
    .filter((handle) => handle?.title ?? handle?.crumb);
  const innermost = named.at(-1);
  usePageTitle(innermost?.title ?? innermost?.crumb ?? 'Home');
  return null;
}

function ColorSchemeToggle() {
  const { setColorScheme } = useMantineColorScheme();
  const computed = useComputedColorScheme('light', { getInitialValueInEffect: true });
  const next = computed === 'dark' ? 'light' : 'dark';
  const label = `Switch to ${next} colour scheme`;
  return (
    <Hint label={label}>
      <ActionIcon
        variant="default"
        size="lg"
        aria-label={label}
        onClick={() => setColorScheme(next)}
      >
        {computed === 'dark' ? (
          <IconSun size={18} aria-hidden />
        ) : (
          <IconMoon size={18} aria-hidden />
        )}
      </ActionIcon>
    </Hint>
  );
}

function AppBreadcrumbs() {
  const crumbs = useMatches()
    .filter((match) => (match.handle as RouteHandle | undefined)?.crumb)
    .map((match) => ({ path: match.pathname, label: (match.handle as RouteHandle).crumb ?? '' }));
  if (crumbs.length === 0) return null;
  return (
    <Breadcrumbs component="nav" aria-label="Breadcrumb" mb="md" fz="sm">
      <Anchor component={Link} to="/">
        Home
      </Anchor>
      {crumbs.map((crumb, index) =>
        index === crumbs.length - 1 ? (
          <Text key={crumb.path} size="sm" aria-current="page">
            {crumb.label}
          </Text>
        ) : (
          <Anchor key={crumb.path} component={Link} to={crumb.path}>
            {crumb.label}
          </Anchor>
        ),
      )}
    </Breadcrumbs>
  );
}

export function ShellLayout() {
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);
  const session = useSession();

  // Remembered for the next cold load's prefetch (see routes.tsx).
  useEffect(() => {
    if (session.data) rememberSessionPermission(session.data);
  }, [session.data]);

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding="lg"
    >
      <AppShell.Header>
        {/* The first Tab stop: past the header and the navigation, straight to the page. */}
        <a href="#main-content" className={classes.skipLink}>
          Skip to content
        </a>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navOpened}
              onClick={toggleNav}
              hiddenFrom="sm"
              size="sm"
              aria-label={navOpened ? 'Close navigation' : 'Open navigation'}
            />
            <Text fw={700} size="lg" component={Link} to="/" c="inherit" td="none">
              8x8 Admin Console
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            {session.data && (
              <Text size="sm" c="dimmed" visibleFrom="xs">
                {session.data.user.name} · {session.data.role}
              </Text>
            )}
            <ColorSchemeToggle />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="xs" component="nav" aria-label="Main">
        <ShellNavLink
          to="/"
          end
          label="Home"
          icon={<IconHome size={18} aria-hidden />}
          onClick={closeNav}
        />
        {canManageApiKeys(session.data) && (
          <ShellNavLink
            to="/api-keys"
            label="API Keys"
            icon={<IconKey size={18} aria-hidden />}
            onClick={closeNav}
          />
        )}
      </AppShell.Navbar>

      <AppShell.Main className={classes.main} id="main-content" tabIndex={-1}>
        {session.isPending ? (
          <Center h={200}>
            <Loader role="status" aria-label="Loading your session" />
          </Center>
        ) : session.isError && !session.data ? (
          <>
            <Title order={1} mb="md">
              Admin Console
            </Title>
            <ErrorState
              title="Could not load your session"
              error={session.error}
              onRetry={() => void session.refetch()}
              retrying={session.isFetching}
            />
          </>
        ) : (
          <>
            <AppBreadcrumbs />
            <Outlet />
          </>
        )}
      </AppShell.Main>
      {/* Last, so that its effect runs after the page's and a drawer's, as the layout's did. */}
      <PageTitleFromRoutes />
    </AppShell>
  );
}
