import { existsSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page, type TestInfo } from '@playwright/test';
import { recordThroughCommunicate } from '../server/test/recovery';

/** No serious or critical accessibility violation on the page as it is now. */
export async function expectAccessible(page: Page, what: string) {
  // A dialog fading in has, for a moment, text too faint to read: check the page once it has
  // settled, as a person reads it.
  // (A spinner turns for ever: only animations that end are waited for.)
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = bad.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`)
        .join('; ')}`,
  );
  expect(summary, `accessibility violations on ${what}`).toEqual([]);
}

/** A full-page screenshot kept with the test results, to look at after a run. */
export async function snapshot(page: Page, testInfo: TestInfo, name: string) {
  await page.waitForLoadState('networkidle');
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

export const OWNER = {
  organization: 'Bramble Bistro',
  name: 'Rosa Lind',
  email: 'rosa@bramble.test',
  password: 'a long enough password',
};

export async function signIn(page: Page, email = OWNER.email, password = OWNER.password) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Inbox' })).toBeVisible();
}

/** The owner account, created through first-run setup if this run has not made it yet. */
export async function ensureOwner(request: APIRequestContext) {
  const status = await (await request.get('/api/v1/auth/status')).json();
  if (!status.needsSetup) return;
  const res = await request.post('/api/v1/auth/setup', {
    data: {
      organization: OWNER.organization,
      name: OWNER.name,
      email: OWNER.email,
      password: OWNER.password,
    },
  });
  expect(res.ok()).toBe(true);
}

/** Opens a situation with quick capture and waits for its workspace. */
export async function logSituation(page: Page, title: string) {
  await page.getByRole('button', { name: 'Log situation' }).click();
  const capture = page.getByRole('dialog', { name: 'Log a situation' });
  await capture.getByLabel('What happened?').fill(title);
  await capture.getByRole('button', { name: 'Log it' }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
}

/** What the suite's SMTP server (e2e/smtp-sink.ts) has received so far. */
export function receivedMail(): Array<{
  to: string;
  subject: string;
  text: string;
  messageId: string;
  inReplyTo: string | null;
}> {
  const file = '.e2e-mail/mail.jsonl';
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ReturnType<typeof receivedMail>[number]);
}

/** The owner, over the API, to set a scene quickly: bearer headers and the owner's id. */
export async function ownerApi(request: APIRequestContext, name = 'browser test') {
  const res = await request.post('/api/v1/auth/token', {
    data: { email: OWNER.email, password: OWNER.password, name },
  });
  const headers = { authorization: `Bearer ${(await res.json()).token as string}` };
  const me = await (await request.get('/api/v1/auth/me', { headers })).json();
  return { headers, ownerId: me.user.id as string };
}

/** Records the default playbook's steps up to "Communicate" on a situation, over the API. */
export async function walkToCommunicate(
  request: APIRequestContext,
  headers: Record<string, string>,
  situationId: string,
  work: Parameters<typeof recordThroughCommunicate>[1],
) {
  await recordThroughCommunicate(async (step, data) => {
    const res = await request.post(`/api/v1/situations/${situationId}/actions`, {
      headers,
      data: { type: 'record', step, data },
    });
    expect(res.ok(), `${step}: ${await res.text()}`).toBe(true);
  }, work);
}
