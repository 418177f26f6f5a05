import { expect, test } from '@playwright/test';
import { OWNER, expectAccessible, signIn, snapshot } from './helpers';

// One story, in order: the database starts empty, so the first test is first-run setup.
test.describe.configure({ mode: 'serial' });

const HOSTILE_TITLE = 'Soup <img src=x onerror="window.__xss=1"> <script>window.__xss=2</script>';

test('first run: the setup page creates the organisation and its owner', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole('heading', { name: 'Welcome to Turnaround' })).toBeVisible();
  await expectAccessible(page, 'setup');
  await snapshot(page, testInfo, 'setup');

  await page.getByLabel('Organisation').fill(OWNER.organization);
  await page.getByLabel('Your name').fill(OWNER.name);
  await page.getByLabel('Email').fill(OWNER.email);
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Create organisation' }).click();
  await expect(page.getByText('Use at least 10 characters.')).toBeVisible();

  await page.getByLabel('Password').fill(OWNER.password);
  await page.getByRole('button', { name: 'Create organisation' }).click();
  await expect(page.getByRole('heading', { name: 'Inbox' })).toBeVisible();
  await expect(page.getByText('Nothing logged yet')).toBeVisible();
  await expectAccessible(page, 'empty inbox');
  await snapshot(page, testInfo, 'inbox-empty');
});

test('sign out and sign in again; a wrong password is refused', async ({ page }, testInfo) => {
  await page.goto('/login');
  await expectAccessible(page, 'login');
  await snapshot(page, testInfo, 'login');
  await page.getByLabel('Email').fill(OWNER.email);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('The email or password is not right.')).toBeVisible();
  await signIn(page);
  await page.getByRole('button', { name: `Account menu for ${OWNER.name}` }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
});

test('quick capture on a phone: a title is enough, and hostile text stays inert', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page);
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    void d.dismiss();
  });

  await page.getByRole('button', { name: 'Log situation' }).click();
  const capture = page.getByRole('dialog', { name: 'Log a situation' });
  await expect(capture).toBeVisible();
  await expectAccessible(page, 'quick capture');
  await snapshot(page, testInfo, 'quick-capture-phone');
  await capture.getByLabel('What happened?').fill('Wrong dish served at table 12 🍽️');
  // Mantine draws its own switch track over a visually hidden input.
  await capture.getByRole('switch', { name: 'Live and in public' }).check({ force: true });
  await capture.getByText('Upset').click();
  await capture.getByRole('button', { name: 'Log it' }).click();

  await expect(
    page.getByRole('heading', { name: 'Wrong dish served at table 12 🍽️' }),
  ).toBeVisible();
  await expect(page.getByText('Live and in public: others are watching')).toBeVisible();
  await expectAccessible(page, 'situation page (phone)');
  await snapshot(page, testInfo, 'situation-phone');

  await page.getByRole('button', { name: 'Log situation' }).click();
  await page
    .getByRole('dialog', { name: 'Log a situation' })
    .getByLabel('What happened?')
    .fill(HOSTILE_TITLE);
  await page.getByRole('button', { name: 'Log it' }).click();
  await expect(page.getByRole('heading', { name: HOSTILE_TITLE })).toBeVisible();
  expect(
    await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
  ).toBeUndefined();
  expect(dialogs).toBe(0);

  await page.goto('/');
  await expect(page.getByTestId('situation-row')).toHaveCount(2);
  await expect(page.getByText(HOSTILE_TITLE)).toBeVisible();
  await expectAccessible(page, 'inbox (phone)');
  await snapshot(page, testInfo, 'inbox-phone');
});

test('the inbox filters and searches, and a situation can be opened and edited', async ({
  page,
}, testInfo) => {
  await signIn(page);
  await expect(page.getByTestId('situation-row')).toHaveCount(2);

  // Keyboard: N opens quick capture, / jumps to search.
  await page.keyboard.press('n');
  await expect(page.getByRole('dialog', { name: 'Log a situation' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Log a situation' })).toBeHidden();
  await page.keyboard.press('/');
  await expect(page.getByLabel('Search situations')).toBeFocused();

  await page.getByLabel('Search situations').fill('table');
  await expect(page.getByTestId('situation-row')).toHaveCount(1);
  await expect(page).toHaveURL(/q=table/);
  await page.getByLabel('Search situations').fill('nothing-like-this');
  await expect(page.getByText('No situations match')).toBeVisible();
  await page.getByRole('button', { name: 'Clear search and filters' }).click();
  await expect(page.getByTestId('situation-row')).toHaveCount(2);

  await page.getByRole('button', { name: 'Filters' }).click();
  const drawer = page.getByRole('dialog', { name: 'Filter the inbox' });
  // A MultiSelect without pills draws a zero-width input inside its box.
  const mood = drawer.getByRole('textbox', { name: 'Mood' });
  await mood.scrollIntoViewIfNeeded();
  await mood.click({ force: true });
  await page.getByRole('option', { name: 'Upset' }).click();
  await page.keyboard.press('Escape');
  await expectAccessible(page, 'filters');
  await snapshot(page, testInfo, 'inbox-filters');
  await drawer.getByRole('button', { name: /^Show/ }).click();
  await expect(page).toHaveURL(/mood=upset/);
  await expect(page.getByTestId('situation-row')).toHaveCount(1);

  await page.getByTestId('situation-row').first().click();
  await expect(
    page.getByRole('heading', { name: 'Wrong dish served at table 12 🍽️' }),
  ).toBeVisible();
  const details = page.getByRole('button', { name: 'Details: who, where, category, owner' });
  await details.click();
  await page
    .getByLabel('What happened, in their words')
    .fill('Ordered the sea bream without butter; it came with butter.');
  await page.getByRole('textbox', { name: 'Severity' }).click();
  await page.getByRole('option', { name: 'High' }).click();
  await page.getByRole('button', { name: 'Save details' }).click();
  await expect(page.getByText('severity: — → High')).toBeVisible();
  await page.reload();
  await details.click();
  await expect(page.getByLabel('What happened, in their words')).toHaveValue(
    'Ordered the sea bream without butter; it came with butter.',
  );

  // Nothing is resolved before it is solved: the guard explains itself.
  await page.getByRole('button', { name: 'Mark resolved' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Not solved yet' })).toBeVisible();
  await expectAccessible(page, 'situation page');
  await snapshot(page, testInfo, 'situation-desktop');
});

test('parties, team and settings pages work and are accessible', async ({
  page,
  browser,
}, testInfo) => {
  await signIn(page);
  await page.getByRole('link', { name: 'Parties' }).click();
  await expect(page.getByText('No parties yet')).toBeVisible();
  await page.getByRole('button', { name: 'Add party' }).first().click();
  await page.getByLabel('Name').fill('Margaret Thompson');
  await page.getByLabel('Email').fill('margaret@example.test');
  await page.getByRole('button', { name: 'Add party' }).last().click();
  await expect(page.getByRole('button', { name: 'Margaret Thompson' })).toBeVisible();
  await expectAccessible(page, 'parties');
  await snapshot(page, testInfo, 'parties');

  await page.getByRole('link', { name: 'Team' }).click();
  await page.getByLabel('Email').fill('jonah@bramble.test');
  await page.getByRole('button', { name: 'Create invite link' }).click();
  await expect(page.getByLabel('Invite link')).toHaveValue(/\/invite\//);
  const inviteLink = await page.getByLabel('Invite link').inputValue();

  // The invited member joins from the link in a browser of their own, as staff.
  const staffContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const staff = await staffContext.newPage();
  await staff.goto(inviteLink);
  await expect(staff.getByRole('heading', { name: `Join ${OWNER.organization}` })).toBeVisible();
  await expectAccessible(staff, 'invite');
  await snapshot(staff, testInfo, 'invite-phone');
  await staff.getByLabel('Your name').fill('Jonah Webb');
  await staff.getByLabel('Choose a password').fill('jonah has a long password');
  await staff.getByRole('button', { name: `Join ${OWNER.organization}` }).click();
  await expect(staff.getByRole('heading', { name: 'Inbox' })).toBeVisible();
  await staff.goto('/settings');
  await expect(
    staff.getByText('Only managers and owners can change locations and categories.'),
  ).toBeVisible();
  await expect(staff.getByLabel('New location')).toHaveCount(0);
  await staff.goto(inviteLink);
  await expect(
    staff.getByText('This invite link is not valid or has already been used.'),
  ).toBeVisible();
  await staffContext.close();
  await page.reload();
  await expect(page.getByText('Jonah Webb')).toBeVisible();
  await expectAccessible(page, 'team');
  await snapshot(page, testInfo, 'team');

  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('New location').fill('Harbour Street');
  await page.getByRole('button', { name: 'Add', exact: true }).first().click();
  await expect(page.getByText('Harbour Street', { exact: true }).first()).toBeVisible();
  await expectAccessible(page, 'settings');
  await snapshot(page, testInfo, 'settings');

  await page.getByRole('button', { name: /Switch to dark theme/ }).click();
  await expectAccessible(page, 'settings (dark)');
  await snapshot(page, testInfo, 'settings-dark');
});
