/**
 * Members filling in the Google Forms: the form ids come from Settings (where Set up wrote
 * them), answers are entered under the questions the live form asks, and each submission fires
 * the form-submit trigger as it would in Google.
 */
import type { Environment } from '../../emulator/environment';
import type { AnswerInput } from '../../emulator/services/forms/responses';
import { inEnglish } from '../../src/domain/forms/choice-text';
import { englishName } from '../../src/domain/i18n';
import type { EventOf, Scenario } from '../scenario-schema';
import {
  checkinFormAnswers,
  communityFormAnswers,
  feedbackFormAnswers,
  rawCheckinAnswers,
  storyAnswers,
  surveyFormAnswers,
} from './answers';
import type { Journal } from './journal';
import type { MembersDesk } from './members-desk';
import { DemoStepError, settingValue } from './sheet-desk';
import type { SubmissionCounts } from './tally';

export class FormDesk {
  readonly counts: SubmissionCounts = {
    checkins: 0,
    surveys: 0,
    unchecked: 0,
    feedback: 0,
    community: 0,
  };

  constructor(
    private readonly env: Environment,
    private readonly journal: Journal,
    private readonly members: MembersDesk,
    private readonly wording: Scenario['instrumentWording'],
  ) {}

  submit(event: EventOf<'checkin' | 'survey' | 'raw-submission'>): void {
    const email =
      event.member !== undefined ? this.members.member(event.member).email : (event.email ?? '');
    const form = event.type === 'raw-submission' ? event.form : event.type;
    const formId = this.formId(form === 'checkin' ? 'Check-in form ID' : 'Survey form ID');
    const answers =
      event.type === 'checkin'
        ? checkinFormAnswers(event.answers)
        : event.type === 'survey'
          ? {
              ...surveyFormAnswers(event.answers, this.formTitles(formId), this.wording),
              ...storyAnswers(event),
            }
          : form === 'survey'
            ? surveyFormAnswers(event.answers, this.formTitles(formId), this.wording)
            : rawCheckinAnswers(event.answers);
    const raw = event.type === 'raw-submission';
    // A raw submission is typed as it stands; a member answers the questions the form shows.
    const shown = raw ? answers : this.inFormLanguage(formId, answers);
    this.journal.capture(() => this.env.submitForm(formId, { email, answers: shown, raw }));
    if (raw) this.counts.unchecked += 1;
    else if (form === 'checkin') this.counts.checkins += 1;
    else this.counts.surveys += 1;
  }

  /** The anonymous Group feedback form: submitted with no email, as Google would. */
  submitFeedback(event: EventOf<'feedback'>): void {
    const formId = this.formId('Group feedback form ID');
    const answers = this.inFormLanguage(formId, feedbackFormAnswers(event.answers));
    this.journal.capture(() => this.env.submitForm(formId, { email: '', answers }));
    this.counts.feedback += 1;
  }

  /** Someone in an event's audience: the anonymous Community survey, with no email. */
  submitCommunity(event: EventOf<'community'>): void {
    const formId = this.formId('Community survey form ID');
    const answers = this.inFormLanguage(
      formId,
      communityFormAnswers(event, this.formTitles(formId), this.wording),
    );
    this.journal.capture(() => this.env.submitForm(formId, { email: '', answers }));
    this.counts.community += 1;
  }

  private formId(
    label:
      'Check-in form ID' | 'Survey form ID' | 'Group feedback form ID' | 'Community survey form ID',
  ): string {
    const id = String(settingValue(this.env, label) ?? '').trim();
    if (id === '') throw new DemoStepError(`Settings has no ${label}: did Set up run?`);
    return id;
  }

  /**
   * The scenario's answers are keyed by the English question and choice; a member answers the
   * form as it reads in the group's language (Settings "Language"): each question found under its
   * English name, each choice picked by the one whose English it is. In English nothing changes.
   */
  private inFormLanguage(
    formId: string,
    answers: Record<string, AnswerInput>,
  ): Record<string, AnswerInput> {
    return this.env.meter.internal(() => {
      const form = this.env.forms.getById(formId);
      if (!form) return answers;
      const items = form.getItems();
      const shown: Record<string, AnswerInput> = {};
      for (const [title, value] of Object.entries(answers)) {
        const item =
          items.find((candidate) => candidate.getTitle() === title) ??
          items.find((candidate) => englishName(candidate.getTitle()) === title);
        if (!item) {
          shown[title] = value;
          continue;
        }
        const type = String(item.getType());
        const choices =
          type === 'MULTIPLE_CHOICE'
            ? item.asMultipleChoiceItem().getChoices()
            : type === 'CHECKBOX'
              ? item.asCheckboxItem().getChoices()
              : type === 'LIST'
                ? item.asListItem().getChoices()
                : [];
        const local = (answer: string): string =>
          choices.find((choice) => choice.getValue() === answer)?.getValue() ??
          choices.find((choice) => inEnglish(choice.getValue()) === answer)?.getValue() ??
          answer;
        shown[item.getTitle()] =
          typeof value === 'string'
            ? local(value)
            : Array.isArray(value)
              ? value.map(local)
              : value;
      }
      return shown;
    });
  }

  /** The questions the live form asks (reading the form is the person, not the script). */
  private formTitles(formId: string): Set<string> {
    return this.env.meter.internal(() => {
      const form = this.env.forms.getById(formId);
      if (!form) throw new DemoStepError(`no form with id ${formId}`);
      // As shown, and as the English the scenario names them by (inFormLanguage maps back).
      const titles = form.getItems().map((item) => item.getTitle());
      return new Set([...titles, ...titles.map((title) => englishName(title) ?? title)]);
    });
  }
}
