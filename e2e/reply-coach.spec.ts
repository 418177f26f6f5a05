import { expect, test } from '@playwright/test';
import {
  ensureOwner,
  expectAccessible,
  logSituation,
  ownerApi,
  receivedMail,
  signIn,
  snapshot,
} from './helpers';

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
  // The rewrite takes the place of the whole sentence it stands for: no "is.!!!" left behind.
  await expect(draft).toHaveValue(
    "I'm sorry you feel that way, but that's our policy. I can hear how upsetting this is.",
  );
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
  // Their words are read, not corrected: the signs of their mood are marked, nothing to fix.
  const said = page.getByRole('region', { name: 'What they said' });
  await expect(said.locator('mark', { hasText: 'Unacceptable' })).toHaveCount(1);
  await expect(said.getByRole('list', { name: 'What the coach noticed' })).toHaveCount(0);
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
  // A draft longer than the box scrolls; the marks behind it wrap and scroll with its words.
  const draft = composer.getByLabel('Your reply');
  await draft.fill(
    'Sorry for the wait, we are super busy today. You are entitled to a full refund, and in ' +
      "case you hadn't noticed, we close at six. Our team is looking into this and will update " +
      'you soon. We will look into it ASAP and be in touch shortly with news.',
  );
  await expect(composer.locator('mark', { hasText: 'soon' })).toHaveCount(1);
  const metrics = await draft.evaluate((textarea) => {
    const backdrop = textarea.previousElementSibling!;
    return {
      widths: [textarea.clientWidth, backdrop.clientWidth],
      scrolled: textarea.scrollTop,
      tops: [textarea.scrollTop, backdrop.scrollTop],
    };
  });
  expect(metrics.scrolled).toBeGreaterThan(0);
  expect(metrics.widths[1]).toBe(metrics.widths[0]);
  expect(metrics.tops[1]).toBe(metrics.tops[0]);
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

test('a reply is emailed after its cool-down: Undo brings it back, Send now sends it', async ({
  page,
  request,
}, testInfo) => {
  const { headers } = await ownerApi(request, 'reply test');
  const party = await (
    await request.post('/api/v1/parties', {
      headers,
      data: { name: 'Ines Moreau', email: 'ines@example.test' },
    })
  ).json();
  const situation = await (
    await request.post('/api/v1/situations', {
      headers,
      data: { title: 'Birthday table not ready', partyId: party.id },
    })
  ).json();

  await signIn(page);
  await page.goto(`/situations/${situation.id}`);
  const composer = page.getByRole('region', { name: 'Write a reply' });
  const draft = composer.getByLabel('Your reply');
  const words =
    'Ines, I am sorry your table was not ready. It is set for 8 tonight, by the window.';
  await draft.fill(words);
  await composer.getByRole('button', { name: 'Send by email' }).click();
  await expect(composer.getByText(/Sending to ines@example\.test in 0:5\d/)).toBeVisible();
  await expect(draft).toHaveValue('');
  await expectAccessible(page, 'a held reply');
  // The page sits still while the reply waits: the party picker in the details does not
  // keep searching for the chosen party's own name.
  const searches: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/v1/parties?')) searches.push(r.url());
  });
  await page.waitForTimeout(1500);
  expect(searches).toEqual([]);
  await snapshot(page, testInfo, 'reply-held');

  // Taken back: the words return to the composer, and nothing was sent.
  await composer.getByRole('button', { name: 'Undo' }).click();
  await expect(draft).toHaveValue(words);
  await expect(composer.getByText(/Sending to/)).toHaveCount(0);

  await composer.getByRole('button', { name: 'Send by email' }).click();
  await composer.getByRole('button', { name: 'Send now' }).click();
  await expect(page.getByText('We emailed ines@example.test')).toBeVisible({ timeout: 15_000 });
  await expect(composer.getByText(/Sending to/)).toHaveCount(0);
  const mail = receivedMail().filter((m) => m.to === 'ines@example.test');
  expect(mail).toHaveLength(1);
  expect(mail[0]).toMatchObject({
    subject: 'Bramble Bistro: Birthday table not ready',
    messageId: expect.stringMatching(/^<reply-.+@127\.0\.0\.1>$/),
  });
  expect(mail[0]!.text.trim()).toBe(words);
});
