/**
 * Members filling in the Google Forms: the form ids come from Settings (where Set up wrote
 * them), answers are entered under the questions the live form asks, and each submission fires
 * the form-submit trigger as it would in Google.
 */
import type { Environment } from '../../emulator/environment';
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
    this.journal.capture(() => this.env.submitForm(formId, { email, answers, raw }));
    if (raw) this.counts.unchecked += 1;
    else if (form === 'checkin') this.counts.checkins += 1;
    else this.counts.surveys += 1;
  }

  /** The anonymous Group feedback form: submitted with no email, as Google would. */
  submitFeedback(event: EventOf<'feedback'>): void {
    const formId = this.formId('Group feedback form ID');
    const answers = feedbackFormAnswers(event.answers);
    this.journal.capture(() => this.env.submitForm(formId, { email: '', answers }));
    this.counts.feedback += 1;
  }

  /** Someone in an event's audience: the anonymous Community survey, with no email. */
  submitCommunity(event: EventOf<'community'>): void {
    const formId = this.formId('Community survey form ID');
    const answers = communityFormAnswers(event, this.formTitles(formId), this.wording);
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

  /** The questions the live form asks (reading the form is the person, not the script). */
  private formTitles(formId: string): Set<string> {
    return this.env.meter.internal(() => {
      const form = this.env.forms.getById(formId);
      if (!form) throw new DemoStepError(`no form with id ${formId}`);
      return new Set(form.getItems().map((item) => item.getTitle()));
    });
  }
}
