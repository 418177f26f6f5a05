import {
  ActionIcon,
  AppShell,
  Badge,
  Burger,
  Button,
  Group,
  Menu,
  NavLink,
  Stack,
  Text,
  Tooltip,
  UnstyledButton,
  useComputedColorScheme,
  useMantineColorScheme,
} from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import {
  IconInbox,
  IconListCheck,
  IconLogout,
  IconMoon,
  IconPlus,
  IconChecklist,
  IconCoins,
  IconRoute,
  IconSettings,
  IconSun,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import type { TMe } from '../../../contract/auth';
import { useApprovals, useFollowUps, useLogout, useTasks } from '../api/hooks';
import { useLiveUpdates } from '../api/useLiveUpdates';
import { QuickCapture } from '../features/situations/QuickCapture';
import { Logo } from './Logo';
import { ROLE_LABELS } from './labels';

const NAV = [
  { to: '/', label: 'Inbox', icon: IconInbox },
  { to: '/tasks', label: 'My tasks', icon: IconListCheck },
  { to: '/parties', label: 'Parties', icon: IconUsers },
  { to: '/approvals', label: 'Approvals', icon: IconChecklist, approvers: true },
  { to: '/spend', label: 'Gestures and spending', icon: IconCoins, approvers: true },
  { to: '/team', label: 'Team', icon: IconUsersGroup },
  { to: '/playbooks', label: 'Playbooks', icon: IconRoute },
  { to: '/settings', label: 'Settings', icon: IconSettings },
];

export function ColorSchemeToggle() {
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');
  const next = scheme === 'dark' ? 'light' : 'dark';
  return (
    <Tooltip label={`Switch to ${next} theme`}>
      <ActionIcon
        variant="default"
        size="lg"
        aria-label={`Switch to ${next} theme`}
        onClick={() => setColorScheme(next)}
      >
        {scheme === 'dark' ? <IconSun size={18} /> : <IconMoon size={18} />}
      </ActionIcon>
    </Tooltip>
  );
}

export function AppLayout({ me }: { me: TMe }) {
  const [navOpen, nav] = useDisclosure(false);
  const [captureOpen, capture] = useDisclosure(false);
  const location = useLocation();
  const navigate = useNavigate();
  const logout = useLogout();
  // "n" logs a new situation from anywhere on a desktop keyboard.
  useHotkeys([['n', capture.open]]);
  useLiveUpdates();
  const canApprove = me.user.role !== 'staff';
  const waiting = useApprovals(canApprove).data?.length ?? 0;
  // What is overdue now: the member's tasks and promises, and the follow-ups they owe.
  const overdue =
    (useTasks('mine').data?.filter((t) => t.urgency === 'overdue').length ?? 0) +
    (useFollowUps('mine').data?.filter((f) => f.urgency === 'overdue').length ?? 0);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navOpen } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Burger
              opened={navOpen}
              onClick={nav.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label="Open navigation"
            />
            <UnstyledButton component={Link} to="/" aria-label="Turnaround inbox">
              <Logo />
            </UnstyledButton>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <Tooltip label="Log a situation (N)">
              <Button leftSection={<IconPlus size={18} />} onClick={capture.open} size="sm">
                Log situation
              </Button>
            </Tooltip>
            <ColorSchemeToggle />
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button
                  variant="subtle"
                  size="sm"
                  visibleFrom="sm"
                  aria-label={`Account menu for ${me.user.name}`}
                >
                  {me.user.name}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>
                  {me.organization.name} · {ROLE_LABELS[me.user.role]}
                </Menu.Label>
                <Menu.Item
                  leftSection={<IconLogout size={16} />}
                  onClick={() =>
                    logout.mutate(undefined, { onSettled: () => void navigate('/login') })
                  }
                >
                  Sign out
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Main">
        <Stack gap={4} style={{ flex: 1 }}>
          {NAV.filter((item) => !item.approvers || canApprove).map((item) => {
            const count =
              item.to === '/approvals' && waiting > 0
                ? { n: waiting, what: 'waiting', color: 'yellow' }
                : item.to === '/tasks' && overdue > 0
                  ? { n: overdue, what: 'overdue', color: 'red' }
                  : null;
            return (
              <NavLink
                key={item.to}
                component={Link}
                to={item.to}
                label={item.label}
                // The link says the count ("My tasks, 1 overdue"); the badge only shows it.
                aria-label={count ? `${item.label}, ${count.n} ${count.what}` : undefined}
                leftSection={<item.icon size={18} />}
                rightSection={
                  count ? (
                    <Badge size="sm" color={count.color} aria-hidden>
                      {count.n}
                    </Badge>
                  ) : undefined
                }
                active={
                  item.to === '/'
                    ? location.pathname === '/' || location.pathname.startsWith('/situations')
                    : location.pathname.startsWith(item.to)
                }
                onClick={nav.close}
              />
            );
          })}
        </Stack>
        <Stack gap={4} hiddenFrom="sm">
          <Text size="sm" c="dimmed">
            {me.user.name} · {me.organization.name}
          </Text>
          <Button
            variant="light"
            leftSection={<IconLogout size={16} />}
            onClick={() => logout.mutate(undefined, { onSettled: () => void navigate('/login') })}
          >
            Sign out
          </Button>
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
      <QuickCapture opened={captureOpen} onClose={capture.close} />
    </AppShell>
  );
}
