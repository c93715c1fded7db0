/**
 * A small hand-made group, with every figure the tests expect worked out here by hand.
 * Minimum group size 3 (the lowest Settings allows), so that a handful of members is enough to
 * show some figures and suppress others.
 *
 * today = 2024-04-15. The tabs cover 2023-12-01 (the earliest survey) to 2024-04-15:
 * months 2023-12, 2024-01, 2024-02, 2024-03, 2024-04.
 */
import type {
  OutcomeActivity,
  OutcomeCheckIn,
  OutcomeInput,
  OutcomeMember,
  OutcomeSession,
  OutcomeSurvey,
  Participation,
} from '../../../src/domain/outcomes';

export const TODAY = '2024-04-15';
export const MIN_N = 3;

/**
 * m8 and m9 joined before anything was recorded: they count in retention cohorts, not as new
 * members of the period. Active members (for the response rate): m1, m2, m3, m4, m7.
 */
export const MEMBERS: OutcomeMember[] = [
  { id: 'm1', joined: '2023-12-01', status: 'active' },
  { id: 'm2', joined: '2023-12-01', status: 'active' },
  { id: 'm3', joined: '2023-12-15', status: 'active' },
  { id: 'm4', joined: '2024-01-05', status: 'active' },
  { id: 'm5', joined: '2024-01-20', status: 'paused' },
  { id: 'm6', joined: '2024-02-05', status: 'left' },
  { id: 'm7', joined: '2024-03-15', status: 'active' },
  { id: 'm8', joined: '2023-11-01', status: 'left' },
  { id: 'm9', joined: '2023-11-01', status: 'paused' },
];

/**
 * Held: S1 01-08, S2 02-05, S3 03-04, S4 03-11, S5 03-18 (still "planned" but past, so held),
 * S6 03-25, S7 04-01 = 7 sessions. 02-19 cancelled; 04-15 (today) and 04-29 are not held yet.
 */
export const SESSIONS: OutcomeSession[] = [
  { date: '2024-01-08', status: 'held' },
  { date: '2024-02-05', status: 'held' },
  { date: '2024-02-19', status: 'cancelled' },
  { date: '2024-03-04', status: 'held' },
  { date: '2024-03-11', status: 'held' },
  { date: '2024-03-18', status: 'planned' },
  { date: '2024-03-25', status: 'held' },
  { date: '2024-04-01', status: 'held' },
  { date: '2024-04-15', status: 'planned' },
  { date: '2024-04-29', status: 'planned' },
];

function checkIn(
  memberId: string,
  sessionDate: string,
  participation: Participation,
  [mood, coping, supported]: [number, number, number],
  outreach = false,
): OutcomeCheckIn {
  return { memberId, sessionDate, participation, mood, coping, supported, outreach };
}

const IP: Participation = 'In person';
const ON: Participation = 'Online';
const CNC: Participation = 'Could not come';

/**
 * Attendance (in person or online) per held session:
 *   S1 01-08: m1 m2 m3 m4          = 4
 *   S2 02-05: m1 m3                = 2   (< 3: suppressed)
 *   S3 03-04: m1 m2 m4 (m3 CNC)    = 3   (complementary: smallest other count)
 *   S4 03-11: m1 m2 m3 m4 m6       = 5
 *   S5 03-18: m1 (twice) m2 m3 m5  = 4   (m1's second check-in counts once)
 *   S6 03-25: m1 m2 m4 m7          = 4
 *   S7 04-01: m1 m2 m3 m4 m7 (m5 CNC) = 5
 * Total 4+2+3+5+4+4+5 = 27 from 7 different members; mean 27 / 7 = 3.857 -> 3.86.
 * 4-session moving average: only S7's window (S4..S7) has no hidden count: (5+4+4+5)/4 = 4.5.
 *
 * Outreach "yes": m1 at S1 (January), m2 at S4, m3 at S5, m4 at S6 (March) -> 4 in the period.
 *
 * Wellbeing (mood, coping, supported), each member's own monthly mean first:
 *   January (S1): 4 members. Moods m1 2, m2 3, m3 4, m4 5 -> 3.5; supported 5,4,4,3 -> 4;
 *          coping all 3 -> hidden, since a mean of identical answers is every member's answer.
 *   February (S2): only m1 and m3 -> suppressed.
 *   March: 7 members (m1..m7), 18 check-ins.
 *          Mood: m1's 4,2,3,3,3 -> 3; everyone else 4: (3 + 6 x 4) / 7 = 27/7 = 3.857 -> 3.86
 *          (weighting check-ins instead it would be 67/18 = 3.72).
 *          Coping: m2 4 every time, everyone else 3: (4 + 6 x 3) / 7 = 22/7 = 3.142 -> 3.14.
 *          Supported: m7 5, everyone else 4: (5 + 6 x 4) / 7 = 29/7 = 4.142 -> 4.14.
 *   April (S7): 6 members, 6 check-ins. Mood m1 3, others 5: 28/6 = 4.67; coping m3 2, others
 *          4: 22/6 = 3.67; supported m4 4, others 5: 29/6 = 4.83.
 */
export const CHECK_INS: OutcomeCheckIn[] = [
  checkIn('m1', '2024-01-08', IP, [2, 3, 5], true),
  checkIn('m2', '2024-01-08', IP, [3, 3, 4]),
  checkIn('m3', '2024-01-08', ON, [4, 3, 4]),
  checkIn('m4', '2024-01-08', IP, [5, 3, 3]),

  checkIn('m1', '2024-02-05', IP, [1, 1, 1]),
  checkIn('m3', '2024-02-05', IP, [5, 5, 5]),

  checkIn('m1', '2024-03-04', IP, [4, 3, 4]),
  checkIn('m2', '2024-03-04', IP, [4, 4, 4]),
  checkIn('m4', '2024-03-04', ON, [4, 3, 4]),
  checkIn('m3', '2024-03-04', CNC, [4, 3, 4]),

  checkIn('m1', '2024-03-11', IP, [2, 3, 4]),
  checkIn('m2', '2024-03-11', IP, [4, 4, 4], true),
  checkIn('m3', '2024-03-11', IP, [4, 3, 4]),
  checkIn('m4', '2024-03-11', IP, [4, 3, 4]),
  checkIn('m6', '2024-03-11', IP, [4, 3, 4]),

  checkIn('m1', '2024-03-18', IP, [3, 3, 4]),
  checkIn('m1', '2024-03-18', IP, [3, 3, 4]),
  checkIn('m2', '2024-03-18', IP, [4, 4, 4]),
  checkIn('m3', '2024-03-18', IP, [4, 3, 4], true),
  checkIn('m5', '2024-03-18', IP, [4, 3, 4]),

  checkIn('m1', '2024-03-25', ON, [3, 3, 4]),
  checkIn('m2', '2024-03-25', ON, [4, 4, 4]),
  checkIn('m4', '2024-03-25', ON, [4, 3, 4], true),
  checkIn('m7', '2024-03-25', IP, [4, 3, 5]),

  checkIn('m1', '2024-04-01', IP, [3, 4, 5]),
  checkIn('m2', '2024-04-01', IP, [5, 4, 5]),
  checkIn('m3', '2024-04-01', IP, [5, 2, 5]),
  checkIn('m4', '2024-04-01', IP, [5, 4, 4]),
  checkIn('m7', '2024-04-01', IP, [5, 4, 5]),
  checkIn('m5', '2024-04-01', CNC, [5, 4, 5]),
];

/**
 * Pairs (baseline, latest follow-up):
 *   SWEMWBS: m1 19.98 -> 23.21, m2 17.43 -> 17.98, m3 21.54 -> 24.11 (its latest of two
 *            follow-ups), m4 23.21 -> 19.98. m5 has no follow-up; m6's baseline has no SWEMWBS
 *            score, so m6 has no pair. n = 4.
 *   ISMI-10: m1 2.8 -> 2.2, m2 2.5 -> 2.4, m3 3.0 -> 2.3, m4 2.2 -> 2.3, m6 2.4 -> 1.8. n = 5.
 *   RSES:    m1 18 -> 21, m2 20 -> 22. n = 2: suppressed.
 */
export const SURVEYS: OutcomeSurvey[] = [
  {
    memberId: 'm1',
    date: '2023-12-01',
    wave: 'baseline',
    scores: { swemwbs: 19.98, ismi10: 2.8, rses: 18 },
  },
  {
    memberId: 'm1',
    date: '2024-03-01',
    wave: 'follow-up 1',
    scores: { swemwbs: 23.21, ismi10: 2.2, rses: 21 },
  },
  {
    memberId: 'm2',
    date: '2023-12-01',
    wave: 'baseline',
    scores: { swemwbs: 17.43, ismi10: 2.5, rses: 20 },
  },
  {
    memberId: 'm2',
    date: '2024-03-01',
    wave: 'follow-up 1',
    scores: { swemwbs: 17.98, ismi10: 2.4, rses: 22 },
  },
  { memberId: 'm3', date: '2023-12-15', wave: 'baseline', scores: { swemwbs: 21.54, ismi10: 3.0 } },
  {
    memberId: 'm3',
    date: '2024-02-15',
    wave: 'follow-up 1',
    scores: { swemwbs: 20.73, ismi10: 2.6 },
  },
  {
    memberId: 'm3',
    date: '2024-04-10',
    wave: 'follow-up 2',
    scores: { swemwbs: 24.11, ismi10: 2.3 },
  },
  { memberId: 'm4', date: '2024-01-05', wave: 'baseline', scores: { swemwbs: 23.21, ismi10: 2.2 } },
  {
    memberId: 'm4',
    date: '2024-04-05',
    wave: 'follow-up 1',
    scores: { swemwbs: 19.98, ismi10: 2.3 },
  },
  { memberId: 'm5', date: '2024-01-20', wave: 'baseline', scores: { swemwbs: 15.32, ismi10: 2.6 } },
  { memberId: 'm6', date: '2024-02-05', wave: 'baseline', scores: { swemwbs: null, ismi10: 2.4 } },
  {
    memberId: 'm6',
    date: '2024-04-10',
    wave: 'follow-up 1',
    scores: { swemwbs: 22.35, ismi10: 1.8 },
  },
  { memberId: 'm7', date: '2024-03-15', wave: 'baseline', scores: { swemwbs: 20.73 } },
];

/**
 * Per month: Feb 1 activity (1 outreach, 1 partner, 40 reached); Mar 2 (0 outreach, 2 partners:
 * "Mind Southwark" again, spelt differently, and Southwark College; 60 reached, one blank);
 * Apr 2 (1 outreach, 1 partner, 25 + 12 = 37). Total 5 activities, 2 outreach, 3 partners,
 * 137 people.
 */
export const ACTIVITIES: OutcomeActivity[] = [
  {
    date: '2024-02-10',
    kind: 'outreach',
    partnerOrganisation: 'Mind Southwark',
    membersInvolved: 3,
    peopleReached: 40,
  },
  {
    date: '2024-03-02',
    kind: 'peer-led panel',
    partnerOrganisation: 'Southwark College',
    membersInvolved: 4,
    peopleReached: 60,
  },
  {
    date: '2024-03-20',
    kind: 'partnership',
    partnerOrganisation: ' mind  southwark ',
    membersInvolved: 2,
    peopleReached: null,
  },
  {
    date: '2024-04-05',
    kind: 'outreach',
    partnerOrganisation: '',
    membersInvolved: 2,
    peopleReached: 25,
  },
  {
    date: '2024-04-12',
    kind: 'training',
    partnerOrganisation: 'Local Library',
    membersInvolved: null,
    peopleReached: 12,
  },
];

export const INPUT: OutcomeInput = {
  members: MEMBERS,
  sessions: SESSIONS,
  checkIns: CHECK_INS,
  surveys: SURVEYS,
  activities: ACTIVITIES,
  settings: {
    groupName: 'Thursday Circle',
    minGroupSize: MIN_N,
    instruments: ['ismi10', 'swemwbs', 'rses'],
  },
  today: TODAY,
};
