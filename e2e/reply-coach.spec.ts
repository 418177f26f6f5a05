import { expect, test } from '@playwright/test';
import { ensureOwner, expectAccessible, logSituation, signIn, snapshot } from './helpers';

test.beforeAll(async ({ request }) => {
  await ensureOwner(request);
});

test('the composer checks a reply as it is typed, fixes it in one click and logs it', async ({
  page,
}, testInfo) => {
  await signIn(page);
  await logSituation(page, 'Delivery an hour late, customer on the phone');
  const composer = page.getByRole('region', { name: 'Write a reply' });
  const draft = composer.getByLabel('Your reply');
  await draft.fill("I'm sorry you feel that way, but that's our policy. Calm down!!!");

  const noticed = composer.getByRole('list', { name: 'What the coach noticed' });
  await expect(noticed).toContainText('brushes their feelings aside');
  await expect(noticed).toContainText('Hiding behind policy');
  await expect(composer.getByText('Non-apology')).toBeVisible();
  await expect(composer.getByText(/Ready to send: \d+\/100/)).toHaveText('Ready to send: 0/100');
  // The problem words are marked in the draft itself.
  await expect(composer.locator('mark', { hasText: 'Calm down' })).toHaveCount(1);
  await expectAccessible(page, 'composer');
  await snapshot(page, testInfo, 'composer-problems');

  await composer.getByRole('button', { name: 'Acknowledge instead' }).click();
  await expect(draft).toHaveValue(/I can hear how upsetting this is\./);
  await expect(noticed).not.toContainText('brushes their feelings aside');

  // A phrase from the phrasebook goes in with one click.
  await draft.fill('');
  const firstPhrase = composer.getByRole('button', { name: /^Insert: / }).first();
  const phrase = (await firstPhrase.getAttribute('aria-label'))!.replace(/^Insert: /, '');
  await firstPhrase.click();
  await expect(draft).toHaveValue(phrase);
  await draft.fill(
    "I'm sorry your order was late. I'll call you back by 5pm today with a new time.",
  );
  await expect(composer.getByText('Concrete promise', { exact: true })).toBeVisible();
  await composer.getByRole('button', { name: 'Log as sent' }).click();
  const timeline = page.getByRole('main');
  await expect(timeline.getByText(/^We replied/)).toBeVisible();
  await expect(draft).toHaveValue('');

  // Their words: the coach reads their mood, and the timeline keeps it.
  await composer.getByText('Their words').click();
  const theirs = page.getByRole('region', { name: 'What they said' }).getByLabel('Their message');
  await theirs.fill('This is the THIRD time my order has been late. Unacceptable!!');
  await expect(page.getByRole('region', { name: 'What they said' })).toContainText('Mood: angry');
  await page
    .getByRole('region', { name: 'What they said' })
    .getByRole('button', { name: 'Add to timeline' })
    .click();
  await expect(timeline.getByText(/^They said/)).toBeVisible();
  await expect(timeline.getByText('Angry', { exact: false }).first()).toBeVisible();
  await snapshot(page, testInfo, 'composer-logged');
});

test('the composer on a phone', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page);
  await logSituation(page, 'Wrong colour at the salon');
  const composer = page.getByRole('region', { name: 'Write a reply' });
  await composer.getByLabel('Your reply').fill('We will look into it ASAP!!!');
  await expect(composer.getByRole('list', { name: 'What the coach noticed' })).toContainText(
    'vague promise',
  );
  const box = await composer.boundingBox();
  expect(box!.width).toBeLessThanOrEqual(390);
  await expectAccessible(page, 'composer on a phone');
  await snapshot(page, testInfo, 'composer-phone');
});

test('an owner adds a phrase in settings and staff find it in the composer', async ({
  page,
}, testInfo) => {
  await signIn(page);
  await page.goto('/settings');
  await expect(page.getByText('No phrases of your own yet.')).toBeVisible();
  const text = 'Take your time, {name}. I want to hear all of it before we do anything.';
  await page.getByLabel('New phrase').fill(text);
  await page.getByRole('textbox', { name: 'Step' }).click();
  await page.getByRole('option', { name: 'Listen' }).click();
  await page.getByRole('textbox', { name: 'Tone' }).click();
  await page.getByRole('option', { name: 'Brief' }).click();
  await page.getByRole('button', { name: 'Add phrase' }).click();
  await expect(page.getByText(text)).toBeVisible();
  await expect(page.getByLabel('New phrase')).toHaveValue('');
  await expectAccessible(page, 'settings with a phrase');
  await snapshot(page, testInfo, 'settings-phrasebook');

  await logSituation(page, 'Guest upset about a noisy table');
  const composer = page.getByRole('region', { name: 'Write a reply' });
  const ours = composer.getByRole('button', {
    name: 'Insert: Take your time. I want to hear all of it before we do anything.',
  });
  await expect(ours).toBeVisible();
  await ours.click();
  await expect(composer.getByLabel('Your reply')).toHaveValue(
    'Take your time. I want to hear all of it before we do anything.',
  );

  await page.goto('/settings');
  await page.getByRole('button', { name: /^Remove the phrase/ }).click();
  await expect(page.getByText('No phrases of your own yet.')).toBeVisible();
});
