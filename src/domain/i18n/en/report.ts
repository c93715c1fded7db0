/**
 * English texts of the outcome report (src/domain/outcomes/report/): headings, sentences, the
 * method and caveats, chart titles, axis labels, legends, captions and alt texts. Figures come in
 * already formatted (formatNumber of outcomes/format.ts) or as counts; dates are the YYYY-MM-DD
 * the report has always shown.
 *
 * A count placed in a sentence is written `{count}` inside its plural branch, not `#`: `#`
 * groups thousands ("1,234"), which the English of today does not.
 */
export const REPORT_EN = {
  // The document and its header.
  'report.documentTitle': '{groupName}: outcome report, {period}',
  'report.subtitle': 'Outcome report, {period}',
  'report.meta':
    'Prepared on {today} with Peer Circle, from the group’s own records. Figures about fewer than {minN} members are suppressed.',
  'report.supportLine': 'If you need support now: {line}',
  /** A share in prose or a chart's alt text: the figure comes formatted. */
  'report.percent': '{value}%',

  // At a glance.
  'report.summary.heading': 'At a glance',
  'report.summary.sessions': '{held, plural, one {{held} session} other {{held} sessions}} held.',
  'report.summary.sessionsCancelled':
    '{held, plural, one {{held} session} other {{held} sessions}} held ({cancelled, plural, one {{cancelled} session} other {{cancelled} sessions}} cancelled).',
  'report.summary.attendees':
    '{attendees, plural, one {{attendees} different member} other {{attendees} different members}} attended at least once.',
  'report.summary.attendeesAndTotal':
    '{attendees, plural, one {{attendees} different member} other {{attendees} different members}} attended at least once; {total, plural, one {{total} attendance} other {{total} attendances}} in all.',
  'report.summary.attendeesHidden': 'Members who attended: {suppressed}.',
  'report.summary.newMembers':
    '{count, plural, one {{count} new member} other {{count} new members}} joined.',
  'report.summary.newMembersHidden': 'New members: {figure}.',
  'report.summary.community':
    '{activities, plural, one {{activities} outreach or community activity} other {{activities} outreach and community activities}}, reaching {reached, plural, one {{reached} person} other {{reached} people}}, with {partners, plural, one {{partners} partner organisation} other {{partners} partner organisations}}.',
  'report.summary.communityReachNotRecorded':
    '{activities, plural, one {{activities} outreach or community activity} other {{activities} outreach and community activities}}, the number of people reached was not recorded, with {partners, plural, one {{partners} partner organisation} other {{partners} partner organisations}}.',
  'report.summary.changeHidden':
    '{shortTitle}: fewer than {minN} members had a baseline and a follow-up, so its figures are suppressed.',
  'report.summary.changeNotShown':
    '{shortTitle}: {pairs, plural, one {{pairs} member} other {{pairs} members}} with a baseline and a follow-up; mean change {meanChange}.',
  'report.summary.change':
    '{shortTitle} ({betterWhen}): mean change {meanChange} points among {pairs, plural, one {{pairs} member} other {{pairs} members}}.',
  'report.summary.changeDescriptive':
    '{shortTitle} ({betterWhen}): mean change {meanChange} points among {pairs, plural, one {{pairs} member} other {{pairs} members}} (descriptive only).',

  // What we measured and how.
  'report.method.heading': 'What we measured and how',
  'report.method.forms': 'Members answer two kinds of short online form:',
  'report.method.checkIn':
    'A weekly check-in after each session: whether they took part in person or online or could not come; on scales from 1 to 5, their mood, how well they coped, and how supported they felt by the group that week; and whether they took part in any outreach or community activity.',
  'report.method.noSurveys': 'No survey questionnaires are switched on for this group.',
  'report.method.surveys':
    'A survey when they join (their baseline) and every few months after (follow-ups), with these questionnaires:',
  'report.method.instrument': '{purpose}; scores from {min} to {max}, {betterWhen}.',
  'report.method.attendance':
    'Attendance is what members report in their weekly check-ins. Facilitators record the group’s outreach and community work (activities, partner organisations, people reached) in the group’s workbook.',
  'report.method.change':
    'Change is each member’s latest follow-up minus their baseline. {confidenceInterval}',
  'report.method.groupOnly':
    'This report shows group figures only; no individual’s answers appear in it. Any figure about fewer than {minN} members is suppressed.',
  'report.purpose.wellbeing': 'mental wellbeing',
  'report.purpose.selfEsteem': 'self-esteem',
  'report.purpose.coping': 'resilient coping',
  'report.purpose.internalisedStigma':
    'internalised stigma (how far a person applies stigma to themselves)',
  'report.purpose.publicStigma':
    'stigma-related behaviour towards people with mental health problems',

  // Who took part.
  'report.participation.heading': 'Who took part',
  'report.participation.noSessions': 'No sessions were held in this period.',
  'report.participation.held':
    'The group held {held, plural, one {{held} session} other {{held} sessions}} in this period.',
  'report.participation.attended':
    'Members attended {total, plural, one {{total} time} other {{total} times}} in all, {mean} per session on average.',
  'report.participation.attendanceHidden': 'Total attendance: {suppressed}.',
  'report.participation.attendees':
    '{count, plural, one {{count} different member} other {{count} different members}} came at least once.',
  'report.participation.noChart': 'There is no attendance to chart.',
  'report.participation.chartHidden':
    'No attendance chart is drawn: attendance at every session was {suppressed} members.',
  'report.participation.chartGaps':
    '{hidden, plural, one {{hidden} session is} other {{hidden} sessions are}} suppressed (fewer than {minN} members, or hidden so a total cannot reveal another) and left as gaps.',
  'report.participation.chartDescription':
    'Members attending each of {sessions, plural, one {{sessions} held session} other {{sessions} held sessions}} from {from} to {to}, between {lowest} and {highest} where shown, with the {window}-session moving average.',
  'report.participation.chartTitle': 'Attendance per held session',
  'report.participation.seriesAttended': 'Attended (in person or online)',
  'report.participation.seriesAverage': '{window}-session moving average',
  'report.participation.xLabel': 'Session date',
  'report.participation.yLabel': 'Members attending',
  'report.participation.chartCaption': 'Attendance per held session.',
  'report.participation.joined':
    '{count, plural, one {{count} new member} other {{count} new members}} joined in this period.',
  'report.participation.joinedHidden': 'New members in this period: {figure}.',
  'report.participation.retention':
    'Of the {cohort, plural, one {{cohort} member} other {{cohort} members}} who joined at least {weeks} weeks before {date}, {still} ({share}%) attended in the last {recentWeeks} weeks.',
  'report.participation.retentionHidden':
    'Retention of members who joined at least {weeks} weeks before {date} is suppressed: it would show a group of fewer than {minN} members.',
  'report.participation.responseRate':
    'Members sent {percent}% of the check-ins expected ({received} of {expected}).',
  'report.participation.responseRateHidden': 'The check-in response rate is {figure}.',

  // Shared leadership.
  'report.leadership.heading': 'Shared leadership',
  'report.leadership.roles':
    'Members take turns in the roles that run each session. In this period, members who held a role: {withRole}; members who led a session for the first time: {firstTime}; share of active members who have ever led: {everLed}.',
  'report.leadership.firstRoles':
    'From joining, the median time to a first supporting role: {supporting}; to a first leading role: {leading}.',
  'report.leadership.weeks': '{weeks} weeks',
  'report.leadership.thisPeriod': 'This period',

  // Personal growth and stigma.
  'report.growth.heading': 'Personal growth and stigma',
  'report.growth.noSurveys':
    'No survey questionnaires are switched on, so there is no change to report.',
  'report.growth.notDrawnItem': '{shortTitle} (mean change {meanChange})',
  'report.growth.notDrawn': 'Not drawn: {instruments}.',
  'report.growth.noChart':
    'No change chart is drawn: no instrument’s mean change can be shown (see the table below).',
  'report.growth.chartDescription':
    'Mean change from baseline to latest follow-up, in points on each instrument’s own scale, with 95% confidence intervals: {rows}.',
  'report.growth.chartRow': '{label} {change} ({lower} to {upper}), {betterWhen}',
  'report.growth.chartRowNoInterval': '{label} {change} (no interval), {betterWhen}',
  'report.growth.chartTitle': 'Mean change per instrument with 95% confidence interval',
  'report.growth.chartUnit': 'Mean change in points (each row on its own scale; lines: 95% CI)',
  'report.growth.chartCaption':
    'Bars show the mean change; green where it is in the better direction. Each instrument has its own axis.',
  'report.growth.instrumentHeading': '{title} ({shortTitle}), {betterWhen}',
  'report.growth.hidden':
    'Fewer than {minN} members had a baseline and a follow-up, so every figure for it reads “{suppressed}”.',
  'report.growth.interval': '95% CI {lower} to {upper}',
  'report.growth.noInterval': '95% CI not computable',
  'report.growth.effectSize': 'd_z (paired) {dz}',
  'report.growth.lowerIsBetter': 'Lower is better on this scale, so a fall is an improvement.',
  'report.growth.higherIsBetter': 'Higher is better on this scale, so a rise is an improvement.',
  'report.growth.notAssessed': 'Reliable change could not be assessed: {reason}.',
  'report.growth.counts': 'Improved: {improved}; no reliable change: {unchanged}; worse: {worse}.',
  'report.growth.countsWithCriterion':
    'Reliable change, by {criterion}. Improved: {improved}; no reliable change: {unchanged}; worse: {worse}.',
  'report.growth.criterionSource': 'Reliable-change source: {source}',
  'report.growth.story':
    '{pairs, plural, one {{pairs} member} other {{pairs} members}} completed a baseline and a follow-up. The mean score was {baseline} at baseline and {followUp} at the latest follow-up, a mean change of {change} points ({interval}; {effectSize}).',
  'report.growth.descriptiveOnly':
    'Descriptive only: fewer than {minPairs} pairs. These figures describe these {pairs} members; with fewer than {minPairs} people measured twice they are not evidence about the group as a whole, and the interval is wide.',

  // Wellbeing from weekly check-ins.
  'report.wellbeing.heading': 'Wellbeing from weekly check-ins',
  'report.wellbeing.intro':
    'In each check-in members rate their week from 1 to 5: their mood, how well they coped, and how supported they felt by the group. The chart shows the group’s mean for each month.',
  'report.wellbeing.noChart':
    "No wellbeing chart is drawn: every month had fewer than {minN} members checking in, so each month's figures are {suppressed}.",
  'report.wellbeing.gaps':
    '{hidden, plural, one {{hidden} month with fewer than {minN} members checking in is} other {{hidden} months with fewer than {minN} members checking in are}} suppressed and left as gaps.',
  /** One measure and its mean, as a month's alt text lists them: "mood 3.20". */
  'report.wellbeing.measureValue': '{measure} {value}',
  'report.wellbeing.description': 'Monthly group means on a 1 to 5 scale from {from} to {to}.',
  'report.wellbeing.inMonth': 'In {month}: {values}.',
  'report.wellbeing.chartTitle': 'Mood, coping and feeling supported: monthly group means',
  'report.wellbeing.xLabel': 'Month of session',
  'report.wellbeing.yLabel': 'Group mean (1-5)',
  'report.wellbeing.chartCaption': 'Monthly group means, each member counted once per month.',

  // Talking about mental health outside the group.
  'report.openness.heading': 'Talking about mental health outside the group',
  'report.openness.intro':
    'Each check-in may also say whether the member talked about mental health with someone outside the group that week, one sign of the openness the group hopes to build beyond its meetings. The question is optional; only check-ins that answer it count.',
  'report.openness.noAnswers':
    'No check-in in this period answered the question about talking with someone outside the group, so there are no figures for it yet.',
  'report.openness.noChart':
    "No chart is drawn: in every month either fewer than {minN} members said yes or fewer than {minN} said no, so each month's shares are {suppressed}.",
  'report.openness.chartTitle': 'Talked about mental health outside the group: monthly shares',
  'report.openness.seriesCheckIns': 'Check-ins saying yes',
  'report.openness.seriesMembers': 'Members saying yes at least once',
  'report.openness.gaps':
    '{hidden, plural, one {{hidden} month with too few members on one side is} other {{hidden} months with too few members on one side are}} suppressed and left as gaps.',
  'report.openness.description': 'Monthly shares from {from} to {to}.',
  'report.openness.inMonth':
    'In {month}: check-ins saying yes {checkIns}, members saying yes at least once {members}.',
  'report.openness.xLabel': 'Month of session',
  'report.openness.yLabel': 'Share (%)',
  'report.openness.chartCaption':
    'Shares of the check-ins and of the members that answered the question.',

  // Outreach and community work.
  'report.community.heading': 'Outreach and community work',
  'report.community.none': 'No outreach or community activities were recorded in this period.',
  'report.community.recorded':
    'The group recorded {activities, plural, one {{activities} activity} other {{activities} activities}} in this period, {outreach} of them outreach, reaching {reached, plural, one {{reached} person} other {{reached} people}}.',
  'report.community.recordedReachNotRecorded':
    'The group recorded {activities, plural, one {{activities} activity} other {{activities} activities}} in this period, {outreach} of them outreach, the number of people reached was not recorded.',
  'report.community.partners':
    'It worked with {count, plural, one {{count} partner organisation} other {{count} partner organisations}}: {partners}.',
  'report.community.outreachMembers':
    '{count, plural, one {{count} member} other {{count} members}} said in a check-in that they had taken part in outreach or community activity.',
  'report.community.workingGroups':
    'Members also work together in {groups, plural, one {{groups} working group} other {{groups} working groups}}, {members, plural, one {{members} member} other {{members} members}} in all, with {partners, plural, one {{partners} partner organisation} other {{partners} partner organisations}}.',
  'report.community.workingGroupsMembersHidden':
    'Members also work together in {groups, plural, one {{groups} working group} other {{groups} working groups}}, members ({members}) in all, with {partners, plural, one {{partners} partner organisation} other {{partners} partner organisations}}.',

  // Community survey.
  'report.communityStigma.heading': 'Community survey: stigma among event audiences',
  'report.communityStigma.intro':
    'At outreach events and panels, the audience may answer an anonymous survey before or after the event: the Reported and Intended Behaviour Scale (RIBS), in the wording the group is licensed to use. A higher intended-behaviour score means people say they are more willing to live, work and be friends with someone with a mental health problem. Different people answer before and after, so the difference compares two groups, not the same people twice.',
  'report.communityStigma.none':
    'No event in this period has an event code, so the Community survey has no figures here.',
  'report.communityStigma.chartTitle':
    'Change in intended behaviour from before to after each event, with 95% interval',
  'report.communityStigma.chartCaption':
    'Bars show the after mean minus the before mean (RIBS intended behaviour, 4-20); green where it rose, meaning less stigmatising intentions.',
  'report.communityStigma.leftOut':
    '{count, plural, one {One event is} other {{count} events are}} left out: too few responses on one side, so its figures are suppressed.',
  'report.communityStigma.chartRow': '{label}: {change} (95% interval {lower} to {upper})',
  'report.communityStigma.chartRowNoInterval': '{label}: {change} (no interval)',
  'report.communityStigma.chartUnit':
    'After minus before, in points of 4-20 (lines: 95% Welch interval)',

  // Group feedback.
  'report.feedback.heading': 'Group feedback',
  'report.feedback.intro':
    'Members can give feedback at any time on an anonymous form: a rating of the recent sessions and what they would like more of, less of, or ideas. Responses in this period: {total}. What people wrote stays with the facilitators, who read every response; this report only counts them.',
  'report.feedback.none':
    'No feedback came through the anonymous Group feedback form in this period.',

  // In members' own words.
  'report.stories.heading': 'In members’ own words',
  'report.stories.intro':
    'Members may add a short story to their survey. Only stories whose authors agreed to be quoted without a name, and that a facilitator has approved, appear here; names and details that could identify anyone are taken out first.',
  'report.stories.none': 'No story was approved for quoting in this period.',
  'report.stories.from': 'Shared in {month}',

  // Reading these figures.
  'report.caveats.heading': 'Reading these figures',
  'report.caveats.descriptiveOnly':
    '{descriptiveOnly} With few pairs the confidence intervals are also wide.',
  'report.caveats.selection':
    'Members choose to take part in the surveys, and those who stay long enough for a follow-up may differ from those who leave, so change among them may not hold for everyone who came.',
  'report.caveats.withdrawn':
    'Some members withdrew their consent: every figure in this report leaves them out entirely (their answers, attendance and roles), so the figures are those of the group without them.',

  // Charts and the tables that stand in for them in the saved copy.
  'report.chart.tableCaption': '{title} (the chart’s figures)',
  /** A value a chart leaves as a gap. */
  'report.chart.gap': '—',
  'report.chart.column.instrument': 'Instrument',
  'report.chart.column.meanChange': 'Mean change',
  'report.chart.column.interval': '95% confidence interval',
  'report.chart.noInterval': 'not computable',
  /** Which way is better on a change chart's row. */
  'report.chart.betterRight': 'better →',
  'report.chart.betterLeft': '← better',
} as const;
