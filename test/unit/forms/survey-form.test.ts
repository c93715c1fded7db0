import { CONSENT_ITEM } from '../../../src/domain/forms/consent-item';
import {
  instrumentAnswers,
  PastedWording,
  planSurvey,
  scoreSurvey,
  surveyChecks,
  surveyFormSpec,
  surveyScores,
} from '../../../src/domain/forms/survey-form';
import {
  INSTRUMENTS,
  RIBS,
  ROSENBERG_SELF_ESTEEM,
  scoreInstrument,
  SWEMWBS,
} from '../../../src/domain/instruments';
import { STORY_ITEMS } from '../../../src/domain/stories';

const swemwbsWording: PastedWording[] = SWEMWBS.items.map((item, index) => ({
  instrumentId: 'swemwbs',
  itemId: item.id,
  text: `  Wellbeing statement ${index + 1}  `,
}));
const RSES_TITLES = ROSENBERG_SELF_ESTEEM.items.map((item) => item.text as string);
const allRses = (label: unknown) =>
  Object.fromEntries(RSES_TITLES.map((title) => [title, label])) as Record<string, unknown>;

describe('planSurvey', () => {
  it('includes only instruments whose every item has wording, listing the rest with item labels', () => {
    const plan = planSurvey();
    expect(plan.included.map((instrument) => instrument.id)).toEqual(['rses']);
    expect(plan.missingWording.map((entry) => entry.instrument.id)).toEqual(
      INSTRUMENTS.filter((instrument) => instrument.id !== 'rses').map(
        (instrument) => instrument.id,
      ),
    );
    expect(plan.missingWording[0].itemLabels).toEqual(SWEMWBS.items.map((item) => item.label));
  });

  it('uses pasted wording, trimmed, and maps each title to its item', () => {
    const plan = planSurvey({ enabled: ['swemwbs'], wording: swemwbsWording });
    expect(plan.included).toEqual([SWEMWBS]);
    expect(plan.missingWording).toEqual([]);
    expect(plan.items.get('Wellbeing statement 3')).toEqual({
      instrument: SWEMWBS,
      itemId: SWEMWBS.items[2].id,
    });
    expect(plan.items.size).toBe(7);
  });

  it('an item with blank or missing pasted wording, or wording for another instrument, keeps it off', () => {
    const blank = swemwbsWording.map((entry, index) =>
      index === 6 ? { ...entry, text: '   ' } : entry,
    );
    const plan = planSurvey({ enabled: ['swemwbs'], wording: blank });
    expect(plan.included).toEqual([]);
    expect(plan.missingWording).toEqual([
      { instrument: SWEMWBS, itemLabels: [SWEMWBS.items[6].label] },
    ]);
    const elsewhere = swemwbsWording.map((entry) => ({ ...entry, instrumentId: 'rses' }));
    expect(planSurvey({ enabled: ['swemwbs'], wording: elsewhere }).included).toEqual([]);
    const otherItem = swemwbsWording.map((entry, index) =>
      index === 0 ? { ...entry, itemId: 'swemwbs_99' } : entry,
    );
    expect(planSurvey({ enabled: ['swemwbs'], wording: otherItem }).missingWording).toHaveLength(1);
  });

  it('asks each item by its own wording', () => {
    const plan = planSurvey({ enabled: ['rses'] });
    expect(plan.items.size).toBe(ROSENBERG_SELF_ESTEEM.items.length);
    RSES_TITLES.forEach((title, index) =>
      expect(plan.items.get(title)?.itemId).toBe(ROSENBERG_SELF_ESTEEM.items[index].id),
    );
  });

  it('shipped wording wins over pasted wording', () => {
    const plan = planSurvey({
      enabled: ['rses'],
      wording: [{ instrumentId: 'rses', itemId: 'rses_1', text: 'Pasted instead' }],
    });
    expect(plan.items.has('Pasted instead')).toBe(false);
    expect(plan.items.has(RSES_TITLES[0])).toBe(true);
  });

  it('leaves off instruments not switched on; an empty list switches all off', () => {
    expect(planSurvey({ enabled: [] }).included).toEqual([]);
    expect(planSurvey({ enabled: [] }).missingWording).toEqual([]);
    expect(planSurvey({ enabled: ['swemwbs'] }).included).toEqual([]);
  });

  it('orders the form: consent, then each instrument (a section and its questions), then stories', () => {
    const spec = planSurvey({ wording: swemwbsWording }).spec;
    expect(spec.kind).toBe('survey');
    expect(spec.title.trim()).not.toBe('');
    expect(spec.confirmation.trim()).not.toBe('');
    expect(spec.items[0]).toBe(CONSENT_ITEM);
    expect(spec.items.slice(-STORY_ITEMS.length)).toEqual(STORY_ITEMS);
    const middle = spec.items.slice(1, -STORY_ITEMS.length);
    expect(middle.map((item) => item.kind)).toEqual([
      'section',
      ...SWEMWBS.items.map(() => 'choice'),
      'section',
      ...ROSENBERG_SELF_ESTEEM.items.map(() => 'choice'),
    ]);
    expect(middle[0]).toMatchObject({ kind: 'section', title: SWEMWBS.title });
    expect(middle[1]).toEqual({
      kind: 'choice',
      title: 'Wellbeing statement 1',
      required: SWEMWBS.items[0].required,
      choices: ['None of the time', 'Rarely', 'Some of the time', 'Often', 'All of the time'],
    });
  });

  it('a section help joins instructions, the recall period and the copyright line', () => {
    const spec = planSurvey({ wording: swemwbsWording }).spec;
    const sections = spec.items.filter((item) => item.kind === 'section');
    const swemwbs = sections.find((item) => item.title === SWEMWBS.title);
    const rses = sections.find((item) => item.title === ROSENBERG_SELF_ESTEEM.title);
    const help = (item: unknown) => (item as { help?: string }).help;
    expect(help(swemwbs)).toContain('the last 2 weeks');
    expect(help(swemwbs)).toContain(SWEMWBS.licence.copyrightLine);
    expect(help(swemwbs)?.startsWith('Think about')).toBe(true);
    expect(help(rses)).toBe(ROSENBERG_SELF_ESTEEM.instructions);
  });

  it('a section with nothing to say has no help at all', () => {
    const plan = planSurvey({
      enabled: ['brcs'],
      wording: INSTRUMENTS.find((instrument) => instrument.id === 'brcs')!.items.map((item) => ({
        instrumentId: 'brcs',
        itemId: item.id,
        text: `Coping ${item.id}`,
      })),
    });
    const section = plan.spec.items[1];
    expect(section.kind).toBe('section');
    expect((section as { help?: string }).help).toBeUndefined();
  });

  it('surveyFormSpec is the plan spec', () => {
    expect(surveyFormSpec({ enabled: ['rses'] })).toEqual(planSurvey({ enabled: ['rses'] }).spec);
    expect(surveyFormSpec()).toEqual(planSurvey().spec);
  });
});

describe('instrumentAnswers and scoring', () => {
  const plan = planSurvey({ enabled: ['rses'] });

  it('matches answers to option values as answer text compares them', () => {
    const answers = allRses(' strongly  AGREE ');
    const sets = instrumentAnswers(plan, answers);
    expect(sets.get('rses')?.unmatched).toEqual([]);
    expect(Object.values(sets.get('rses')!.answers)).toEqual(RSES_TITLES.map(() => 3));
  });

  it('keeps an answer matching no option out of the score, and reports it; a blank is no answer', () => {
    const answers = { ...allRses('Agree'), [RSES_TITLES[0]]: 'Maybe', [RSES_TITLES[1]]: '  ' };
    const set = instrumentAnswers(plan, answers).get('rses')!;
    expect(set.answers.rses_1).toBeNull();
    expect(set.answers.rses_2).toBeNull();
    expect(set.answers.rses_3).toBe(2);
    expect(set.unmatched).toEqual([{ title: RSES_TITLES[0], answer: 'Maybe' }]);
    const missing = instrumentAnswers(plan, { ...allRses('Agree'), [RSES_TITLES[1]]: null });
    expect(missing.get('rses')!.unmatched).toEqual([]);
    const absent = allRses('Agree');
    delete absent[RSES_TITLES[1]];
    expect(instrumentAnswers(plan, absent).get('rses')!.unmatched).toEqual([]);
  });

  it('scores a complete row and gives null for an incomplete one', () => {
    const full = scoreSurvey(plan, allRses('Agree'));
    expect(full.get('rses')?.ok).toBe(true);
    expect(surveyScores(plan, allRses('Agree')).rses).toEqual(
      (full.get('rses') as { score: number }).score,
    );
    expect(surveyScores(plan, { ...allRses('Agree'), [RSES_TITLES[0]]: '' })).toEqual({
      rses: null,
    });
  });

  it('scores each instrument of a plan with its own definition', () => {
    const both = planSurvey({ enabled: ['swemwbs', 'rses'], wording: swemwbsWording });
    const answers: Record<string, unknown> = { ...allRses('Agree') };
    for (const entry of swemwbsWording) answers[entry.text.trim()] = 'Often';
    const scores = surveyScores(both, answers);
    // Five items score 2 and the five reverse-keyed ones 1.
    expect(scores.rses).toBe(15);
    expect(typeof scores.swemwbs).toBe('number');
  });

  it('an unmatched answer makes the outcome fail, naming the answer and the question', () => {
    const outcome = scoreSurvey(plan, { ...allRses('Agree'), [RSES_TITLES[4]]: 'Sometimes' }).get(
      'rses',
    )!;
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.reason).toContain('Sometimes');
    expect(outcome.reason).toContain(RSES_TITLES[4]);
    expect(outcome.problems.length).toBeGreaterThan(0);
  });

  it('names every unmatched answer, in question order', () => {
    const twoWrong = scoreSurvey(plan, {
      ...allRses('Agree'),
      [RSES_TITLES[4]]: 'Sometimes',
      [RSES_TITLES[5]]: 'Often',
    }).get('rses')!;
    expect(twoWrong.ok).toBe(false);
    if (twoWrong.ok) return;
    expect(twoWrong.reason).toContain('Sometimes');
    expect(twoWrong.reason).toContain('Often');
    expect(twoWrong.reason.indexOf('Sometimes')).toBeLessThan(twoWrong.reason.indexOf('Often'));
  });
});

describe('unmatched answers beside the score', () => {
  const ribsWording: PastedWording[] = RIBS.items.map((item) => ({
    instrumentId: 'ribs',
    itemId: item.id,
    text: `[${item.id}]`,
  }));
  const plan = planSurvey({ enabled: ['ribs'], wording: ribsWording });
  const valid: Record<string, unknown> = {};
  for (const item of RIBS.items)
    if (item.required) valid[`[${item.id}]`] = item.scale.options[0].label;

  it('an unmatched answer to an optional item fails the row alone, with no item problems', () => {
    const optional = RIBS.items.find((item) => !item.required)!;
    expect(scoreSurvey(plan, valid).get('ribs')?.ok).toBe(true);
    const outcome = scoreSurvey(plan, { ...valid, [`[${optional.id}]`]: 'Sometimes' }).get('ribs')!;
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems).toEqual([]);
    expect(outcome.reason).toContain('Sometimes');
    expect(outcome.reason.trim().endsWith('.')).toBe(true);
  });

  it('with a score that fails too, gives both reasons and the score problems', () => {
    const required = RIBS.items.find((item) => item.required)!;
    const answers = { ...valid, [`[${required.id}]`]: 'Sometimes' };
    const outcome = scoreSurvey(plan, answers).get('ribs')!;
    const own = scoreInstrument(RIBS, instrumentAnswers(plan, answers).get('ribs')!.answers);
    expect(own.ok).toBe(false);
    if (outcome.ok || own.ok) return;
    expect(outcome.reason).toContain('Sometimes');
    expect(outcome.reason).toContain(own.reason);
    expect(outcome.problems).toEqual(own.problems);
  });
});

describe('surveyChecks', () => {
  const plan = planSurvey({ enabled: ['rses'] });
  const check = surveyChecks(plan);
  const response = (answers: Record<string, string | null>) => ({
    timestamp: new Date('2026-03-01T10:00:00Z'),
    email: 'ann@example.org',
    answers,
  });

  it('no reasons when every score computes', () => {
    expect(check(response({}), allRses('Disagree'))).toEqual([]);
  });

  it('names the instrument whose score does not compute', () => {
    const reasons = check(response({}), { ...allRses('Disagree'), [RSES_TITLES[2]]: 'Nope' });
    expect(reasons).toHaveLength(1);
    expect(reasons[0].startsWith(`${ROSENBERG_SELF_ESTEEM.shortTitle}: `)).toBe(true);
    expect(reasons[0]).toContain('Nope');
  });

  it('the stored cells win over the validated answers, which only fill a missing title', () => {
    const stored = allRses('Agree');
    delete stored[RSES_TITLES[0]];
    expect(check(response({ [RSES_TITLES[0]]: 'Agree' }), stored)).toEqual([]);
    expect(
      check(response({ [RSES_TITLES[0]]: 'Agree' }), { ...stored, [RSES_TITLES[0]]: 'Bad' }),
    ).toHaveLength(1);
    expect(check(response({}), stored)).toHaveLength(1);
  });
});
