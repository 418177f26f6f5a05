import { expect, test, type APIRequestContext } from '@playwright/test';
import { OWNER, ensureOwner, expectAccessible, logSituation, signIn, snapshot } from './helpers';

test.describe.configure({ mode: 'serial' });

const STAFF = {
  name: 'Ravi Patel',
  email: 'ravi.floor@bramble.test',
  password: 'staff password 123',
};
const MANAGER = {
  name: 'Mia Hale',
  email: 'mia.manager@bramble.test',
  password: 'manager password 123',
};

async function bearer(request: APIRequestContext) {
  const res = await request.post('/api/v1/auth/token', {
    data: { email: OWNER.email, password: OWNER.password, name: 'gestures e2e' },
  });
  return { authorization: `Bearer ${(await res.json()).token}` };
}

/** A member invited by the owner and joined, through the same API the app uses. */
async function addMember(
  request: APIRequestContext,
  headers: Record<string, string>,
  member: typeof STAFF,
  role: 'staff' | 'manager',
) {
  const invite = await request.post('/api/v1/invites', {
    headers,
    data: { email: member.email, role },
  });
  const body = await invite.json();
  if (body.code === 'EMAIL_TAKEN') return; // a member already, from an earlier run
  expect(invite.ok(), JSON.stringify(body)).toBe(true);
  const { token } = body;
  const joined = await request.post(`/api/v1/auth/invites/${token}/accept`, {
    data: { name: member.name, password: member.password },
  });
  expect(joined.ok()).toBe(true);
}

test.beforeAll(async ({ request }) => {
  await ensureOwner(request);
  const headers = await bearer(request);
  await addMember(request, headers, STAFF, 'staff');
  await addMember(request, headers, MANAGER, 'manager');
  const limits = await request.put('/api/v1/empowerment', {
    headers,
    data: {
      roles: {
        staff: { perSituation: 2000, perPeriod: 5000, period: 'day' },
        manager: { perSituation: 10000, perPeriod: null, period: 'month' },
      },
    },
  });
  expect(limits.ok()).toBe(true);
  const existing = (await (await request.get('/api/v1/gesture-catalog', { headers })).json())
    .items as Array<{
    name: string;
  }>;
  for (const item of [
    {
      name: 'Dessert on the house',
      kind: 'free_item',
      defaultValue: 750,
      cost: 250,
      fitsCategories: ['wrong_order'],
    },
    { name: 'Voucher', kind: 'voucher', defaultValue: 2500, cost: 2500 },
  ]) {
    // beforeAll runs again in a fresh worker after a failure: add each item once.
    if (existing.some((e) => e.name === item.name)) continue;
    expect((await request.post('/api/v1/gesture-catalog', { headers, data: item })).ok()).toBe(
      true,
    );
  }
});

test('staff grant a dessert on the spot, ask for a voucher over their limit, and see a manager approve it live', async ({
  page,
  browser,
}, testInfo) => {
  await signIn(page, STAFF.email, STAFF.password);
  await logSituation(page, 'Birthday table seated an hour late');
  await page
    .getByRole('navigation', { name: 'Steps' })
    .getByRole('button', { name: /7\. Make it up/ })
    .click();
  const gestures = page.getByRole('group', { name: 'Gestures that fit' });
  await expect(page.getByText('You can grant up to €20.00 here without asking.')).toBeVisible();

  // Within the limit: the dessert, granted on the spot.
  await gestures.getByRole('button', { name: /Dessert on the house/ }).click();
  await page.getByLabel('Why it fits this person').fill('It is their daughter’s birthday');
  await page.getByRole('button', { name: 'Grant dessert on the house' }).click();
  // The step is done, and the workspace moves on; the staff member goes back for more.
  await expect(page.getByRole('region', { name: 'Communicate' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Steps' })
    .getByRole('button', { name: /7\. Make it up/ })
    .click();
  const lines = page.getByTestId('gesture-line');
  await expect(lines.filter({ hasText: 'Dessert on the house' })).toContainText('Granted');

  // Over the limit: a €60 voucher goes to a manager.
  await gestures.getByRole('button', { name: /Voucher/ }).click();
  await page.getByLabel('Value', { exact: true }).fill('60');
  await page
    .getByLabel('Why it fits this person')
    .fill('They come every month; a voucher brings them back');
  await page.getByRole('button', { name: 'Grant voucher' }).click();
  await expect(lines.filter({ hasText: 'Voucher' })).toContainText('Waiting for a manager');
  await expectAccessible(page, 'make-it-up step with gestures');
  await snapshot(page, testInfo, 'gesture-waiting');

  // The manager, in another browser, approves it from the queue.
  const managerContext = await browser.newContext();
  const managerPage = await managerContext.newPage();
  await signIn(managerPage, MANAGER.email, MANAGER.password);
  await managerPage.getByRole('link', { name: /Approvals/ }).click();
  const card = managerPage.getByRole('article', { name: /Voucher/ });
  await expect(card).toContainText('Ravi Patel asks');
  await expect(card).toContainText('Birthday table seated an hour late');
  await expectAccessible(managerPage, 'approvals');
  await snapshot(managerPage, testInfo, 'approvals');
  await card
    .getByLabel('Note for them (optional)')
    .fill('Yes, and wish her a happy birthday from us');
  await card.getByRole('button', { name: 'Approve' }).click();
  await expect(managerPage.getByText('Nothing waiting')).toBeVisible();

  // No reload on the staff page: the answer arrives by itself.
  await expect(lines.filter({ hasText: 'Voucher' })).toContainText('Approved by Mia Hale', {
    timeout: 10_000,
  });

  // The ledger and the spend view show both.
  await managerPage.getByRole('link', { name: 'Gestures and spending' }).click();
  await expect(managerPage.getByTestId('spend-total')).toHaveText('€67.50');
  const rows = managerPage.getByTestId('ledger-row');
  await expect(rows.filter({ hasText: 'Dessert on the house' })).toContainText('Granted');
  await expect(rows.filter({ hasText: 'Voucher' }).first()).toContainText('Approved');
  await expectAccessible(managerPage, 'gestures and spending');
  await snapshot(managerPage, testInfo, 'spending');
  await managerContext.close();
});

test('an owner keeps the catalogue and the limits in settings', async ({ page }, testInfo) => {
  await signIn(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('cell', { name: 'Dessert on the house', exact: true })).toBeVisible();
  await expect(page.getByLabel('Staff: per situation')).toHaveValue('€ 20');

  await page.getByRole('button', { name: 'Add a gesture' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a gesture' });
  await dialog.getByLabel('Name').fill('A glass of wine');
  await dialog.getByLabel('Value to the person').fill('8');
  await dialog.getByLabel('Cost to you').fill('2.50');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('cell', { name: 'A glass of wine', exact: true })).toBeVisible();

  await page.getByLabel('Staff: per situation').fill('25');
  await page.getByRole('textbox', { name: 'Give one member their own limit' }).click();
  await page.getByRole('option', { name: STAFF.name }).click();
  await page.getByLabel(`${STAFF.name}: per situation`).fill('30');
  await page.getByRole('button', { name: 'Save limits' }).click();
  await expect(page.getByText('Limits saved')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Staff: per situation')).toHaveValue('€ 25');
  await expect(page.getByLabel(`${STAFF.name}: per situation`)).toHaveValue('€ 30');
  await expectAccessible(page, 'settings with gestures and limits');
  await snapshot(page, testInfo, 'settings-gestures');
});
