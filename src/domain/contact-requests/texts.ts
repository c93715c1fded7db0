/** Wording about contact requests, from the message catalogue (i18n/en/mail.ts). */
import { t } from '../i18n';
import { formatDate } from '../reminders/format';
import { IsoDate } from '../types';

export const CONTACT_TEXT = {
  subject: (groupName: string, name: string) => t('mail.contact.subject', { groupName, name }),
  greeting: () => t('mail.contact.greeting'),
  asked: (name: string, askedOn: IsoDate) =>
    t('mail.contact.asked', { name, askedOn: formatDate(askedOn) }),
  howToReach: (email: string) => t('mail.contact.howToReach', { email }),
  whatToDo: (tab: string) => t('mail.contact.whatToDo', { tab }),
  nothingElse: () => t('mail.contact.nothingElse'),
  whyYou: (groupName: string) => t('mail.contact.whyYou', { groupName }),
  /** Someone whose check-in email matched no member (it is in Review). */
  unknownName: (email: string) => t('mail.contact.unknownName', { email }),
  digestHeading: (tab: string, count: number) => t('digest.contact.heading', { tab, count }),
  digestEntry: (name: string, email: string, askedOn: IsoDate) =>
    t('digest.contact.entry', { name, email, askedOn: formatDate(askedOn) }),
} as const;
