/**
 * Ties the Forms fakes to @types/google-apps-script (see spreadsheet/gas-types.ts): listed
 * methods keep the real signatures, with Forms interfaces swapped for our fakes, and a typed
 * item's methods that return the item itself (setTitle, setRequired...) returning `Self`.
 */
import type { FakeForm } from './form';
import type { FakeChoice, FakeItem } from './items';
import type { FakeFormResponse, FakeItemResponse } from './responses';

type IsAny<X> = 0 extends 1 & X ? true : false;
type F = GoogleAppsScript.Forms.Form;

export type FormsFakeOf<X, Self> =
  IsAny<X> extends true
    ? X
    : X extends readonly (infer E)[]
      ? FormsFakeOf<E, Self>[]
      : X extends F
        ? FakeForm
        : X extends GoogleAppsScript.Forms.Item
          ? FakeItem
          : X extends GoogleAppsScript.Forms.FormResponse
            ? FakeFormResponse
            : X extends GoogleAppsScript.Forms.ItemResponse
              ? FakeItemResponse
              : X extends GoogleAppsScript.Forms.Choice
                ? FakeChoice
                : X extends { getType(): unknown; getId(): unknown }
                  ? Self
                  : X;

type FakeArgs<A extends unknown[], Self> = { [I in keyof A]: FormsFakeOf<A[I], Self> };

export type FakedForms<T, K extends keyof T, Self = never> = {
  [P in K]: T[P] extends (...args: infer A) => infer R
    ? (...args: FakeArgs<A, Self>) => FormsFakeOf<R, Self>
    : T[P];
};
