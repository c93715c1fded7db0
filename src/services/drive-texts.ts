/** What a person reads when the report cannot be saved, from the catalogue (en/ui.ts). */
import { t } from '../domain/i18n';

export const REPORT_SAVE_TEXTS = {
  get serviceOff() {
    return t('ui.reportSave.serviceOff');
  },
  get noLink() {
    return t('ui.reportSave.noLink');
  },
};
