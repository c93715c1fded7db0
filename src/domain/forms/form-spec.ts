/**
 * Forms are data: the adapter builds a Google Form from a FormSpec, and the intake validates a
 * response row against the same spec, so what is asked and what is accepted never drift apart.
 */
export type FormItemSpec =
  | { kind: 'section'; title: string; help?: string }
  | {
      kind: 'scale';
      title: string;
      help?: string;
      required: boolean;
      low: number;
      high: number;
      lowLabel: string;
      highLabel: string;
    }
  | { kind: 'choice'; title: string; help?: string; required: boolean; choices: readonly string[] }
  | { kind: 'text'; title: string; help?: string; required: boolean }
  | { kind: 'paragraph'; title: string; help?: string; required: boolean }
  | { kind: 'date'; title: string; help?: string; required: boolean };

export type AnswerItemSpec = Exclude<FormItemSpec, { kind: 'section' }>;

export interface FormSpec {
  /** Which response tab the form writes to. */
  kind: 'checkin' | 'survey' | 'feedback';
  /** False for an anonymous form: no email is collected and none is expected. Default true. */
  collectEmail?: boolean;
  title: string;
  description: string;
  confirmation: string;
  items: readonly FormItemSpec[];
}

export function collectsEmail(spec: FormSpec): boolean {
  return spec.collectEmail !== false;
}

export function answerItems(spec: FormSpec): AnswerItemSpec[] {
  return spec.items.filter((item): item is AnswerItemSpec => item.kind !== 'section');
}

/** The response sheet's columns before the script's own: Google writes these two first. */
export const RESPONSE_TIMESTAMP = 'Timestamp';
export const RESPONSE_EMAIL = 'Email Address';
