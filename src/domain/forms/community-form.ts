/**
 * The anonymous Community survey (SPEC section 10, the article's "community surveys assessing
 * stigma levels over time"): for audiences at outreach events and panels, not members. It
 * collects no email. Each response names the event by the code the organisers gave out (an
 * Activities row's "Event code") and says whether it was answered before or after the event;
 * the questions are the RIBS items in the wording the group pasted (Instrument wording tab).
 * RIBS may not be passed on, so without pasted wording the form carries no RIBS question and
 * says so: no wording is ever invented (SPEC section 4).
 */
import { t } from '../i18n';
import { FORMS_EN as EN } from '../i18n/en/forms';
import { RIBS } from '../instruments';
import { inEnglish } from './choice-text';
import { CONSENT_ITEM, CONSENT_TEXT } from './consent-item';
import type { FormItemSpec, FormSpec } from './form-spec';
import { planSurvey, surveyChecks, type PastedWording, type SurveyPlan } from './survey-form';
import type { ValidResponse } from './validate-response';

export const COMMUNITY_ITEMS = {
  eventCode: EN['item.community.eventCode'],
  timing: EN['item.community.timing'],
} as const;

export const COMMUNITY_TIMING = {
  before: EN['value.community.before'],
  after: EN['value.community.after'],
} as const;

export type CommunityTiming = keyof typeof COMMUNITY_TIMING;

/** The English texts; the form shows them in the group's language (planCommunitySurvey). */
export const COMMUNITY_TEXT = {
  title: EN['form.community.title'],
  intro: EN['form.community.intro'],
  eventCodeHelp: EN['form.community.eventCode.help'],
  noWording: EN['form.community.noWording'],
  confirmation: EN['form.community.confirmation'],
  /** Set up's word to the organiser while RIBS has no pasted wording. */
  setupNoWording: (tab: string) => t('form.community.setupNoWording', { tab }),
} as const;

export const COMMUNITY_REVIEW_TEXT = {
  noCode: () => t('form.community.review.noCode', { question: t('item.community.eventCode') }),
  unknownCode: (code: string) => t('form.community.review.unknownCode', { code }),
  ambiguousCode: (code: string) => t('form.community.review.ambiguousCode', { code }),
  noQuestions: () => t('form.community.review.noQuestions'),
} as const;

export interface CommunityPlan {
  readonly spec: FormSpec;
  /** The RIBS items on the form (question title → item), as for the member survey. */
  readonly ribs: SurveyPlan;
  /** True when RIBS has pasted wording for every item, so its questions are on the form. */
  readonly asksRibs: boolean;
}

/** The form from the group's pasted wording: RIBS questions only when every item has one. */
export function planCommunitySurvey(wording: readonly PastedWording[]): CommunityPlan {
  const ribs = planSurvey({ enabled: [RIBS.id], wording });
  const asksRibs = ribs.included.some((instrument) => instrument.id === RIBS.id);
  // The member survey's RIBS section and questions, without its consent and story items.
  const ribsItems: FormItemSpec[] = ribs.spec.items.filter(
    (item) => ribs.items.has(item.title) || (item.kind === 'section' && item.title === RIBS.title),
  );
  return {
    spec: {
      kind: 'community',
      collectEmail: false,
      title: COMMUNITY_TEXT.title,
      description: [
        COMMUNITY_TEXT.intro,
        ...(asksRibs ? [] : [COMMUNITY_TEXT.noWording]),
        CONSENT_TEXT.community,
      ].join('\n\n'),
      confirmation: COMMUNITY_TEXT.confirmation,
      items: [
        CONSENT_ITEM,
        {
          kind: 'text',
          title: COMMUNITY_ITEMS.eventCode,
          help: COMMUNITY_TEXT.eventCodeHelp,
          required: true,
        },
        {
          kind: 'choice',
          title: COMMUNITY_ITEMS.timing,
          required: true,
          choices: [COMMUNITY_TIMING.before, COMMUNITY_TIMING.after],
        },
        ...(asksRibs ? ribsItems : []),
      ],
    },
    ribs,
    asksRibs,
  };
}

/** Codes compare without case or spaces, so " hl-0312" and "HL-0312" are one code. */
export function eventCodeKey(code: unknown): string {
  return String(code ?? '')
    .replace(/\s+/g, '')
    .toUpperCase();
}

/** The timing an answer gives, in any shipped language's wording of the two choices. */
export function timingOf(answer: unknown): CommunityTiming | null {
  const text = String(inEnglish(String(answer ?? '').trim()));
  if (text === COMMUNITY_TIMING.before) return 'before';
  if (text === COMMUNITY_TIMING.after) return 'after';
  return null;
}

/**
 * Checks of a valid response beyond its form: the code names exactly one Activities row, and
 * the RIBS answers score as they will be read back (the member survey's own check). `codes`
 * counts the Activities rows per code key.
 */
export function communityChecks(
  plan: CommunityPlan,
  codes: ReadonlyMap<string, number>,
): (response: ValidResponse, storedByTitle: Readonly<Record<string, unknown>>) => string[] {
  const scoring = surveyChecks(plan.ribs);
  return (response, storedByTitle) => {
    const reasons: string[] = [];
    const typed = String(storedByTitle[COMMUNITY_ITEMS.eventCode] ?? '').trim();
    const rows = codes.get(eventCodeKey(typed)) ?? 0;
    if (typed === '') reasons.push(COMMUNITY_REVIEW_TEXT.noCode());
    else if (rows === 0) reasons.push(COMMUNITY_REVIEW_TEXT.unknownCode(typed));
    else if (rows > 1) reasons.push(COMMUNITY_REVIEW_TEXT.ambiguousCode(typed));
    if (!plan.asksRibs) reasons.push(COMMUNITY_REVIEW_TEXT.noQuestions());
    else reasons.push(...scoring(response, storedByTitle));
    return reasons;
  };
}
