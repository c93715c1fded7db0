/** What Set up says about the forms, from the message catalogue (en/forms.ts). */
import { t } from '../domain/i18n';

export const FORM_TEXTS = {
  /** Set up's deliberate choice: responder input, so members need no Google account. */
  get emailTyped(): string {
    return t('form.setup.emailTyped');
  },
  get emailVerified(): string {
    return t('form.setup.emailVerified');
  },
  emailPerForm: (label: string, typed: boolean) =>
    t(typed ? 'form.setup.emailTypedOn' : 'form.setup.emailVerifiedOn', { form: label }),
  published: (label: string) => t('form.setup.published', { form: label }),
  titled: (label: string) => t('form.setup.titled', { form: label }),
  notAccepting: (label: string) => t('form.setup.notAccepting', { form: label }),
  noResponseTab: (label: string) => t('form.setup.noResponseTab', { form: label }),
  googleColumnsMissing: (tab: string, withEmail: boolean) =>
    t(withEmail ? 'form.setup.googleColumnsMissing' : 'form.setup.googleColumnMissing', { tab }),
  /** Consent (SPEC section 9) added to a form made before it existed. */
  consentAdded: (label: string) => t('form.setup.consentAdded', { form: label }),
  /** The anonymous form must not collect addresses; someone had switched it on. */
  emailOff: (label: string) => t('form.setup.emailOff', { form: label }),
  /** A change of Language applied to a form made in another (issue 17). */
  languageApplied: (label: string) => t('form.setup.languageApplied', { form: label }),
} as const;
