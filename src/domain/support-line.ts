/**
 * The group's support line (SPEC section 9, "Signposting"): one Settings value, shown in both
 * forms' descriptions, at the foot of every email to members and in the report. The texts are
 * kept here, together, for a later message catalogue.
 */
import { FormSpec } from './forms/form-spec';
import { FORMS_EN } from './i18n/en/forms';

export const SUPPORT_LINE_TEXT = {
  /**
   * The default: neutral and international. No phone number is invented; each group types its
   * own local line (README, "Support line").
   */
  defaultLine: FORMS_EN['form.supportLine.default'],
  // The report's label for the line is the catalogue's 'report.supportLine'.
} as const;

/** The form's own description with the support line as its last paragraph. */
export function withSupportLine(spec: FormSpec, supportLine: string): FormSpec {
  const line = supportLine.trim();
  if (line === '') return spec;
  return { ...spec, description: `${spec.description}\n\n${line}` };
}
