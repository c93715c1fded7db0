/**
 * Why a member stays unpaired, and how many newcomers the mentors can carry at most
 * (issue 13 item 11). Reasons are compared with each other, not with their wording: each
 * cause has its own reason.
 */
import { readHistory } from '../../../src/domain/buddies/history';
import { MentoringCapacity, extraMenteeSlots } from '../../../src/domain/buddies/mentoring';
import { BuddyObjective } from '../../../src/domain/buddies/objective';
import { unpairedReason } from '../../../src/domain/buddies/reasons';
import { BuddyParticipant } from '../../../src/domain/buddies';
import { person, newcomer } from '../fixtures/people';

const objectiveOf = (participants: BuddyParticipant[]) =>
  new BuddyObjective(participants, readHistory([], '2025-06-02'));

describe('unpairedReason', () => {
  it('gives each cause its own reason', () => {
    const lone = unpairedReason(0, objectiveOf([person('a')]), false);
    const allDoNotPair = unpairedReason(
      0,
      objectiveOf([person('a', { doNotPairWith: ['b', 'c'] }), person('b'), person('c')]),
      false,
    );
    // One other ruled out by do-not-pair, one by a mentor without capacity.
    const mixedCauses = unpairedReason(
      0,
      objectiveOf([
        newcomer('a', { doNotPairWith: ['b'] }),
        person('b'),
        person('c', { mentorCapacity: 0 }),
      ]),
      false,
    );
    const onlyCapacity = unpairedReason(
      0,
      objectiveOf([newcomer('a'), person('b', { mentorCapacity: 0 })]),
      false,
    );
    const takenNoTrio = unpairedReason(0, objectiveOf([person('a'), person('b')]), false);
    const takenTrio = unpairedReason(0, objectiveOf([person('a'), person('b')]), true);
    const reasons = [lone, allDoNotPair, mixedCauses, takenNoTrio, takenTrio];
    for (const reason of reasons) expect(reason.trim()).not.toBe('');
    expect(new Set(reasons).size).toBe(reasons.length);
    expect(onlyCapacity).toBe(mixedCauses);
  });
});

describe('MentoringCapacity', () => {
  it('finds the most newcomers that can have a mentor, re-routing earlier choices', () => {
    // n1 may take m1 or m2; n2 only m1 (do-not-pair with m2): both mentored only if n1 takes m2.
    const objective = objectiveOf([
      person('m1'),
      person('m2'),
      newcomer('n1'),
      newcomer('n2', { doNotPairWith: ['m2'] }),
    ]);
    const capacity = new MentoringCapacity(objective, [0, 1]);
    expect(capacity.maxMentored()).toBe(2);
    expect(capacity.maxMentored(new Set([1]))).toBe(1);
    expect(capacity.maxMentored(new Set([2]))).toBe(1);
    expect(capacity.maxMentored(new Set([0, 1]))).toBe(0);
  });

  it('counts one newcomer per mentor unit, and none for a mentor without capacity', () => {
    const objective = objectiveOf([
      person('m1', { mentorCapacity: 3 }),
      person('m2', { mentorCapacity: 0 }),
      newcomer('n1'),
      newcomer('n2'),
      newcomer('n3'),
    ]);
    expect(new MentoringCapacity(objective, [0]).maxMentored()).toBe(1);
    expect(new MentoringCapacity(objective, [0, 0]).maxMentored()).toBe(2);
    expect(new MentoringCapacity(objective, [1, 1]).maxMentored()).toBe(0);
  });
});

describe('extraMenteeSlots', () => {
  it('adds none while one newcomer per mentor reaches every newcomer', () => {
    const objective = objectiveOf([
      person('m1', { mentorCapacity: 3 }),
      person('m2'),
      newcomer('n1'),
      newcomer('n2'),
    ]);
    expect(extraMenteeSlots(objective)).toEqual([]);
  });

  it('gives each mentor capacity minus one slots, but never more than the newcomers need', () => {
    const objective = objectiveOf([
      person('m1', { mentorCapacity: 5 }),
      person('m2', { mentorCapacity: 2 }),
      person('m3', { mentorCapacity: 0 }),
      newcomer('n1'),
      newcomer('n2'),
      newcomer('n3'),
    ]);
    expect(extraMenteeSlots(objective)).toEqual([0, 0, 1]);
  });
});
