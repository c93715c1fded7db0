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
  kind: 'checkin' | 'survey' | 'feedback' | 'community';
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

/**
 * The response tab's first two columns: Google writes the time of the response and the address
 * the member gave there, headed in the form owner's language ("Marca temporal", "Zeitstempel"...).
 * The script calls them by these names whatever their header says (see responseHeaders).
 */
export const RESPONSE_TIMESTAMP = 'Timestamp';
export const RESPONSE_EMAIL = 'Email Address';

/**
 * A response tab's header row as the script reads it: Google's own columns, found by position,
 * renamed RESPONSE_TIMESTAMP and RESPONSE_EMAIL; the question columns (headed with the item
 * titles in the language the form had when Google made each column, which HeaderMap reads back
 * to the English titles) and the script's own columns as they are. A form that
 * collects no email (the anonymous Group feedback form) has only the timestamp before its
 * questions: pass withEmail false, or its first question would be read as the address.
 */
export function responseHeaders(headers: readonly unknown[], withEmail = true): unknown[] {
  return headers.map((header, index) =>
    index === 0 ? RESPONSE_TIMESTAMP : index === 1 && withEmail ? RESPONSE_EMAIL : header,
  );
}

/** Google's own columns at the front of the spec's response tab, by the names the script uses. */
export function googleColumns(spec: FormSpec): string[] {
  return collectsEmail(spec) ? [RESPONSE_TIMESTAMP, RESPONSE_EMAIL] : [RESPONSE_TIMESTAMP];
}
