/**
 * Working groups (SPEC section 10, issue 15 item 5): how many the group runs, how many members
 * take part and with how many partner organisations. Group and partner counts are about groups,
 * not people, so they are shown; members involved is a count of members and is suppressed below
 * the minimum group size.
 */
import { t, type FormattedKey } from '../i18n';
import { type Figure, memberCountFigure, shownFigure } from './figure';
import { partnerKey } from './community';
import type { OutcomeInput, OutcomeWorkingGroup, Period } from './inputs';
import { CellWriter } from './cell-writer';
import { block, type OutcomeBlock } from './tab';

export interface WorkingGroupTally {
  readonly status: OutcomeWorkingGroup['status'] | 'all';
  readonly groups: number;
  readonly membersInvolved: Figure;
  readonly partnerOrganisations: number;
}

/** Groups started by the period's end (or with no start date), by status and in all. */
export function computeWorkingGroups(input: OutcomeInput, period: Period): WorkingGroupTally[] {
  const minN = input.settings.minGroupSize;
  const known = (input.workingGroups ?? []).filter(
    (group) => group.started === '' || group.started <= period.to,
  );
  const tally = (
    status: WorkingGroupTally['status'],
    groups: readonly OutcomeWorkingGroup[],
  ): WorkingGroupTally => ({
    status,
    groups: groups.length,
    // No group of a status involves nobody: a true 0 that says nothing about any member.
    membersInvolved:
      groups.length === 0
        ? shownFigure(0)
        : memberCountFigure(new Set(groups.flatMap((g) => g.memberIds)).size, minN),
    partnerOrganisations: new Set(
      groups.map((group) => partnerKey(group.partnerOrganisation)).filter(Boolean),
    ).size,
  });
  return [
    ...(['active', 'paused', 'finished'] as const).map((status) =>
      tally(
        status,
        known.filter((group) => group.status === status),
      ),
    ),
    tally('all', known),
  ];
}

/** The block's words in the language of the run (each read when used). */
export const WORKING_GROUP_TEXT = {
  get heading() {
    return t('outcomes.workingGroups.heading');
  },
  get header() {
    return [
      t('outcomes.workingGroups.column.status'),
      t('outcomes.workingGroups.column.groups'),
      t('outcomes.workingGroups.column.members'),
      t('outcomes.workingGroups.column.partners'),
    ];
  },
  get all() {
    return t('outcomes.workingGroups.all');
  },
  get note() {
    return t('outcomes.workingGroups.note');
  },
};

/** How a status reads in the table (the Working groups tab's own values stay as typed there). */
const STATUS_KEYS: Readonly<Record<WorkingGroupTally['status'], FormattedKey>> = {
  active: 'outcomes.workingGroups.status.active',
  paused: 'outcomes.workingGroups.status.paused',
  finished: 'outcomes.workingGroups.status.finished',
  all: 'outcomes.workingGroups.all',
};

export function workingGroupsBlock(input: OutcomeInput, period: Period): OutcomeBlock | null {
  if (!input.workingGroups || input.workingGroups.length === 0) return null;
  const write = new CellWriter(input.settings.minGroupSize);
  return block({
    heading: WORKING_GROUP_TEXT.heading,
    header: WORKING_GROUP_TEXT.header,
    rows: computeWorkingGroups(input, period).map((tally) => [
      t(STATUS_KEYS[tally.status]),
      tally.groups,
      write.cell(tally.membersInvolved),
      tally.partnerOrganisations,
    ]),
    notes: write.notes(WORKING_GROUP_TEXT.note),
  });
}
