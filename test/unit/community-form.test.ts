import {
  communityChecks,
  eventCodeKey,
  planCommunitySurvey,
  timingOf,
  COMMUNITY_ITEMS,
  COMMUNITY_TIMING,
} from '../../src/domain/forms/community-form';
import { CONSENT_ITEM, CONSENT_TEXT } from '../../src/domain/forms/consent-item';
import { RIBS } from '../../src/domain/instruments';
import { STORY_ITEMS } from '../../src/domain/stories';
import type { PastedWording } from '../../src/domain/forms/survey-form';
import { answerItems } from '../../src/domain/forms/form-spec';

const ribsWording = (upTo: number): PastedWording[] =>
  Array.from({ length: upTo }, (_, i) => ({
    instrumentId: 'ribs',
    itemId: `ribs_${i + 1}`,
    text: `[RIBS ${i + 1}]`,
  }));

describe('the Community survey form', () => {
  it('asks RIBS only with wording for all eight items, and never invents any', () => {
    for (const upTo of [0, 7]) {
      const plan = planCommunitySurvey(ribsWording(upTo));
      expect(plan.asksRibs).toBe(false);
      expect(answerItems(plan.spec).map((item) => item.title)).toHaveLength(3);
      expect(plan.spec.collectEmail).toBe(false);
    }
    const plan = planCommunitySurvey(ribsWording(8));
    expect(plan.asksRibs).toBe(true);
    const titles = answerItems(plan.spec).map((item) => item.title);
    expect(titles).toEqual(expect.arrayContaining(ribsWording(8).map((entry) => entry.text)));
    expect(titles).toHaveLength(11);
  });

  it('matches codes without case or spaces and reads the timing', () => {
    expect(eventCodeKey(' hl - 03 12 ')).toBe('HL-0312');
    expect(eventCodeKey(null)).toBe('');
    expect(timingOf('Before the event')).toBe('before');
    expect(timingOf(' After the event ')).toBe('after');
    expect(timingOf('During')).toBeNull();
  });

  it('sends a code on no row, or on two, to Review, and accepts one on exactly one', () => {
    const plan = planCommunitySurvey(ribsWording(8));
    const checks = communityChecks(
      plan,
      new Map([
        ['HL-01', 1],
        ['HL-02', 2],
      ]),
    );
    const answers: Record<string, unknown> = {};
    for (let item = 5; item <= 8; item += 1) answers[`[RIBS ${item}]`] = 'Agree slightly';
    const response = { timestamp: new Date(), email: '', answers: {} };
    const reasons = (code: string) =>
      checks(response, { ...answers, [COMMUNITY_ITEMS.eventCode]: code });
    expect(reasons('hl-01')).toEqual([]);
    expect(reasons('HL-03')).toHaveLength(1);
    expect(reasons('HL-02')).toHaveLength(1);
    expect(reasons('HL-03')[0]).not.toBe(reasons('HL-02')[0]);
    // Without the wording on the form, nothing can be counted.
    const bare = communityChecks(planCommunitySurvey([]), new Map([['HL-01', 1]]));
    expect(bare(response, { [COMMUNITY_ITEMS.eventCode]: 'HL-01' })).toHaveLength(1);
  });
});

describe('the Community survey form, item by item', () => {
  it('opens with consent, the event code and the timing, then the RIBS section and questions', () => {
    const plan = planCommunitySurvey(ribsWording(8));
    const [consent, code, timing, section, ...questions] = plan.spec.items;
    expect(consent).toBe(CONSENT_ITEM);
    expect(code).toMatchObject({ kind: 'text', title: COMMUNITY_ITEMS.eventCode, required: true });
    expect((code as { help?: string }).help?.trim()).toBeTruthy();
    expect(timing).toEqual({
      kind: 'choice',
      title: COMMUNITY_ITEMS.timing,
      required: true,
      choices: [COMMUNITY_TIMING.before, COMMUNITY_TIMING.after],
    });
    expect(section).toMatchObject({ kind: 'section', title: RIBS.title });
    expect(questions.map((item) => item.title)).toEqual(ribsWording(8).map((entry) => entry.text));
    expect(questions.every((item) => item.kind === 'choice')).toBe(true);
    // No consent or story item of the member survey comes along.
    expect(plan.spec.items.filter((item) => item === CONSENT_ITEM)).toHaveLength(1);
    for (const story of STORY_ITEMS)
      expect(plan.spec.items.map((item) => item.title)).not.toContain(story.title);
    expect(plan.spec.kind).toBe('community');
    expect(plan.spec.title.trim()).not.toBe('');
    expect(plan.spec.confirmation.trim()).not.toBe('');
  });

  it('the description says when the questions are missing, and always gives the consent statement', () => {
    const asks = planCommunitySurvey(ribsWording(8)).spec.description;
    const bare = planCommunitySurvey([]).spec.description;
    expect(asks).toContain(CONSENT_TEXT.community);
    expect(bare).toContain(CONSENT_TEXT.community);
    expect(bare.length).toBeGreaterThan(asks.length);
    expect(bare.split('\n\n')).toHaveLength(asks.split('\n\n').length + 1);
    expect(asks.split('\n\n')).toHaveLength(2);
    expect(planCommunitySurvey([]).spec.items).toHaveLength(3);
  });

  it('reads the timing only as one of its two answers', () => {
    expect(timingOf(null)).toBeNull();
    expect(timingOf('')).toBeNull();
    expect(timingOf('before the event')).toBeNull();
    expect(eventCodeKey('a\tb\nc')).toBe('ABC');
  });

  it('names no code, an unknown code and one on two rows differently, with the code typed', () => {
    const plan = planCommunitySurvey(ribsWording(8));
    const checks = communityChecks(
      plan,
      new Map([
        ['HL-01', 1],
        ['HL-02', 2],
      ]),
    );
    const answers: Record<string, unknown> = {};
    for (let item = 5; item <= 8; item += 1) answers[`[RIBS ${item}]`] = 'Agree slightly';
    const response = { timestamp: new Date(), email: '', answers: {} };
    const reasons = (code: unknown) =>
      checks(response, { ...answers, [COMMUNITY_ITEMS.eventCode]: code });
    const none = reasons('   ');
    expect(none).toHaveLength(1);
    expect(reasons(undefined)).toEqual(none);
    expect(reasons(' hl-01 ')).toEqual([]);
    const unknown = reasons(' hl-09 ');
    expect(unknown[0]).toContain('hl-09');
    expect(unknown[0]).not.toContain(' hl-09 ');
    expect(reasons('HL-02')[0]).toContain('HL-02');
    expect(new Set([none[0], unknown[0], reasons('HL-02')[0]]).size).toBe(3);
    // A RIBS answer that does not score is a reason of its own, besides the code.
    const bad = checks(response, {
      ...answers,
      '[RIBS 5]': 'Often',
      [COMMUNITY_ITEMS.eventCode]: 'HL-09',
    });
    expect(bad).toHaveLength(2);
    expect(bad[1]).toContain('Often');
  });

  it('without the questions, a known code still goes to Review', () => {
    const checks = communityChecks(planCommunitySurvey(ribsWording(7)), new Map([['HL-01', 1]]));
    const response = { timestamp: new Date(), email: '', answers: {} };
    expect(checks(response, { [COMMUNITY_ITEMS.eventCode]: 'HL-01' })).toHaveLength(1);
    expect(checks(response, { [COMMUNITY_ITEMS.eventCode]: '' })).toHaveLength(2);
  });
});
