import { expect, test, type Page } from '@playwright/test';
import { ensureOwner, expectAccessible, logSituation, signIn, snapshot } from './helpers';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ request }) => {
  await ensureOwner(request);
});

/** The panel of the step on screen, found by its heading. */
const step = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true });

/** Chips draw their own label over an input kept off screen: the label is what people tap. */
async function choose(page: Page, panel: string, question: string, option: string) {
  const region = step(page, panel);
  const group = region
    .getByRole('radiogroup', { name: question })
    .or(region.getByRole('group', { name: question }));
  const input = group
    .getByRole('radio', { name: option, exact: true })
    .or(group.getByRole('checkbox', { name: option, exact: true }));
  const id = await input.getAttribute('id');
  await region.locator(`label[for="${id}"]`).click();
  await expect(input).toBeChecked();
}

test('a wrong dish at a restaurant table, taken through all nine steps', async ({
  page,
}, testInfo) => {
  await signIn(page);
  await logSituation(page, 'Wrong dish served at table 7');
  await expect(page.getByRole('navigation', { name: 'Steps' })).toContainText('Turnaround method');

  // 1. Listen
  await step(page, 'Listen')
    .getByLabel('Their account, in their words')
    .fill('We ordered the sea bream and the steak came instead. We have been waiting 40 minutes.');
  await choose(page, 'Listen', 'How they feel', 'Upset');
  await step(page, 'Listen').getByRole('button', { name: 'Record listen' }).click();

  // 2. Show empathy
  await step(page, 'Show empathy')
    .getByLabel('What you said to acknowledge how they feel')
    .fill('That is really frustrating after such a wait, and you are right to tell us.');
  await expectAccessible(page, 'workspace');
  await step(page, 'Show empathy').getByRole('button', { name: 'Record show empathy' }).click();
  await expect(step(page, 'Ask questions')).toBeVisible();

  // Apologising before the diagnosis is refused, with what to do first.
  await page
    .getByRole('navigation', { name: 'Steps' })
    .getByRole('button', { name: /5\. Apologise/ })
    .click();
  await step(page, 'Apologise')
    .getByLabel('The apology, as you said it')
    .fill('Sorry for any inconvenience.');
  await step(page, 'Apologise').getByRole('button', { name: 'Record apologise' }).click();
  const refusal = page
    .getByRole('alert')
    .filter({ hasText: 'Not yet: find out what went wrong first' });
  await expect(refusal).toBeVisible();
  await expect(refusal).toContainText('Find out the root cause and whose it is first');
  await snapshot(page, testInfo, 'workspace-refusal');
  await refusal.getByRole('button', { name: 'Go to Ask questions' }).click();

  // 3. Ask questions
  const diagnose = step(page, 'Ask questions');
  await diagnose.getByLabel('Open questions you asked: entry 1').fill('Which dish did you order?');
  await diagnose
    .getByLabel('The root cause')
    .fill('Table 7 and table 17 tickets swapped at the pass');
  await choose(page, 'Ask questions', 'Whose cause it is', 'Ours');
  await choose(page, 'Ask questions', 'What they really want', 'A fix');
  await diagnose.getByRole('button', { name: 'Record ask questions' }).click();

  // 4. Offer alternatives
  const alternatives = step(page, 'Offer alternatives');
  await alternatives.getByLabel('What you offer').fill('Fresh sea bream in ten minutes');
  await alternatives.getByLabel('Its cost to us').fill('18');
  await alternatives
    .getByLabel('Why it fits this person')
    .fill('They still want the dish they came for');
  await alternatives.getByLabel('What they said would make it right').fill('The fish, quickly');
  await alternatives.getByLabel('The option chosen').fill('Fresh sea bream in ten minutes');
  await alternatives.getByRole('button', { name: 'Record offer alternatives' }).click();

  // 5. Apologise: offered, then accepted
  const apologise = step(page, 'Apologise');
  await apologise
    .getByLabel('The apology, as you said it')
    .fill('I am sorry: we swapped your ticket with another table at the pass.');
  await apologise.getByRole('button', { name: 'Record apologise' }).click();
  await expect(apologise.getByText('In progress')).toBeVisible();
  await choose(page, 'Apologise', 'How they took it', 'Accepted');
  await apologise.getByRole('button', { name: 'Record apologise' }).click();

  // 6. Solve it
  await step(page, 'Solve it')
    .getByLabel('What you did: entry 1')
    .fill('Fired a fresh sea bream at once');
  await step(page, 'Solve it').getByRole('button', { name: 'Record solve it' }).click();

  // 7. Make it up
  const makeItUp = step(page, 'Make it up');
  // Granted from the step (the owner has no limit); the grant records the step.
  await makeItUp.getByRole('button', { name: /Something else/ }).click();
  await makeItUp.getByLabel('What', { exact: true }).fill('Dessert on the house');
  await makeItUp.getByLabel('Value', { exact: true }).fill('7.50');
  await makeItUp.getByLabel('Why it fits this person').fill('They are celebrating an anniversary');
  await makeItUp.getByRole('button', { name: 'Grant Dessert on the house' }).click();

  // 8. Communicate
  await step(page, 'Communicate')
    .getByLabel('What you told the team')
    .fill('The pass reads table numbers aloud before plates leave.');
  await step(page, 'Communicate').getByRole('button', { name: 'Record communicate' }).click();
  await expect(step(page, 'Follow up')).toBeVisible();

  // Keyboard: [ and ] move between steps.
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('[');
  await expect(step(page, 'Communicate')).toBeVisible();
  await page.keyboard.press(']');
  await expect(step(page, 'Follow up')).toBeVisible();

  await page.getByRole('button', { name: 'Mark resolved' }).click();
  await expect(page.getByText('Resolved', { exact: true }).first()).toBeVisible();
  await expect(page.getByTestId('recovery-time')).not.toContainText('not resolved yet');
  await expect(page.getByTestId('recovery-time')).toContainText(
    /Recovery time: (under a minute|\d+ min)/,
  );

  // 9. Follow up
  await choose(page, 'Follow up', 'How you followed up', 'Phone');
  await choose(page, 'Follow up', 'Did the fix hold?', 'Yes');
  await step(page, 'Follow up').getByRole('button', { name: 'Record follow up' }).click();
  const stepList = page.getByRole('navigation', { name: 'Steps' });
  await expect(stepList.getByText('Done', { exact: false })).toHaveCount(9);
  await expect(page.getByText('Recovery time:')).toBeVisible();
  await expectAccessible(page, 'workspace, resolved');
  await snapshot(page, testInfo, 'workspace-desktop');
});

test('on a phone, someone who only wanted to vent is heard and resolved as such', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page);
  await page.getByRole('button', { name: 'Log situation' }).click();
  const capture = page.getByRole('dialog', { name: 'Log a situation' });
  await capture.getByLabel('What happened?').fill('Regular upset about the new parking rules');
  await capture.getByText('Upset').click();
  await capture.getByRole('button', { name: 'Log it' }).click();
  // What quick capture noted is already filled in: nobody is asked twice.
  await expect(
    step(page, 'Listen')
      .getByRole('radiogroup', { name: 'How they feel' })
      .getByRole('radio', { name: 'Upset' }),
  ).toBeChecked();
  await step(page, 'Listen')
    .getByLabel('Their account, in their words')
    .fill(
      'The council changed the parking and nobody told them; they wanted to get it off their chest.',
    );
  await step(page, 'Listen').getByRole('button', { name: 'Record listen' }).click();
  await step(page, 'Show empathy')
    .getByLabel('What you said to acknowledge how they feel')
    .fill('That sounds exhausting, thank you for telling me.');
  await step(page, 'Show empathy').getByRole('button', { name: 'Record show empathy' }).click();

  const vent = page.getByRole('button', { name: 'Resolve: they only wanted to be heard' });
  await expect(vent).toBeVisible();
  const box = await vent.boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(36); // big enough for a thumb
  await expectAccessible(page, 'workspace on a phone');
  await snapshot(page, testInfo, 'workspace-phone');
  await vent.click();
  await expect(page.getByText('They wanted to be heard', { exact: true })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Step' })).toHaveValue(/9\. Follow up \(now\)/);
  await expect(page.getByText('Resolved: they wanted to be heard').first()).toBeVisible();
  await snapshot(page, testInfo, 'workspace-phone-vented');
});

test('an owner copies a playbook, edits it, and has a category start on it', async ({
  page,
}, testInfo) => {
  await signIn(page);
  await page.getByRole('link', { name: 'Playbooks' }).click();
  await expect(page.getByRole('heading', { name: 'Playbooks', exact: true })).toBeVisible();
  await expectAccessible(page, 'playbooks');
  await snapshot(page, testInfo, 'playbooks');

  await page.getByRole('button', { name: 'Make a copy of LAST' }).click();
  await expect(page.getByRole('heading', { name: 'LAST (our version)' })).toBeVisible();
  await page.getByRole('button', { name: '4. Thank' }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill('Thank them warmly');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Version 2', { exact: true })).toBeVisible();
  await expectAccessible(page, 'playbook editor');

  // A broken reference is refused with where and why, and nothing is saved.
  await page.getByRole('tab', { name: 'Whole document (JSON)' }).click();
  const json = page.getByLabel('Playbook document');
  const text = await json.inputValue();
  await json.fill(text.replace('"loopBackTo": []', '"loopBackTo": ["nowhere"]'));
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const problems = page.getByRole('alert').filter({ hasText: 'The playbook cannot be saved yet' });
  await expect(problems).toContainText('"listen" loops back to "nowhere", which is not a step.');
  await snapshot(page, testInfo, 'playbook-editor-problems');
  await expect(page.getByText('Version 2', { exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'Playbooks', exact: true }).first().click();
  await page.getByRole('textbox', { name: 'Playbook for Wrong order' }).click();
  await page.getByRole('option', { name: 'LAST (our version) (yours)' }).click();
  // The choice shows once the server has it.
  await expect(page.getByRole('textbox', { name: 'Playbook for Wrong order' })).toHaveValue(
    'LAST (our version) (yours)',
  );

  // A quick capture follows the category's playbook once its category is set.
  await logSituation(page, 'Soup served to the wrong table');
  await page.getByRole('button', { name: 'Details: who, where, category, owner' }).click();
  // The accordion may still be opening when the first click lands: open the list until it shows.
  const wrongOrder = page.getByRole('option', { name: 'Wrong order' });
  await expect(async () => {
    await page.getByRole('textbox', { name: 'Category' }).click();
    await expect(wrongOrder).toBeVisible({ timeout: 1000 });
  }).toPass();
  await wrongOrder.click();
  await page.getByRole('button', { name: 'Save details' }).click();
  const steps = page.getByRole('navigation', { name: 'Steps' });
  await expect(steps).toContainText('LAST (our version)');
  await expect(steps).toContainText('4. Thank them warmly');
  await expect(page.getByText('Now following LAST (our version)')).toBeVisible();
});
