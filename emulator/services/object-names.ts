/**
 * `toString()` of the objects Apps Script hands a script gives the class name ("Range",
 * "Spreadsheet", "Trigger"), not "[object Object]": observed on live Apps Script by the gas-fakes
 * suite (shared/APPS-SCRIPT-NOTES.md, "Small behaviours from the peer suite"). A script that logs
 * or concatenates such an object sees that name. Each fake's Apps Script name is its own name
 * without the "Fake" prefix.
 */
import { FakeDriveApp, FakeFile, FakeFileIterator } from './drive/drive-service';
import { FakeForm } from './forms/form';
import { FakeFormApp } from './forms/form-app';
import {
  FakeCheckboxItem,
  FakeChoice,
  FakeDateItem,
  FakeItem,
  FakeListItem,
  FakeMultipleChoiceItem,
  FakePageBreakItem,
  FakeParagraphTextItem,
  FakeScaleItem,
  FakeSectionHeaderItem,
  FakeTextItem,
} from './forms/items';
import { FakeFormResponse, FakeItemResponse } from './forms/responses';
import { FakeHtmlOutput, FakeHtmlOutputMetaTag } from './html/html-output';
import { FakeHtmlService } from './html/html-service';
import { FakeHtmlTemplate } from './html/html-template';
import { FakeLock, FakeLockService } from './lock/lock-service';
import { FakeMailApp } from './mail/mail-service';
import { FakeCache, FakeCacheService } from './properties/cache-service';
import { FakePropertiesService } from './properties/properties-service';
import { FakeProperties } from './properties/properties-store';
import { FakeScriptApp } from './script/script-service';
import { FakeTrigger } from './script/trigger';
import {
  FakeClockTriggerBuilder,
  FakeFormTriggerBuilder,
  FakeSpreadsheetTriggerBuilder,
  FakeTriggerBuilder,
} from './script/trigger-builders';
import { FakeSession, FakeUser } from './session/session-service';
import { FakeEmbeddedChart, FakeEmbeddedChartBuilder } from './spreadsheet/charts';
import { FakeDataValidation, FakeDataValidationBuilder } from './spreadsheet/data-validation';
import { FakeProtection } from './spreadsheet/protection';
import { FakeRange } from './spreadsheet/range';
import { FakeSheet } from './spreadsheet/sheet';
import { FakeSpreadsheet } from './spreadsheet/spreadsheet';
import { FakeSpreadsheetApp } from './spreadsheet/spreadsheet-app';
import { FakeMenu, FakeUi } from './spreadsheet/ui';
import { FakeBlob } from './utilities/blob';
import { FakeLogger } from './utilities/logging';
import { FakeUtilities } from './utilities/utilities-service';

type Named = { name: string; prototype: object };

const CLASSES: readonly Named[] = [
  FakeBlob,
  FakeCheckboxItem,
  FakeChoice,
  FakeDateItem,
  FakeForm,
  FakeFormApp,
  FakeFormResponse,
  FakeItem,
  FakeItemResponse,
  FakeListItem,
  FakeMultipleChoiceItem,
  FakePageBreakItem,
  FakeParagraphTextItem,
  FakeScaleItem,
  FakeSectionHeaderItem,
  FakeTextItem,
  FakeCache,
  FakeCacheService,
  FakeClockTriggerBuilder,
  FakeDataValidation,
  FakeDataValidationBuilder,
  FakeDriveApp,
  FakeEmbeddedChart,
  FakeEmbeddedChartBuilder,
  FakeFile,
  FakeFileIterator,
  FakeFormTriggerBuilder,
  FakeHtmlOutput,
  FakeHtmlOutputMetaTag,
  FakeHtmlService,
  FakeHtmlTemplate,
  FakeLock,
  FakeLockService,
  FakeLogger,
  FakeMailApp,
  FakeMenu,
  FakeProperties,
  FakePropertiesService,
  FakeProtection,
  FakeRange,
  FakeScriptApp,
  FakeSession,
  FakeSheet,
  FakeSpreadsheet,
  FakeSpreadsheetApp,
  FakeSpreadsheetTriggerBuilder,
  FakeTrigger,
  FakeTriggerBuilder,
  FakeUi,
  FakeUser,
  FakeUtilities,
];

/** The Apps Script name of a fake class: "FakeRange" is "Range". */
export function appsScriptName(className: string): string {
  return className.replace(/^Fake/, '');
}

let named = false;

/** Gives every fake's prototype its Apps Script toString (idempotent; not enumerable). */
export function nameServiceObjects(): void {
  if (named) return;
  named = true;
  for (const cls of CLASSES) {
    if (Object.prototype.hasOwnProperty.call(cls.prototype, 'toString')) continue;
    const name = appsScriptName(cls.name);
    Object.defineProperty(cls.prototype, 'toString', {
      value: () => name,
      writable: true,
      configurable: true,
      enumerable: false,
    });
  }
}
