import { expect, test } from '@playwright/test';
import {
  ensureOwner,
  expectAccessible,
  ownerApi,
  receivedMail,
  signIn,
  snapshot,
  walkToCommunicate,
} from './helpers';

test.beforeAll(async ({ request }) => {
  await ensureOwner(request);
});

test('resolved, followed up, a low survey answer from the customer reopens it, and the owner sees it live', async ({
  page,
  browser,
  request,
}, testInfo) => {
  const { headers, ownerId } = await ownerApi(request, 'survey test');
  const email = `lena.${Date.now()}@example.test`;
  const party = await (
    await request.post('/api/v1/parties', {
      headers,
      data: { kind: 'customer', name: 'Lena Fischer', email },
    })
  ).json();
  const s = await (
    await request.post('/api/v1/situations', {
      headers,
      data: {
        title: 'Anniversary cake came with the wrong name',
        partyId: party.id,
        ownerId,
      },
    })
  ).json();
  await walkToCommunicate(request, headers, s.id, { tasks: [] });

  // The owner resolves it in the browser and keeps the page open.
  await signIn(page);
  await page.goto(`/situations/${s.id}`);
  await page.getByRole('button', { name: 'Mark resolved' }).click();
  await expect(page.getByRole('button', { name: 'Reopen' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Did we put it right?' })).toBeVisible();

  // The follow-up is brought forward to a moment from now (the test's short delay); when
  // it falls due the customer is emailed the survey.
  const moved = await request.post(`/api/v1/situations/${s.id}/actions`, {
    headers,
    data: { type: 'schedule_follow_up', dueAt: new Date(Date.now() + 1500).toISOString() },
  });
  expect(moved.ok(), await moved.text()).toBe(true);
  await expect
    .poll(() => receivedMail().filter((m) => m.to.includes(email)).length, { timeout: 20_000 })
    .toBe(1);
  const mail = receivedMail().find((m) => m.to.includes(email))!;
  expect(mail.subject).toBe('Did we put it right? Bramble Bistro');
  const path = new URL(/https?:\/\/\S+\/survey\/\S+/.exec(mail.text)![0]).pathname;

  // The customer, in a browser of their own, not signed in.
  // On their phone, as most people read their email.
  const customerContext = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const customer = await customerContext.newPage();
  await customer.goto(path);
  await expect(customer.getByRole('heading', { name: 'Lena, did we put it right?' })).toBeVisible();
  await expectAccessible(customer, 'the survey page');
  await snapshot(customer, testInfo, 'survey');
  // Nothing is recorded until they confirm with the button.
  await customer.getByRole('button', { name: 'Send my answer' }).click();
  await expect(customer.getByText('Choose a rating from 1 to 5.')).toBeVisible();
  await customer.getByRole('radiogroup', { name: 'Did we put it right?' }).getByLabel('No').check();
  await customer
    .getByRole('radiogroup', { name: /How well did we handle it/ })
    .getByLabel('2')
    .check();
  await customer
    .getByRole('radiogroup', { name: 'Would you come back to us?' })
    .getByLabel('Maybe')
    .check();
  await customer
    .getByLabel('Anything you would like to tell us?')
    .fill('The replacement cake never came.');
  await customer.getByRole('button', { name: 'Send my answer' }).click();
  await expect(customer.getByRole('heading', { name: 'Thank you, Lena' })).toBeVisible();
  await expect(customer.getByText(/we will be in touch/)).toBeVisible();
  // The link works once.
  await customer.reload();
  await expect(customer.getByRole('heading', { name: 'We have your answer' })).toBeVisible();
  await customerContext.close();

  // The owner's page, never reloaded, shows the situation open again with the answer.
  await expect(page.getByRole('button', { name: 'Mark resolved' })).toBeVisible({
    timeout: 10_000,
  });
  await expect(page.getByRole('button', { name: 'Reopen' })).toHaveCount(0);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline.getByText('They answered the survey: 2 of 5')).toBeVisible();
  await expect(timeline.getByText('A low score: the situation was reopened.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Did we put it right?' })).toContainText(
    'The replacement cake never came.',
  );
  await expectAccessible(page, 'the reopened situation');
  await snapshot(page, testInfo, 'survey-reopened');
});

test('no email address: Ask them now hands over a link, and the answer shows live', async ({
  page,
  browser,
  request,
}, testInfo) => {
  const { headers } = await ownerApi(request, 'survey link test');
  const party = await (
    await request.post('/api/v1/parties', { headers, data: { kind: 'customer', name: 'Bo Chen' } })
  ).json();
  const s = await (
    await request.post('/api/v1/situations', {
      headers,
      data: { title: 'Coat left in the cloakroom was lost', partyId: party.id },
    })
  ).json();
  await walkToCommunicate(request, headers, s.id, { tasks: [] });
  await request.post(`/api/v1/situations/${s.id}/actions`, { headers, data: { type: 'resolve' } });

  await signIn(page);
  await page.goto(`/situations/${s.id}`);
  const card = page.getByRole('region', { name: 'Did we put it right?' });
  await expect(card).toContainText('A low answer reopens the situation');
  await card.getByRole('button', { name: 'Ask them now' }).click();
  const link = await card.getByLabel('Survey link').inputValue();
  expect(link).toMatch(/\/survey\/[\w-]+\.[0-9a-f]{32}$/);
  await expect(card).toContainText('Waiting for an answer');
  await snapshot(page, testInfo, 'survey-link');

  const other = await browser.newContext();
  const customer = await other.newPage();
  await customer.goto(new URL(link).pathname);
  await expect(customer.getByRole('heading', { name: 'Bo, did we put it right?' })).toBeVisible();
  await customer
    .getByRole('radiogroup', { name: 'Did we put it right?' })
    .getByLabel('Yes')
    .check();
  await customer
    .getByRole('radiogroup', { name: /How well did we handle it/ })
    .getByLabel('5')
    .check();
  await customer
    .getByRole('radiogroup', { name: 'Would you come back to us?' })
    .getByLabel('Yes')
    .check();
  await customer.getByRole('button', { name: 'Send my answer' }).click();
  await expect(customer.getByText('Thank you for your answer.')).toBeVisible();
  await other.close();

  // Live on the member's page: the answer, and the situation still resolved.
  await expect(card).toContainText('5 of 5: we put it right; they will come back.');
  await expect(page.getByRole('button', { name: 'Reopen' })).toBeVisible();
});
