/**
 * English texts of the outcome tabs (src/domain/outcomes/*-tab.ts, notes.ts, format.ts): titles,
 * block headings, column headers, notes and the words a hidden figure shows as. The tabs' titles
 * are names a sheet is found by, so their keys start 'tab.' (names.ts).
 *
 * A count placed in a sentence is written `{count}` inside its plural branch, not `#`: `#`
 * groups thousands ("1,234"), which the English of today does not.
 */
export const OUTCOMES_EN = {
  'tab.outcomesParticipation': 'Outcomes: Participation',
  'tab.outcomesGrowth': 'Outcomes: Growth and stigma',
  'tab.outcomesWellbeing': 'Outcomes: Wellbeing trend',
  'tab.outcomesCommunityStigma': 'Outcomes: Community stigma',

  /** The warning a person sees on editing an outcome tab. */
  'outcomes.protection': 'Written by Peer Circle: refreshed every day.',
  'outcomes.lastRefreshed': 'Last refreshed: {refreshedAt}',
  /** A date range; both ends are YYYY-MM-DD. */
  'outcomes.period': '{from} to {to}',

  // How a figure that is not shown reads, in a cell and in a sentence.
  'outcomes.suppressed.fewerThan': 'suppressed (fewer than {minN})',
  'outcomes.suppressed.complementary': 'suppressed (hidden so another figure cannot be worked out)',
  'outcomes.suppressed.identical': 'suppressed (all values identical)',
  'outcomes.notComputable.cell': 'n/a',
  'outcomes.notComputable.note': 'n/a: {reason}',
  'outcomes.notComputable.prose': 'not computable',
  'outcomes.notRecorded': 'not recorded',

  // Why a figure cannot be computed (shown under a block as "n/a: …"); {reason} nests another.
  'outcomes.reason.noMovingAverage':
    'the first {sessions} sessions have no {window}-session average',
  'outcomes.reason.noSessions': 'no sessions were held in the period',
  'outcomes.reason.noBeforeOrAfterMean': 'the before or after mean cannot be computed',
  'outcomes.reason.noCheckInsExpected': 'no sessions were held, so no check-ins were expected',
  'outcomes.reason.noCohort':
    'no members joined in the cohort window, so there is no one to retain',
  'outcomes.reason.noConfidenceInterval': 'no confidence interval: {reason}',
  'outcomes.reason.noConfidenceIntervalSameChange':
    'no confidence interval: every member changed by exactly the same amount, so there is no variation to estimate it from',
  'outcomes.reason.noEffectSize': 'no effect size: {reason}',
  'outcomes.reason.noEffectSizeZeroSd':
    'no effect size: the SD of change is 0, and d_z divides by it',
  'outcomes.reason.noCriterionSameBaseline':
    'no reliable-change criterion: every baseline score is the same (SD 0), so S_diff would be 0',
  'outcomes.reason.noIntervalFirst': 'no interval: first sample: {reason}',
  'outcomes.reason.noIntervalSecond': 'no interval: second sample: {reason}',
  'outcomes.reason.noIntervalSameAnswers':
    'no interval: every answer in both samples is the same, so there is no variation to estimate it from',
  'outcomes.reason.noIntervalEmpty': 'no interval: a sample is empty',
  'outcomes.reason.noValues': 'no values: a mean needs at least one',
  'outcomes.reason.tooFewForVariance':
    '{count, plural, one {{count} value} other {{count} values}}: a sample variance needs at least 2',
  'outcomes.reason.noReliability': '{shortTitle} ships no reliability figure',
  'outcomes.reason.noBaselineSd': 'no baseline SD ({reason})',
  'outcomes.reason.noCriterion':
    'no reliable-change criterion for {shortTitle}: {problem}, and it has no published threshold',

  // Definitions the tabs and the report share (notes.ts).
  'outcomes.note.suppression':
    'Any figure about fewer than {minN} members (the minimum group size in Settings) shows as "{suppressed}". Where a total is shown, one more figure is hidden alongside a single hidden one and shows as "{complementary}", so the small figure cannot be worked out by subtraction.',
  'outcomes.note.coverage': 'Covers {period}. {suppression}',
  'outcomes.note.heldSession':
    'A session counts as held when it is marked held, or still marked planned with a date in the past; cancelled sessions never count.',
  'outcomes.note.attendance':
    'Attendance counts each member once per session: from the facilitators’ attendance register where the session has one, otherwise from check-ins that say the member took part in person or online. The moving average is over the last {sessions} held sessions; it is hidden when any of those sessions is, since it would give the hidden count back.',
  'outcomes.note.responseRate':
    'Check-in response rate = check-ins received ÷ check-ins expected. One check-in is expected from each member now marked active who had joined by the session, for each held session; "could not come" counts as a check-in, and a second check-in for the same session counts once.',
  'outcomes.note.retention':
    'Retention: of the members who joined at least 12 (or 26) weeks before the end of the period, the share who attended a held session in its last {weeks} weeks. Whether someone stayed is read from attendance, not from their status. Both the members still attending and those not are counts of people, so each must reach the minimum group size for either, or the share, to show.',
  'outcomes.note.community':
    'From the Activities tab. Partner organisations are counted once each, matching names regardless of case and spacing. People reached adds up the numbers recorded; activities without a number add nothing.',
  'outcomes.note.outreachReporters':
    'Members reporting outreach: members who answered yes to taking part in an outreach or community activity on at least one check-in.',
  'outcomes.note.effectSize':
    "d_z (paired) = mean change ÷ standard deviation of the changes, the effect size for paired scores; it is not comparable with an independent-groups Cohen's d.",
  'outcomes.note.confidenceInterval':
    "95% CI: mean change ± t × SD of the changes ÷ √n, where t is the 97.5th percentile of Student's t distribution with n − 1 degrees of freedom (n = members with both surveys).",
  'outcomes.note.exactFigures':
    'Cells hold the exact figures; only their number format rounds what is shown.',
  'outcomes.note.pairing':
    "Each member's baseline is their first survey; the follow-up is their latest later survey in the period with a score on the instrument. Change is follow-up minus baseline.",
  'outcomes.note.reliableChange':
    'Improved / worse: members whose change is larger than the reliable-change criterion, in the better / worse direction (Jacobson and Truax 1991: change ÷ S_diff beyond 1.96, with S_diff = √2 × SD at baseline × √(1 − reliability)); everyone else shows no reliable change.',
  'outcomes.note.wellbeing':
    'From the weekly check-ins, on a 1-5 scale where higher is better. Each member counts once per month (the mean of their own check-ins that month), so frequent check-ins do not weigh more. "Could not come" check-ins are included: the questions ask about the week.',
  'outcomes.note.descriptiveOnly':
    'Below {pairs} pairs a row is marked "descriptive only": the SWEMWBS authors advise at least {pairs} people measured twice before drawing conclusions about a group (applied here to every instrument), so below that the figures describe these members only.',
  'outcomes.note.identicalValues':
    'A mean of values that are all the same would be every member’s own answer, so it is hidden too ("suppressed (all values identical)").',
  'outcomes.note.leadership':
    'Shared leadership is read from the Rotation tab, counting only sessions that took place. Leading roles are those named in Settings ("Leading roles"); every other role is a supporting role. Weeks to a first role are counted from the joining date, for members whose first such role fell in the row’s period; duties per member count the members who held at least one.',
  'outcomes.note.attendanceSource.checkInsOnly':
    'Attendance source: members’ check-ins for every session.',
  'outcomes.note.attendanceSource.registerOnly':
    'Attendance source: the facilitators’ register for every session.',
  'outcomes.note.attendanceSource.both':
    'Attendance source: {register, plural, one {{register} session} other {{register} sessions}} from the facilitators’ register, {checkIns, plural, one {{checkIns} session} other {{checkIns} sessions}} from members’ check-ins.',
  'outcomes.note.openness':
    'From the check-in question "This week I talked about mental health with someone outside the group" (yes/no, optional). Only check-ins that answer it count; the members’ share is of members who answered yes at least once that month. A share shows only when at least the minimum group size of members said yes and of members said no, so it never tells what a few members answered.',

  // Outcomes: Growth and stigma.
  'outcomes.growth.heading': 'Change from baseline to latest follow-up',
  'outcomes.growth.column.instrument': 'Instrument',
  'outcomes.growth.column.betterWhen': 'Better when',
  'outcomes.growth.column.pairs': 'Members with baseline and follow-up (n)',
  'outcomes.growth.column.meanBaseline': 'Mean at baseline',
  'outcomes.growth.column.meanFollowUp': 'Mean at latest follow-up',
  'outcomes.growth.column.meanChange': 'Mean change (follow-up − baseline)',
  'outcomes.growth.column.ciLower': '95% CI lower',
  'outcomes.growth.column.ciUpper': '95% CI upper',
  'outcomes.growth.column.effectSize': 'd_z (paired)',
  'outcomes.growth.column.improved': 'Improved (reliable change)',
  'outcomes.growth.column.unchanged': 'No reliable change',
  'outcomes.growth.column.worse': 'Worse (reliable change)',
  'outcomes.growth.column.criterion': 'Reliable-change criterion',
  'outcomes.growth.column.inference': 'Inference',
  'outcomes.growth.instrumentName': '{title} ({shortTitle})',
  'outcomes.growth.higherIsBetter': 'higher is better',
  'outcomes.growth.lowerIsBetter': 'lower is better',
  'outcomes.growth.descriptiveOnly': 'descriptive only: fewer than {pairs} pairs',
  'outcomes.growth.inferential': 'inferential: {pairs} or more pairs',
  'outcomes.growth.criterionThreshold':
    'published threshold: a change of more than {points} points',
  /** kind: how the reliability was measured ('testRetest', 'internalConsistency' or 'none'). */
  'outcomes.growth.criterionJacobsonTruax':
    'Jacobson–Truax: a change of more than {points} points, that is 1.96 × S_diff from the baseline SD of these members ({sd}) and reliability {reliability}{kind, select, testRetest { (test retest)} internalConsistency { (internal consistency)} other {}}',
  'outcomes.growth.criterionProblem': '{shortTitle} reliable change: n/a: {reason}',
  'outcomes.growth.noInstrument': 'No instrument is switched on in Settings.',
  'outcomes.growth.lowerIsBetterNote':
    'For {instruments} lower is better: a negative mean change is an improvement.',
  'outcomes.sources.heading': 'Instruments and sources',
  'outcomes.sources.column.instrument': 'Instrument',
  'outcomes.sources.column.measures': 'Measures',
  'outcomes.sources.column.scoreRange': 'Score range',
  'outcomes.sources.column.citation': 'Citation',
  'outcomes.sources.column.criterionSource': 'Reliable-change source',
  'outcomes.sources.column.copyright': 'Copyright',
  'outcomes.sources.scoreRange': '{min}-{max}',
  /** The instrument's purpose as the sources block names it. */
  'outcomes.sources.purpose.wellbeing': 'wellbeing',
  'outcomes.sources.purpose.selfEsteem': 'self esteem',
  'outcomes.sources.purpose.coping': 'coping',
  'outcomes.sources.purpose.internalisedStigma': 'internalised stigma',
  'outcomes.sources.purpose.publicStigma': 'public stigma',

  // Outcomes: Participation.
  'outcomes.summary.heading': 'Summary',
  'outcomes.summary.column.figure': 'Figure',
  'outcomes.summary.column.value': 'Value',
  'outcomes.summary.column.how': 'How it is counted',
  'outcomes.summary.period': 'Period',
  'outcomes.summary.sessionsHeld': 'Sessions held',
  'outcomes.summary.sessionsCancelled': 'Sessions cancelled',
  'outcomes.summary.sessionsWithRegister': 'Sessions with an attendance register',
  'outcomes.summary.attendances': 'Attendances (in person or online)',
  'outcomes.summary.attendancesHow': 'One per member per held session attended.',
  'outcomes.summary.averageAttendance': 'Average attendance per held session',
  'outcomes.summary.uniqueAttendees': 'Different members who attended',
  'outcomes.summary.newMembers': 'New members who joined',
  'outcomes.summary.newMembersHow': 'By joining date.',
  'outcomes.summary.checkInsReceived': 'Check-ins received',
  'outcomes.summary.checkInsExpected': 'Check-ins expected',
  'outcomes.summary.responseRate': 'Check-in response rate (%)',
  'outcomes.summary.outreachReporters': 'Members reporting outreach or community activity',
  'outcomes.attendance.heading': 'Attendance per held session',
  'outcomes.attendance.column.date': 'Session date',
  'outcomes.attendance.column.attended': 'Attended (in person or online)',
  'outcomes.attendance.column.movingAverage': '{sessions}-session moving average',
  'outcomes.attendance.chart': 'Attendance per held session',
  'outcomes.attendance.none': 'No sessions were held in the period.',
  'outcomes.months.heading': 'Members per month',
  'outcomes.months.column.month': 'Month',
  'outcomes.months.column.sessionsHeld': 'Sessions held',
  'outcomes.months.column.uniqueAttendees': 'Different members attending',
  'outcomes.months.column.newMembers': 'New members',
  'outcomes.months.column.outreachReporters': 'Members reporting outreach',
  'outcomes.months.column.responseRate': 'Check-in response rate (%)',
  'outcomes.months.chart': 'Members attending and joining per month',
  'outcomes.months.newMembersNote':
    'The total of new members is shown only when every month’s count is, so a hidden month cannot be worked out from it.',
  'outcomes.retention.heading': 'Retention',
  'outcomes.retention.column.weeks': 'Joined at least (weeks before)',
  'outcomes.retention.column.joinedBy': 'Joined on or before',
  'outcomes.retention.column.cohort': 'Members in cohort',
  'outcomes.retention.column.attended': 'Attended in the last {weeks} weeks',
  'outcomes.retention.column.notAttended': 'Did not attend in the last {weeks} weeks',
  'outcomes.retention.column.share': 'Still attending (%)',
  'outcomes.retention.window': 'Attendance window: {from} to {to}.',
  'outcomes.community.heading': 'Outreach and community work per month',
  'outcomes.community.column.month': 'Month',
  'outcomes.community.column.activities': 'Activities',
  'outcomes.community.column.outreach': 'Outreach activities',
  'outcomes.community.column.partners': 'Partner organisations',
  'outcomes.community.column.reached': 'People reached',
  'outcomes.community.chart': 'Activities and partner organisations per month',
  'outcomes.kinds.heading': 'Activities by kind',
  'outcomes.kinds.column.kind': 'Kind',
  'outcomes.kinds.column.activities': 'Activities',
  'outcomes.kinds.column.reached': 'People reached',
  'outcomes.partners.heading': 'Partner organisations',
  'outcomes.partners.column.partner': 'Partner organisation',
  'outcomes.partners.column.activities': 'Activities',
  'outcomes.partners.column.reached': 'People reached',
  'outcomes.partners.none': 'No partner organisation was named in the period.',

  // Shared leadership (a block of Participation, and the report's table).
  'outcomes.leadership.heading': 'Shared leadership by quarter',
  'outcomes.leadership.periodHeading': 'Shared leadership in this period',
  'outcomes.leadership.column.period': 'Period',
  'outcomes.leadership.column.membersWithRole': 'Members who held a role',
  'outcomes.leadership.column.firstTimeLeaders': 'First-time leaders',
  'outcomes.leadership.column.everLed': 'Active members who have ever led (%)',
  'outcomes.leadership.column.weeksToSupporting': 'Median weeks to a first supporting role',
  'outcomes.leadership.column.weeksToLeading': 'Median weeks to a first leading role',
  'outcomes.leadership.column.dutiesMedian': 'Median duties per member',
  'outcomes.leadership.column.dutiesLower': 'Duties per member, lower quartile',
  'outcomes.leadership.column.dutiesUpper': 'Duties per member, upper quartile',
  'outcomes.leadership.chart': 'Members who held a role and first-time leaders, by quarter',
  /** A calendar quarter: "2026 Q1". */
  'outcomes.quarter': '{year} Q{quarter}',

  // Working groups.
  'outcomes.workingGroups.heading': 'Working groups',
  'outcomes.workingGroups.column.status': 'Status',
  'outcomes.workingGroups.column.groups': 'Working groups',
  'outcomes.workingGroups.column.members': 'Members involved',
  'outcomes.workingGroups.column.partners': 'Partner organisations',
  'outcomes.workingGroups.all': 'all',
  'outcomes.workingGroups.status.active': 'active',
  'outcomes.workingGroups.status.paused': 'paused',
  'outcomes.workingGroups.status.finished': 'finished',
  'outcomes.workingGroups.note':
    'From the Working groups tab: groups started by the end of the period, or with no start date. A member in two groups counts once.',

  // Group feedback.
  'outcomes.feedback.heading': 'Group feedback per month (anonymous form)',
  'outcomes.feedback.column.month': 'Month',
  'outcomes.feedback.column.responses': 'Responses',
  'outcomes.feedback.column.meanRating': 'Mean rating of recent sessions (1-5)',
  'outcomes.feedback.column.moreOf': 'Said what they want more of',
  'outcomes.feedback.column.lessOf': 'Said what they want less of',
  'outcomes.feedback.column.ideas': 'Gave ideas',
  'outcomes.feedback.total': 'Whole period',
  'outcomes.feedback.note':
    'From the Group feedback form, which collects no name or email: each response counts once, and responses stand in for people when deciding what to hide. What people wrote is in the Feedback tab for facilitators and is never reported. The whole period’s responses are hidden when exactly one month is, so it cannot be worked out.',

  // Outcomes: Wellbeing trend.
  'outcomes.wellbeing.heading': 'Group means per month (1-5, higher is better)',
  'outcomes.wellbeing.column.month': 'Month',
  'outcomes.wellbeing.column.members': 'Members checking in (n)',
  'outcomes.wellbeing.column.checkIns': 'Check-ins',
  'outcomes.wellbeing.column.meanMood': 'Mean mood',
  'outcomes.wellbeing.column.meanCoping': 'Mean coping',
  'outcomes.wellbeing.column.meanSupported': 'Mean feeling supported',
  'outcomes.wellbeing.chart': 'Mood, coping and feeling supported (monthly group means, 1-5)',
  'outcomes.wellbeing.mood': 'Mood',
  'outcomes.wellbeing.coping': 'Coping',
  'outcomes.wellbeing.supported': 'Feeling supported',
  'outcomes.openness.heading': 'Talking about mental health outside the group, per month',
  'outcomes.openness.column.month': 'Month',
  'outcomes.openness.column.members': 'Members answering (n)',
  'outcomes.openness.column.checkIns': 'Check-ins answering',
  'outcomes.openness.column.checkInsYes': 'Check-ins saying yes (%)',
  'outcomes.openness.column.membersYes': 'Members saying yes at least once (%)',
  'outcomes.openness.chart': 'Talked about mental health outside the group (monthly shares, %)',

  // Outcomes: Community stigma.
  'outcomes.communityStigma.coverage': 'Covers every event with an event code. {suppression}',
  'outcomes.communityStigma.eventsHeading':
    'Community survey per event (RIBS, anonymous audiences)',
  'outcomes.communityStigma.quartersHeading': 'Community survey per quarter of the events’ dates',
  'outcomes.communityStigma.column.eventDate': 'Event date',
  'outcomes.communityStigma.column.kind': 'Kind',
  'outcomes.communityStigma.column.eventCode': 'Event code',
  'outcomes.communityStigma.column.quarter': 'Quarter',
  'outcomes.communityStigma.column.events': 'Events',
  'outcomes.communityStigma.column.before': 'Responses before',
  'outcomes.communityStigma.column.after': 'Responses after',
  'outcomes.communityStigma.column.meanBefore': 'Mean intended behaviour before (4-20)',
  'outcomes.communityStigma.column.meanAfter': 'Mean intended behaviour after (4-20)',
  'outcomes.communityStigma.column.difference': 'Difference (after − before)',
  'outcomes.communityStigma.column.lower': '95% interval: lower',
  'outcomes.communityStigma.column.upper': '95% interval: upper',
  'outcomes.communityStigma.column.reportedItem': 'Reported behaviour item {item}: yes',
  'outcomes.communityStigma.note':
    'From the Community survey, which collects no name or email, answered by the audience of an event before or after it; each response is matched to its event by the event code in the Activities tab. Intended behaviour is the sum of RIBS items 5-8 (4-20, "don’t know" counts as 3); higher means less stigmatising intended behaviour. The difference is the after mean minus the before mean, with a Welch 95% interval (different people answer before and after, so the two are independent samples), shown only where both means are. Reported behaviour (items 1-4) counts the "yes" answers over all the event’s responses. Responses stand in for people when deciding what to hide.',
  'outcomes.communityStigma.quarterNote':
    'A quarter pools the events dated in it. A quarter’s figure is also hidden when the events whose same figure is hidden hold too few responses, so they cannot be worked out by subtraction.',
  'outcomes.communityStigma.partQuarters':
    'Left out because some of their events fall outside this period: {quarters}.',
  'outcomes.communityStigma.reportedHeading':
    'Reported behaviour (RIBS items 1-4): "yes" answers, before and after together',
  'outcomes.communityStigma.unmatched':
    '{count} Community survey response(s) name an event code that no single Activities row has now (the code was changed or deleted after they came in, or is on two rows), so they count in no figure here: put the code back on its one Activities row and they count again.',
  'outcomes.communityStigma.none':
    'No Activities row has an event code yet, so there are no Community survey figures.',
  'outcomes.communityStigma.chart':
    'Mean intended behaviour before and after events, per quarter (RIBS, 4-20)',
  'outcomes.communityStigma.report.column.event': 'Event',
  'outcomes.communityStigma.report.column.before': 'Before (n)',
  'outcomes.communityStigma.report.column.after': 'After (n)',
  'outcomes.communityStigma.report.column.meanBefore': 'Mean before',
  'outcomes.communityStigma.report.column.meanAfter': 'Mean after',
  'outcomes.communityStigma.report.column.difference': 'Difference',
  'outcomes.communityStigma.report.column.interval': '95% interval',
  'outcomes.communityStigma.report.column.eventOrQuarter': 'Event or quarter',
  'outcomes.communityStigma.report.column.item': 'Item {item}: yes',
  /** An event as a row label: its date and its code. */
  'outcomes.communityStigma.eventLabel': '{date} {code}',
  /** A range of two signed figures, as in "+0.40 to +2.10". */
  'outcomes.range': '{lower} to {upper}',
} as const;
