/** Wording about contact requests, in one place for a later message catalogue. */
import { formatDate } from '../reminders/format';
import { IsoDate } from '../types';

export const CONTACT_TEXT = {
  subject: (groupName: string, name: string) =>
    `${groupName}: ${name} would like someone to get in touch`,
  greeting: 'Hello,',
  asked: (name: string, askedOn: IsoDate) =>
    `In their check-in on ${formatDate(askedOn)}, ${name} asked for someone from the group to ` +
    'get in touch this week.',
  howToReach: (email: string) => `How to reach them: ${email}`,
  whatToDo: (tab: string) =>
    'Please agree between you who will get in touch, soon. When someone has, mark the request ' +
    `"done" in the "${tab}" tab; until then it stays in the weekly digest.`,
  nothingElse:
    'This email gives only their name and contact: what they answered stays in the sheet.',
  whyYou: (groupName: string) =>
    `You get this as an organiser or one of this week's facilitators of ${groupName}.`,
  /** Someone whose check-in email matched no member (it is in Review). */
  unknownName: (email: string) => `A member using ${email}`,
  digestHeading: (tab: string, count: number) =>
    `Contact requests: ${count} ${count === 1 ? 'member asked' : 'members asked'} for someone to ` +
    `get in touch and ${count === 1 ? 'is' : 'are'} not marked done yet in the "${tab}" tab:`,
  digestEntry: (name: string, email: string, askedOn: IsoDate) =>
    `${name} (${email}), asked on ${formatDate(askedOn)}`,
} as const;
