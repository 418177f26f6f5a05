import { expect, test } from '@playwright/test';
import nodemailer from 'nodemailer';
import { ensureOwner, expectAccessible, signIn, snapshot } from './helpers';

test.beforeAll(async ({ request }) => {
  await ensureOwner(request);
});

test('an email to the organisation appears in the open inbox by itself, with its mood and attachment', async ({
  page,
}, testInfo) => {
  await signIn(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  const address = await page.getByLabel('Inbound email address').inputValue();
  expect(address).toMatch(/@desk\.bramble\.test$/);
  await page.getByRole('link', { name: 'Inbox', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Inbox' })).toBeVisible();

  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port: 2526,
    secure: false,
    ignoreTLS: true,
  });
  await transport.sendMail({
    from: 'Jonas Weber <jonas@example.test>',
    to: address,
    subject: 'Hair colour came out green',
    text: 'I paid for ash blonde and my hair is GREEN. I am so upset, I have a wedding on Saturday.',
    attachments: [{ filename: 'green.txt', content: 'photo to follow', contentType: 'text/plain' }],
  });
  transport.close();

  // The inbox is never reloaded: the new situation arrives as a live update.
  const row = page.getByRole('link', { name: /Hair colour came out green/ }).first();
  await expect(row).toBeVisible({ timeout: 10_000 });
  await row.click();
  await expect(page.getByRole('heading', { name: 'Hair colour came out green' })).toBeVisible();
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline.getByText('Email from Jonas Weber <jonas@example.test>')).toBeVisible();
  await expect(timeline.getByText(/my hair is GREEN/)).toBeVisible();
  await expect(timeline.getByRole('link', { name: /green\.txt/ })).toBeVisible();
  await expectAccessible(page, 'a situation that came by email');
  await snapshot(page, testInfo, 'mail-in');
});
