/**
 * Wording of the weekly facilitator digest. Plain strings only; `render` escapes them. It names
 * members (who is on duty, who has not been seen lately) but never anything they answered.
 */
import { RETENTION_TEXT } from '../retention/texts';
import type { RetentionWeek } from './types';
import { IsoDate } from '../types';
import { CONTACT_TEXT } from '../contact-requests/texts';
import { formatDate, formatDateAndTime } from './format';
import { Block, Letter, list, paragraph } from './message';

export interface SessionGaps {
  date: IsoDate;
  startTime: string;
  /** False when no rotation exists yet for the session. */
  rotationPlanned: boolean;
  /** Roles with no active member on duty, with why ("not filled", "Sam is paused"). */
  gaps: Array<{ role: string; why: string }>;
}

export interface DigestDetails {
  groupName: string;
  weekStart: IsoDate;
  horizonDays: number;
  sessions: SessionGaps[];
  reviewWaiting: number;
  /** Members cells to fix; what is wrong is in the tab's "Needs attention" column, not here. */
  memberCellsToFix?: readonly string[];
  lapsedNames: string[];
  lapsedAfterSessions: number;
  surveyLinkMissing: boolean;
  /** Members who asked to be contacted, not marked done yet; none when omitted. */
  openContactRequests?: ReadonlyArray<{ name: string; email: string; askedOn: IsoDate }>;
  contactTabName?: string;
  /** What retention removed in the week before (counts only); nothing said when omitted. */
  retention?: RetentionWeek | null;
}

function rotationBlocks(details: DigestDetails): Block[] {
  const weeks = Math.round(details.horizonDays / 7);
  const needy = details.sessions.filter(
    (session) => !session.rotationPlanned || session.gaps.length > 0,
  );
  if (details.sessions.length === 0)
    return [paragraph(`Roles: no planned session in the next ${weeks} weeks.`)];
  if (needy.length === 0)
    return [paragraph(`Roles: every role is filled for the next ${weeks} weeks.`)];
  return [
    paragraph(`Roles that need someone in the next ${weeks} weeks:`),
    list(
      needy.map((session) => {
        const when = formatDateAndTime(session.date, session.startTime);
        if (!session.rotationPlanned) return [`${when}: the rotation is not planned yet`];
        return [`${when}: ${session.gaps.map(({ role, why }) => `${role} (${why})`).join(', ')}`];
      }),
    ),
  ];
}

/** First in the digest: a member waiting to hear from someone matters most. */
function contactBlocks(details: DigestDetails): Block[] {
  const open = details.openContactRequests ?? [];
  if (open.length === 0) return [];
  const tab = details.contactTabName ?? 'Contact requests';
  return [
    paragraph(CONTACT_TEXT.digestHeading(tab, open.length)),
    list(
      open.map((request) => [
        CONTACT_TEXT.digestEntry(
          request.name.trim() === '' ? CONTACT_TEXT.unknownName(request.email) : request.name,
          request.email,
          request.askedOn,
        ),
      ]),
    ),
  ];
}

export function digestLetter(details: DigestDetails): Letter {
  const blocks: Block[] = [
    paragraph('Hello,'),
    paragraph(
      `Here is what needs attention at ${details.groupName} this week ` +
        `(week starting ${formatDate(details.weekStart)}).`,
    ),
    ...contactBlocks(details),
    ...rotationBlocks(details),
    paragraph(
      details.reviewWaiting === 0
        ? 'Review: nothing is waiting.'
        : `Review: ${details.reviewWaiting} ${details.reviewWaiting === 1 ? 'row is' : 'rows are'} ` +
            'waiting in the Review tab (responses that could not be used as they came in).',
    ),
  ];
  const cells = details.memberCellsToFix ?? [];
  if (cells.length > 0) {
    blocks.push(
      paragraph(
        `Members: ${cells.length} ${cells.length === 1 ? 'cell needs' : 'cells need'} fixing ` +
          `(${cells.join(', ')}); the "Needs attention" column of the Members tab says what is wrong.`,
      ),
    );
  }
  if (details.lapsedNames.length === 0) {
    blocks.push(
      paragraph(
        `Members not seen lately: none (no one who used to check in has missed the last ` +
          `${details.lapsedAfterSessions} sessions).`,
      ),
    );
  } else {
    blocks.push(
      paragraph(
        `Members not seen lately: they checked in before, but not at any of the last ` +
          `${details.lapsedAfterSessions} sessions. A friendly message may help.`,
      ),
      list(details.lapsedNames.map((name) => [name])),
    );
  }
  const retention = details.retention;
  if (
    retention &&
    retention.counts.comments + retention.counts.formResponses + retention.counts.leavers > 0
  )
    blocks.push(
      paragraph(
        RETENTION_TEXT.digest(retention.counts, retention.commentsMonths, retention.leaversMonths),
      ),
    );
  if (details.surveyLinkMissing) {
    blocks.push(
      paragraph(
        'Survey reminders are waiting: Settings has no survey form link. Run Peer Circle > ' +
          'Set up or repair to create the form.',
      ),
    );
  }
  blocks.push(
    paragraph(`You get this weekly digest as a facilitator or organiser of ${details.groupName}.`),
  );
  return {
    subject: `${details.groupName}: weekly digest for the week of ${formatDate(details.weekStart)}`,
    blocks,
  };
}
