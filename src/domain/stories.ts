/**
 * Stories (SPEC section 10, the article's testimonials): an optional survey question inviting a
 * short story of what the group changed, with its own consent to be quoted without a name. The
 * Stories tab lists them for a facilitator to approve (and lightly edit); only an approved story
 * whose author's latest answer still gives consent, and which names no member, may be quoted.
 */
import { inEnglish } from './forms/choice-text';
import type { FormItemSpec } from './forms/form-spec';
import { FORMS_EN as EN } from './i18n/en/forms';
import type { IsoDate, MemberId } from './types';

/** The English texts; the survey shows them in the group's language (forms/shown-form.ts). */
export const STORY_TEXT = {
  section: EN['form.story.section'],
  sectionHelp: EN['form.story.section.help'],
  story: EN['item.story.story'],
  consent: EN['item.story.consent'],
  consentYes: EN['value.story.consentYes'],
  consentNo: EN['value.story.consentNo'],
} as const;

/** The survey's story items, appended after the instruments (a spec entry of their own). */
export const STORY_ITEMS: readonly FormItemSpec[] = [
  { kind: 'section', title: STORY_TEXT.section, help: STORY_TEXT.sectionHelp },
  { kind: 'paragraph', title: STORY_TEXT.story, required: false },
  {
    kind: 'choice',
    title: STORY_TEXT.consent,
    required: false,
    choices: [STORY_TEXT.consentYes, STORY_TEXT.consentNo],
  },
];

/** The consent answer: yes, no, or not answered (null, which is not consent). */
export function storyConsent(cell: unknown): boolean | null {
  // In any shipped language's wording: the survey may have been in another when it was sent.
  const text = String(inEnglish(String(cell ?? '').trim()));
  if (text === STORY_TEXT.consentYes) return true;
  if (text === STORY_TEXT.consentNo) return false;
  return null;
}

export const STORY_STATUS = {
  quoted: 'may be quoted in reports',
  waiting: 'waiting for a facilitator to approve',
  noConsent: 'not quoted: no consent to quote it',
  withdrawn: 'not quoted: consent withdrawn on a later survey',
  names: 'not quoted: it contains a member’s name; edit it out in "Story for the report"',
  empty: 'not quoted: "Story for the report" is empty',
} as const;

/** A story as the survey gave it. */
export interface SurveyStory {
  readonly key: string;
  readonly memberId: MemberId;
  readonly received: IsoDate;
  readonly text: string;
  readonly consent: boolean | null;
}

/** A Stories tab row as a facilitator left it. */
export interface StoryRow {
  readonly key: string;
  readonly memberId: MemberId;
  readonly received: IsoDate;
  readonly asWritten: string;
  /** What the report quotes; blank means the story as written. */
  readonly forReport: string;
  readonly approved: boolean;
}

export interface StoryDecision {
  readonly consent: 'yes' | 'no' | 'withdrawn';
  readonly status: string;
  /** The text the report may quote, or null. */
  readonly quote: string | null;
}

/**
 * Consent follows the member's latest answer to the consent question: a later "no" withdraws
 * every story they gave. Names are matched as whole words, case-insensitively, so "Ann" in a
 * story stops it while "annual" does not.
 */
export function decideStory(
  row: StoryRow,
  consentGiven: boolean | null,
  latestConsent: boolean | null,
  memberNames: readonly string[],
): StoryDecision {
  const consent = consentGiven !== true ? 'no' : latestConsent === false ? 'withdrawn' : 'yes';
  const text = (row.forReport.trim() === '' ? row.asWritten : row.forReport).trim();
  const status =
    consent === 'no'
      ? STORY_STATUS.noConsent
      : consent === 'withdrawn'
        ? STORY_STATUS.withdrawn
        : text === ''
          ? STORY_STATUS.empty
          : namesAnyone(text, memberNames)
            ? STORY_STATUS.names
            : !row.approved
              ? STORY_STATUS.waiting
              : STORY_STATUS.quoted;
  return { consent, status, quote: status === STORY_STATUS.quoted ? text : null };
}

function namesAnyone(text: string, names: readonly string[]): boolean {
  const words = new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}'’-]+/u)
      .filter((word) => word !== ''),
  );
  return names.some((name) =>
    name
      .toLowerCase()
      .split(/\s+/)
      .filter((part) => part.length >= 2)
      .some((part) => words.has(part)),
  );
}
