/**
 * The floor of each operation: the data calls it cannot do without, one read per tab it must
 * read and one write per tab it must write (a tab is read whole in one getValues, and the rows
 * an operation changes in a tab are adjacent, so one setValues covers them), with the reasoning.
 *
 * So that new work is counted without editing this table, a tab the build reads or writes that
 * the table does not list (for example the outcome tabs, or Activities once outcomes are
 * refreshed daily) adds one read or one write to the floor, marked "observed".
 */
import { DataAccess } from './measure/data-calls';
import { OperationId } from './measure/operations';
import { TabCalls } from './measure/tab-tracer';
import { TAB } from '../src/domain/sheet/tabs';

export interface FloorEntry {
  tab: string;
  access: DataAccess;
  calls: number;
  why: string;
}

const read = (tab: string, why: string): FloorEntry => ({ tab, access: 'read', calls: 1, why });
const write = (tab: string, why: string, calls = 1): FloorEntry => ({
  tab,
  access: 'write',
  calls,
  why,
});

export const FLOOR_TABLE: Readonly<Record<OperationId, readonly FloorEntry[]>> = {
  formSubmission: [
    read(TAB.settings, 'time zone, instruments and the form ids'),
    read(TAB.members, 'match the email to a member'),
    read(TAB.sessions, 'attribute the check-in to its session'),
    read(TAB.checkins, 'find the pending row(s) and their answers'),
    read(TAB.review, 'a rejected response must not be copied to Review twice'),
    write(
      TAB.checkins,
      "the pending row's derived cells (Member ID, Session date, Wave, Processing)",
    ),
  ],
  dailyRun: [
    read(TAB.settings, 'every step needs the settings'),
    read(TAB.members, 'ids, roles, availability, buddy programme, emails'),
    read(TAB.sessions, 'the session horizon, the rotation window, the digest'),
    read(TAB.checkins, 'pending rows for the intake sweep; attendance (newcomers, lapsed members)'),
    read(TAB.surveys, 'pending rows; the latest survey of each member (survey reminders)'),
    read(TAB.rotation, 'past duties (fairness) and the planned rows to keep'),
    read(TAB.buddies, 'the current cycle and who has been paired before'),
    read(TAB.review, 'the digest counts the rows waiting'),
    read(TAB.sent, 'the keys already decided, so nothing is sent twice'),
    write(TAB.sessions, 'append the session that enters the 12-week horizon'),
    write(TAB.rotation, 'the roles of the session that enters the 8-session window'),
    write(TAB.buddies, 'end the old cycle and append the new one (adjacent rows: one block)'),
    write(
      TAB.sent,
      'record every reminder before the first email, then mark them sent after the last: ' +
        'two writes, so that a run that dies part-way never sends an email twice',
      2,
    ),
  ],
  report: [
    read(TAB.settings, 'group name, minimum group size, instruments'),
    read(TAB.members, 'joined dates and statuses (retention, new members)'),
    read(TAB.sessions, 'sessions held'),
    read(TAB.checkins, 'attendance and wellbeing'),
    read(TAB.surveys, 'baseline and follow-up answers'),
    read(TAB.wording, 'which question asks which instrument item (pasted wording), to score them'),
    read(TAB.activities, 'outreach and partnerships'),
    write(TAB.settings, 'the "Last report" link (the document itself is a Drive file)'),
  ],
};

export interface FloorLine extends FloorEntry {
  /** From the table above, or a tab the build touched that the table does not list. */
  source: 'table' | 'observed';
  /** Whether the measured run touched the tab this way (a table line it did not touch is a
   * sign the fixture missed the case, or that the build found a way around the access). */
  touched: boolean;
}

export interface Floor {
  lines: FloorLine[];
  total: number;
}

/** The floor of an operation, with tabs this build touched that the table lacks added. */
export function floorFor(operation: OperationId, byTab: Readonly<Record<string, TabCalls>>): Floor {
  const touched = (tab: string, access: DataAccess) =>
    ((access === 'read' ? byTab[tab]?.reads : byTab[tab]?.writes) ?? 0) > 0;
  const lines: FloorLine[] = FLOOR_TABLE[operation].map((entry) => ({
    ...entry,
    source: 'table',
    touched: touched(entry.tab, entry.access),
  }));
  const listed = (tab: string, access: DataAccess) =>
    lines.some((line) => line.tab === tab && line.access === access);
  for (const [tab, calls] of Object.entries(byTab)) {
    if (calls.reads > 0 && !listed(tab, 'read'))
      lines.push({
        tab,
        access: 'read',
        calls: 1,
        why: 'read by this build',
        source: 'observed',
        touched: true,
      });
    if (calls.writes > 0 && !listed(tab, 'write'))
      lines.push({
        tab,
        access: 'write',
        calls: 1,
        why: 'written by this build',
        source: 'observed',
        touched: true,
      });
  }
  return { lines, total: lines.reduce((sum, line) => sum + line.calls, 0) };
}
