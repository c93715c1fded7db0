/**
 * The English catalogue, the master: one object per area of the product, so that texts live
 * near each other by what a person reads them in. A new language copies this folder, translates
 * the values (never the keys) and registers itself in ../catalogues.ts.
 */
import { ARCHIVE_EN } from './archive';
import { CORE_EN } from './core';
import { INSTALLATION_EN } from './installation';
import { MAIL_EN } from './mail';
import { FORMS_EN } from './forms';
import { NOTICES_EN } from './notices';
import { OUTCOMES_EN } from './outcomes';
import { REPORT_EN } from './report';
import { REVIEW_EN } from './review';
import { SETTINGS_EN } from './settings';
import { SHEET_EN } from './sheet';
import { START_HERE_EN } from './start-here';
import { UI_EN } from './ui';

export const EN = {
  ...CORE_EN,
  ...OUTCOMES_EN,
  ...REPORT_EN,
  ...MAIL_EN,
  ...UI_EN,
  ...INSTALLATION_EN,
  ...START_HERE_EN,
  ...ARCHIVE_EN,
  ...FORMS_EN,
  ...NOTICES_EN,
  ...SHEET_EN,
  ...SETTINGS_EN,
  ...REVIEW_EN,
} as const;
