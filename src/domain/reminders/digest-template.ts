/**
 * The weekly facilitator digest, worded by the message catalogue (i18n/en/mail.ts, `digest.*`).
 * Plain strings only; `render` escapes them. It names
 * members (who is on duty, who has not been seen lately) but never anything they answered.
 */
import { t } from '../i18n';
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
  if (details.sessions.length === 0) return [paragraph(t('digest.roles.noSession', { weeks }))];
  if (needy.length === 0) return [paragraph(t('digest.roles.allFilled', { weeks }))];
  return [
    paragraph(t('digest.roles.heading', { weeks })),
    list(
      needy.map((session) => {
        const when = formatDateAndTime(session.date, session.startTime);
        if (!session.rotationPlanned) return [t('digest.roles.notPlanned', { when })];
        const gaps = session.gaps.map(({ role, why }) => t('digest.roles.gap', { role, why }));
        return [t('digest.roles.gaps', { when, gaps: gaps.join(', ') })];
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
    paragraph(t('digest.greeting')),
    paragraph(
      t('digest.intro', { groupName: details.groupName, weekStart: formatDate(details.weekStart) }),
    ),
    ...contactBlocks(details),
    ...rotationBlocks(details),
    paragraph(
      details.reviewWaiting === 0
        ? t('digest.review.none')
        : t('digest.review.waiting', { count: details.reviewWaiting }),
    ),
  ];
  const cells = details.memberCellsToFix ?? [];
  if (cells.length > 0) {
    blocks.push(
      paragraph(t('digest.members.cellsToFix', { count: cells.length, cells: cells.join(', ') })),
    );
  }
  if (details.lapsedNames.length === 0) {
    blocks.push(paragraph(t('digest.lapsed.none', { sessions: details.lapsedAfterSessions })));
  } else {
    blocks.push(
      paragraph(t('digest.lapsed.some', { sessions: details.lapsedAfterSessions })),
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
        t('digest.retention', {
          ...retention.counts,
          commentsMonths: retention.commentsMonths,
          leaversMonths: retention.leaversMonths,
        }),
      ),
    );
  if (details.surveyLinkMissing) {
    blocks.push(paragraph(t('digest.surveyLinkMissing')));
  }
  blocks.push(paragraph(t('digest.footer', { groupName: details.groupName })));
  return {
    subject: t('digest.subject', {
      groupName: details.groupName,
      weekStart: formatDate(details.weekStart),
    }),
    blocks,
  };
}
