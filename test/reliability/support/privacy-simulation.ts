/**
 * A season of a group with private data marked so that a leak can be found anywhere: each
 * comment, outreach note and facilitator note carries a unique marker, and one member ("the
 * outlier") gives extreme answers, is the only one to check in during March, and has a survey
 * score no one else has.
 */
import { Environment } from '../../../emulator/environment';
import { newProject, setSetting, setUpProject, typeRows } from '../../integration/harness';
import { CHECKIN, CONSENT, submitCheckin } from '../../integration/members';
import { DAY, MINUTE, ORGANISER } from './fixture';
import { formId, surveyItems } from './group';
import { addActivity, pasteRibsWording, submitCommunity } from '../../integration/community';

export const PEOPLE = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({
  n,
  id: `M${String(n).padStart(4, '0')}`,
  name: `Person ${n} Quillfeather`,
  email: `p${n}@example.org`,
}));
export const OUTLIER = PEOPLE[7];

export const noteMarker = (n: number) => `NOTE-MARKER-${n}-qz7`;
export const commentMarker = (n: number, week: number) => `COMMENT-MARKER-${n}-${week}-xk3`;
export const outreachMarker = (n: number) => `OUTREACH-MARKER-${n}-vw9`;

/**
 * The Community survey (issue 15 item 1): a large event whose audience answers before and after,
 * and a small one with two responses, one of them the lowest intended-behaviour score (4).
 */
export const COMMUNITY_EVENTS = { large: 'PRIV-LARGE', small: 'PRIV-SMALL' } as const;
export const SMALL_EVENT_SCORES = [4, 16] as const;

/** The outlier's Rosenberg answers: a total of 2 at baseline and 29 at follow-up (change 27). */
export const OUTLIER_SCORES = { baseline: 2, followUp: 29, change: 27 } as const;

const ORDER = ['Strongly disagree', 'Disagree', 'Agree', 'Strongly agree'];
const REVERSED = new Set([2, 5, 6, 8, 9]);

/** Answers to the ten Rosenberg items (by position) that score `total` (0-30). */
function rosenbergAnswers(env: Environment, total: number): Record<string, string> {
  const items = surveyItems(env).filter((item) => item.choices.includes('Strongly agree'));
  let left = total;
  return Object.fromEntries(
    items.map((item, index) => {
      const points = Math.min(3, left);
      left -= points;
      const label = ORDER[REVERSED.has(index + 1) ? 3 - points : points];
      return [item.title, label];
    }),
  );
}

function survey(env: Environment, email: string, total: number): void {
  env.clock.advance(MINUTE);
  // The member agrees to take part: the form requires it (SPEC section 9).
  env.submitForm(formId(env, 'Survey'), {
    email,
    answers: { [CONSENT.title]: CONSENT.agree, ...rosenbergAnswers(env, total) },
  });
}

export function simulatePrivateSeason(): Environment {
  const env = newProject({ start: Date.UTC(2026, 0, 5, 9, 0, 0) });
  setUpProject(env);
  setSetting(env, 'Organisers', ORGANISER);
  setSetting(env, 'Survey follow-up interval (weeks)', '4');
  // RIBS wording for the Community survey only; the members' survey stays Rosenberg alone.
  setSetting(env, 'Instruments on', 'rses');
  pasteRibsWording(env);
  env.openSpreadsheet();
  env.clickMenu('Set up or repair');
  addActivity(env, '2026-01-14', COMMUNITY_EVENTS.large);
  addActivity(env, '2026-01-21', COMMUNITY_EVENTS.small);
  typeRows(
    env,
    'Members',
    PEOPLE.map((person) => [
      '',
      person.name,
      person.email,
      '2025-12-01',
      'active',
      'Facilitator, Co-facilitator, Greeter',
      '',
      '',
      'yes',
      'yes',
      1,
      '',
      noteMarker(person.n),
    ]),
  );
  env.advanceBy(2 * DAY);
  for (const person of PEOPLE)
    survey(env, person.email, person === OUTLIER ? OUTLIER_SCORES.baseline : 12 + person.n);
  // Six weeks of check-ins from everyone (the outlier always at the bottom of every scale).
  for (let week = 0; week < 6; week += 1) {
    env.advanceBy(7 * DAY);
    for (const person of PEOPLE) {
      env.clock.advance(MINUTE);
      const low = person === OUTLIER;
      submitCheckin(env, person.email, {
        mood: low ? 1 : 3 + (person.n % 3),
        coping: low ? 1 : 4,
        supported: low ? 1 : 2 + (person.n % 4),
        outreach: 'Yes',
        outreachWhat: outreachMarker(person.n),
        comment: commentMarker(person.n, week),
      });
    }
    if (week === 4)
      for (const person of PEOPLE.slice(2))
        survey(env, person.email, person === OUTLIER ? OUTLIER_SCORES.followUp : 14 + person.n);
  }
  for (let i = 0; i < 12; i += 1) {
    env.clock.advance(MINUTE);
    submitCommunity(
      env,
      COMMUNITY_EVENTS.large,
      i < 6 ? 'Before the event' : 'After the event',
      2 + (i % 4),
      i % 3 !== 0,
    );
  }
  for (const score of SMALL_EVENT_SCORES) {
    env.clock.advance(MINUTE);
    submitCommunity(env, COMMUNITY_EVENTS.small, 'After the event', score / 4);
  }
  // March: only the outlier checks in.
  env.advanceTo(Date.UTC(2026, 2, 4, 20, 0, 0));
  for (let week = 0; week < 3; week += 1) {
    submitCheckin(env, OUTLIER.email, {
      mood: 1,
      coping: 2,
      supported: 1,
      comment: commentMarker(OUTLIER.n, 100 + week),
    });
    env.advanceBy(7 * DAY);
  }
  return env;
}

export const CHECKIN_COMMENT = CHECKIN.comment;
