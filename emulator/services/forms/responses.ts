/**
 * Form responses: what Form.getResponses() returns, and how a member's answers are checked and
 * converted, both for the FormResponse (strings, string[] for checkboxes) and for the response
 * sheet cell (numbers for scales, Dates for dates, comma-joined checkbox choices).
 * https://developers.google.com/apps-script/reference/forms/form-response
 */
import { EmulatorContext } from '../../core/context';
import {
  DateCell,
  FormulaCell,
  isDateLike,
  parseTypedString,
  StoredValue,
} from '../spreadsheet/cell-values';
import { fromWallClock, toWallClock } from '../spreadsheet/time-zone';
import { FakedForms } from './gas-types';
import { FakeItem, ItemHost, ItemState } from './items';

export type AnswerInput = string | string[] | number | Date;

export interface StoredAnswer {
  state: ItemState;
  /** As ItemResponse.getResponse() returns it. */
  response: string | string[];
}

const SERVICE = 'FormApp';

export class FakeItemResponse implements FakedForms<
  GoogleAppsScript.Forms.ItemResponse,
  'getItem' | 'getResponse'
> {
  constructor(
    private readonly host: ItemHost,
    private readonly answer: StoredAnswer,
  ) {}

  getItem(): FakeItem {
    this.host.ctx.meter.record(SERVICE, 'ItemResponse.getItem');
    return new FakeItem(this.host, this.answer.state);
  }

  getResponse(): string | string[] {
    this.host.ctx.meter.record(SERVICE, 'ItemResponse.getResponse');
    const r = this.answer.response;
    return Array.isArray(r) ? [...r] : r;
  }
}

export class FakeFormResponse implements FakedForms<
  GoogleAppsScript.Forms.FormResponse,
  | 'getId'
  | 'getTimestamp'
  | 'getRespondentEmail'
  | 'getItemResponses'
  | 'getResponseForItem'
  | 'getEditResponseUrl'
> {
  constructor(
    private readonly host: ItemHost,
    readonly id: string,
    readonly formId: string,
    readonly timestampMs: number,
    readonly email: string,
    readonly answers: StoredAnswer[],
  ) {}

  private get ctx(): EmulatorContext {
    return this.host.ctx;
  }

  getId(): string {
    this.ctx.meter.record(SERVICE, 'FormResponse.getId');
    return this.id;
  }

  getTimestamp(): Date {
    this.ctx.meter.record(SERVICE, 'FormResponse.getTimestamp');
    return new this.ctx.ScriptDate(this.timestampMs);
  }

  getRespondentEmail(): string {
    this.ctx.meter.record(SERVICE, 'FormResponse.getRespondentEmail');
    return this.email;
  }

  getItemResponses(): FakeItemResponse[] {
    this.ctx.meter.record(SERVICE, 'FormResponse.getItemResponses');
    return this.answers.map((a) => new FakeItemResponse(this.host, a));
  }

  getResponseForItem(item: FakeItem): FakeItemResponse {
    this.ctx.meter.record(SERVICE, 'FormResponse.getResponseForItem');
    const answer = this.answers.find((a) => a.state.id === item.state.id);
    // Apps Script returns null for an unanswered item, though its type says otherwise.
    return (answer ? new FakeItemResponse(this.host, answer) : null) as FakeItemResponse;
  }

  getEditResponseUrl(): string {
    this.ctx.meter.record(SERVICE, 'FormResponse.getEditResponseUrl');
    return `https://docs.google.com/forms/d/e/${this.formId}/viewform?edit2=${this.id}`;
  }
}

/** Thrown for answers the real form UI would never let through. */
export class InvalidAnswerError extends Error {}

/** An answer that counts as given (not blank). */
export function isAnswered(input: AnswerInput | undefined | null): boolean {
  if (input === undefined || input === null) return false;
  if (Array.isArray(input)) return input.length > 0;
  return String(input).trim() !== '';
}

/**
 * Converts (and unless `raw`, validates) one answer. Returns the FormResponse form and the cell
 * value written to the response sheet.
 */
export function convertAnswer(
  state: ItemState,
  input: AnswerInput,
  raw: boolean,
  timeZone: string,
): { response: string | string[]; cell: StoredValue } {
  const fail = (why: string): never => {
    throw new InvalidAnswerError(
      `Answer to "${state.title}" ${why} (pass { raw: true } to bypass).`,
    );
  };
  switch (state.type) {
    case 'SCALE': {
      const n = typeof input === 'number' ? input : Number(String(input).trim());
      if (!raw && !(Number.isInteger(n) && n >= state.lowerBound && n <= state.upperBound)) {
        fail(
          `must be a whole number from ${state.lowerBound} to ${state.upperBound}, got ${JSON.stringify(input)}`,
        );
      }
      return { response: String(input), cell: Number.isFinite(n) ? n : String(input) };
    }
    case 'CHECKBOX': {
      const chosen = (Array.isArray(input) ? input : [input]).map(String);
      if (!raw && !state.otherOption) {
        const bad = chosen.find((c) => !state.choices.includes(c));
        if (bad !== undefined) fail(`offers no choice ${JSON.stringify(bad)}`);
      }
      // The response sheet joins checked choices with ", ".
      return { response: chosen, cell: chosen.join(', ') };
    }
    case 'MULTIPLE_CHOICE':
    case 'LIST': {
      const text = String(input);
      if (
        !raw &&
        !(state.type === 'MULTIPLE_CHOICE' && state.otherOption) &&
        !state.choices.includes(text)
      ) {
        fail(`offers no choice ${JSON.stringify(text)}`);
      }
      return { response: text, cell: answerCell(text, timeZone) };
    }
    case 'DATE': {
      const ymd = dateAnswer(input, timeZone);
      if (ymd === null) {
        if (!raw) fail(`must be a date (YYYY-MM-DD or a Date), got ${JSON.stringify(input)}`);
        return { response: String(input), cell: answerCell(String(input), timeZone) };
      }
      const [y, m, d] = ymd;
      const response = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      return { response, cell: new DateCell(fromWallClock(timeZone, y, m, d)) };
    }
    default: {
      const text = Array.isArray(input) ? input.join(', ') : String(input);
      return { response: text, cell: answerCell(text, timeZone) };
    }
  }
}

function dateAnswer(input: AnswerInput, timeZone: string): [number, number, number] | null {
  if (isDateLike(input)) {
    const w = toWallClock(Date.prototype.getTime.call(input), timeZone);
    return [w.year, w.month, w.day];
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(input).trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return null;
  return [y, mo, d];
}

/**
 * A typed answer lands in the sheet parsed like typed text (so "42" is a number), except that
 * Forms never turns an answer into a formula: "=1+1" or "- nothing" stay text.
 */
function answerCell(text: string, timeZone: string): StoredValue {
  const parsed = parseTypedString(text, false, timeZone);
  if (parsed instanceof FormulaCell) return text;
  // An answer starting with an apostrophe keeps it: the member typed it.
  return text.startsWith("'") ? text : parsed;
}
