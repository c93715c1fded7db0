/**
 * Typing helpers that tie the fakes to @types/google-apps-script, so the compiler catches drift
 * from the real signatures. A fake class `implements Faked<Real, 'method' | ...>`: each listed
 * method keeps the real parameters and return type, except that the big service interfaces
 * (Range, Sheet, Menu...) are swapped for our fakes, in parameters and results alike.
 * For overloaded methods TypeScript checks the last overload only.
 */
import type { FakeEmbeddedChart, FakeEmbeddedChartBuilder } from './charts';
import type { FakeDataValidation, FakeDataValidationBuilder } from './data-validation';
import type { FakeProtection } from './protection';
import type { FakeRange } from './range';
import type { FakeSheet } from './sheet';
import type { FakeSpreadsheet } from './spreadsheet';
import type { FakeMenu, FakeUi } from './ui';

type GS = GoogleAppsScript.Spreadsheet.Range;

type IsAny<X> = 0 extends 1 & X ? true : false;

/** The fake standing in for a real Apps Script type (the type itself when we use it as is). */
export type FakeOf<X> =
  IsAny<X> extends true
    ? X
    : X extends readonly (infer E)[]
      ? FakeOf<E>[]
      : X extends GS
        ? FakeRange
        : X extends GoogleAppsScript.Spreadsheet.Sheet
          ? FakeSheet
          : X extends GoogleAppsScript.Spreadsheet.Spreadsheet
            ? FakeSpreadsheet
            : X extends GoogleAppsScript.Spreadsheet.DataValidation
              ? FakeDataValidation
              : X extends GoogleAppsScript.Spreadsheet.DataValidationBuilder
                ? FakeDataValidationBuilder
                : X extends GoogleAppsScript.Spreadsheet.Protection
                  ? FakeProtection
                  : X extends GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder
                    ? FakeEmbeddedChartBuilder
                    : X extends GoogleAppsScript.Spreadsheet.EmbeddedChart
                      ? FakeEmbeddedChart
                      : X extends GoogleAppsScript.Base.Menu
                        ? FakeMenu
                        : X extends GoogleAppsScript.Base.Ui
                          ? FakeUi
                          : X;

type FakeArgs<A extends unknown[]> = { [I in keyof A]: FakeOf<A[I]> };

export type Faked<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => infer R ? (...args: FakeArgs<A>) => FakeOf<R> : T[P];
};

/**
 * Apps Script enums are objects whose members print as their names, so the fakes use each
 * member's name as its value. The declared enums are numeric, hence one cast per enum here.
 */
export function makeEnum<E>(names: readonly string[]): E {
  const e: Record<string, string> = {};
  for (const n of names) e[n] = n;
  return Object.freeze(e) as unknown as E;
}
