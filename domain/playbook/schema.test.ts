import { describe, expect, it } from 'vitest';
import { BUILT_IN_PLAYBOOKS } from './builtin';
import { parsePlaybookDocument, type PlaybookDocumentInput } from './schema';
import { method } from './test-support';

const { id: _id, version: _version, ...methodDocument } = method;
const clone = (): PlaybookDocumentInput => structuredClone(methodDocument);

describe('built-in playbooks', () => {
  it('are the method, HEARD, LAST, BLAST, LEARN and the formal complaint process', () => {
    expect(BUILT_IN_PLAYBOOKS.map((p) => p.key)).toEqual([
      'default',
      'heard',
      'last',
      'blast',
      'learn',
      'complaint',
    ]);
  });

  it('give the method its nine steps, in order', () => {
    expect(method.steps.map((s) => s.id)).toEqual([
      'listen',
      'empathize',
      'diagnose',
      'alternatives',
      'apologize',
      'solve',
      'make_it_up',
      'communicate',
      'follow_up',
    ]);
  });

  it('all guard their apology with the diagnosis, and all can be resolved', () => {
    for (const playbook of BUILT_IN_PLAYBOOKS) {
      const apologies = playbook.steps.filter((s) => s.marks.includes('apology'));
      expect(apologies.length, playbook.key).toBeGreaterThan(0);
      for (const step of apologies) {
        expect(
          step.guards.map((g) => g.code),
          `${playbook.key}/${step.id}`,
        ).toContain('APOLOGY_BEFORE_DIAGNOSIS');
      }
      expect(
        playbook.steps.some((s) => s.marks.includes('solution')),
        playbook.key,
      ).toBe(true);
    }
  });
});

describe('a playbook document', () => {
  const problems = (doc: unknown) => {
    const result = parsePlaybookDocument(doc);
    return result.ok ? [] : result.problems;
  };

  it('is accepted when whole and consistent', () => {
    expect(parsePlaybookDocument(clone()).ok).toBe(true);
  });

  it('is refused with the path of what is wrong in its shape', () => {
    const doc = clone() as Record<string, unknown>;
    delete doc.name;
    expect(problems(doc)).toEqual([expect.objectContaining({ path: 'name' })]);
    const badType = clone();
    (badType.steps[0]!.fields[0] as { type: string }).type = 'hologram';
    expect(problems(badType)[0]?.path).toBe('steps.0.fields.0.type');
  });

  it('refuses a step id used twice', () => {
    const doc = clone();
    doc.steps[1]!.id = 'listen';
    expect(problems(doc)).toContainEqual({
      path: 'steps.1.id',
      message: 'Step id "listen" is used twice.',
    });
  });

  it('refuses loops to unknown or later steps', () => {
    const unknown = clone();
    unknown.steps[2]!.loopBackTo = ['listen', 'dance'];
    expect(problems(unknown)[0]).toMatchObject({
      path: 'steps.2.loopBackTo.1',
      message: expect.stringMatching(/"dance", which is not a step/),
    });
    const forward = clone();
    forward.steps[0]!.loopBackTo = ['solve'];
    expect(problems(forward)[0]?.message).toMatch(/only loop back to an earlier step/);
  });

  it('refuses guards on unknown steps or on fields a step does not capture', () => {
    const doc = clone();
    const apologize = doc.steps.find((s) => s.id === 'apologize')!;
    apologize.guards = [
      {
        code: 'APOLOGY_BEFORE_DIAGNOSIS',
        requires: [
          { step: 'diagnose', field: 'star_sign' },
          { step: 'divination', field: 'root_cause' },
        ],
        message: 'Not yet.',
        firstDo: 'Diagnose first.',
      },
    ];
    const found = problems(doc);
    expect(found).toContainEqual({
      path: 'steps.4.guards.0.requires.0',
      message:
        'A guard of "apologize" waits on field "star_sign", which step "diagnose" does not capture.',
    });
    expect(found).toContainEqual({
      path: 'steps.4.guards.0.requires.1',
      message: 'A guard of "apologize" waits on step "divination", which does not exist.',
    });
  });

  it('refuses steps that can never be reached because their guards wait on each other', () => {
    const doc = clone();
    const guard = (step: string, field: string) => ({
      code: 'STEP_PREREQUISITE' as const,
      requires: [{ step, field }],
      message: 'Not yet.',
      firstDo: 'Do the other first.',
    });
    doc.steps.find((s) => s.id === 'solve')!.guards = [guard('communicate', 'team_told')];
    doc.steps.find((s) => s.id === 'communicate')!.guards = [guard('solve', 'actions')];
    expect(problems(doc).map((p) => p.path)).toEqual(['steps.5', 'steps.7']);
    expect(problems(doc)[0]?.message).toMatch(/can never be recorded/);
  });

  it('refuses choice fields without choices, and a playbook nothing could resolve', () => {
    const doc = clone();
    delete doc.steps[2]!.fields.find((f) => f.id === 'cause_owner')!.choices;
    expect(problems(doc)[0]?.message).toMatch(/needs at least two choices/);
    const unresolvable = clone();
    unresolvable.ventOnly = null;
    for (const step of unresolvable.steps) step.marks = [];
    expect(problems(unresolvable)[0]?.message).toMatch(/nothing could ever be resolved/);
  });
});
