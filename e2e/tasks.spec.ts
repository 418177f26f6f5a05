import { expect, test, type APIRequestContext } from '@playwright/test';
import {
  ensureOwner,
  expectAccessible,
  ownerApi,
  signIn,
  snapshot,
  walkToCommunicate,
} from './helpers';

const HOUR = 3_600_000;
const inHours = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();

/**
 * A situation worked through the API up to "Communicate": a promise to the person and two
 * tasks for the owner, one of them already overdue.
 */
async function solvedSituation(request: APIRequestContext, title: string) {
  const { headers, ownerId } = await ownerApi(request);
  const s = await (
    await request.post('/api/v1/situations', { headers, data: { title, ownerId } })
  ).json();
  await walkToCommunicate(request, headers, s.id, {
    promises: [{ what: 'Call them tomorrow about the colour', due: inHours(20) }],
    tasks: [
      { what: 'Ring the clients booked with the sick stylist', who: ownerId, due: inHours(-2) },
      { what: 'Add sick calls to the opening checklist', who: ownerId, due: inHours(72) },
    ],
  });
  return { id: s.id as string, headers };
}

test.beforeAll(async ({ request }) => {
  await ensureOwner(request);
});

test('my tasks: overdue work is flagged, ticked off, and the follow-up follows resolving', async ({
  page,
  request,
}, testInfo) => {
  const s = await solvedSituation(request, 'Stylist off sick, nobody called');
  await signIn(page);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'My tasks, 1 overdue' })).toBeVisible();

  await nav.getByRole('link', { name: /My tasks/ }).click();
  await expect(page.getByRole('heading', { name: 'My tasks' })).toBeVisible();
  const overdue = page.getByRole('region', { name: 'Overdue' });
  await expect(overdue).toContainText('Ring the clients booked with the sick stylist');
  await expect(page.getByRole('region', { name: 'Due within a day' })).toContainText(
    'Call them tomorrow about the colour',
  );
  await expect(page.getByRole('region', { name: 'Later' })).toContainText(
    'Add sick calls to the opening checklist',
  );
  await expectAccessible(page, 'my tasks');
  await snapshot(page, testInfo, 'my-tasks');

  // A click, not `check()`: the ticked row leaves the list, and `check()` looks for it again
  // to confirm the tick, which on a slow machine it no longer finds.
  await overdue.getByLabel('Done: Ring the clients booked with the sick stylist').click();
  await expect(page.getByRole('region', { name: 'Overdue' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'My tasks, 1 overdue' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'My tasks', exact: true })).toBeVisible();

  // On the situation: the done task is ticked, the timeline says who did it.
  await page
    .getByRole('link', { name: /Stylist off sick, nobody called/ })
    .first()
    .click();
  const work = page.getByRole('region', { name: 'Promises, tasks and follow-up' });
  await expect(
    work.getByLabel('Not done: Ring the clients booked with the sick stylist'),
  ).toBeChecked();
  await expect(
    page.getByText('Done: Ring the clients booked with the sick stylist', { exact: true }),
  ).toBeVisible();

  // Resolving schedules the follow-up; it can be moved from the situation.
  const resolved = await request.post(`/api/v1/situations/${s.id}/actions`, {
    headers: s.headers,
    data: { type: 'resolve' },
  });
  expect(resolved.ok()).toBe(true);
  await page.reload();
  await expect(work.getByText('Follow up: check the fix held.')).toBeVisible();
  await work.getByRole('button', { name: 'Move' }).click();
  const later = new Date(Date.now() + 5 * 24 * HOUR);
  const local = `${later.getFullYear()}-${String(later.getMonth() + 1).padStart(2, '0')}-${String(later.getDate()).padStart(2, '0')}T10:00`;
  await work.getByLabel('Follow up on').fill(local);
  await work.getByRole('button', { name: 'Save' }).click();
  await expect(work.getByText(/due in 5 days|due in 4 days/)).toBeVisible();
  await expect(page.getByText(/^Follow-up due /).first()).toBeVisible();
  await expectAccessible(page, 'situation with tasks');
  await snapshot(page, testInfo, 'situation-work');

  await page.goto('/tasks');
  await expect(page.getByRole('region', { name: 'Follow-ups' })).toContainText(
    'Stylist off sick, nobody called',
  );
});

test('everyone’s tasks on a phone', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page);
  await page.goto('/tasks');
  await page.getByText('Everyone', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Everyone’s tasks' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Follow-ups' })).toContainText('Rosa Lind');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await expectAccessible(page, 'tasks on a phone');
  await snapshot(page, testInfo, 'tasks-phone');
});

test('the owner sets how long after resolving the follow-up falls due, and when surveys go', async ({
  page,
}, testInfo) => {
  await signIn(page);
  await page.goto('/settings');
  const hours = page.getByLabel('Follow up after (hours)');
  await expect(hours).toHaveValue('48');
  await hours.fill('');
  await page.getByRole('button', { name: 'Save' }).first().click();
  await expect(page.getByText('Give the hours as a whole number, e.g. 48.')).toBeVisible();
  await hours.fill('24');
  await page.getByRole('button', { name: 'Save' }).first().click();
  await expect(page.getByText('Organisation saved')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Follow up after (hours)')).toHaveValue('24');
  // Surveys: when the follow-up falls due unless the owner chooses otherwise.
  const surveys = page.getByRole('textbox', { name: 'Survey the customer' });
  await expect(surveys).toHaveValue('When the follow-up falls due');
  await surveys.click();
  await page.getByRole('option', { name: 'Once the follow-up is recorded' }).click();
  await page.getByRole('button', { name: 'Save' }).first().click();
  await expect(page.getByText('Organisation saved')).toBeVisible();
  await page.reload();
  await expect(surveys).toHaveValue('Once the follow-up is recorded');
  // Mail in is set up for the suite's server: the address to forward to is shown.
  await expect(page.getByLabel('Inbound email address')).toHaveValue(/@desk\.bramble\.test$/);
  await snapshot(page, testInfo, 'settings');
  // The suite's server sends email (SMTP_URL), so there is no warning, and nothing failed.
  await expect(page.getByText('Nothing has failed.')).toBeVisible();
  await expect(page.getByText('Email is not set up')).toHaveCount(0);
  await expectAccessible(page, 'settings with reminders');

  // A webhook: its secret is shown once, and it is listed with what it hears about.
  await page.getByLabel('Post to').fill('https://hooks.example.test/turnaround');
  await page.getByRole('button', { name: 'Add webhook' }).click();
  await expect(page.getByLabel('Webhook secret')).toHaveValue(/^whsec_/);
  await expect(page.getByText('https://hooks.example.test/turnaround')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Webhook secret')).toHaveCount(0);
  await expect(page.getByText('https://hooks.example.test/turnaround')).toBeVisible();
});
