/**
 * The "Peer Circle" menu: captions and the entry point each one calls. Captions come from the
 * catalogue when the menu is built (after the run's language is chosen), so a change of
 * language reaches the menu the next time it is built.
 */
import { t, type FormattedKey } from '../domain/i18n';
import { MenuItem } from '../services/ui';

export function menuTitle(): string {
  return t('menu.title');
}

/** A menu entry: its caption's key, and the caption read in the current language. */
export interface CaptionedMenuItem extends MenuItem {
  readonly captionKey: FormattedKey;
}

function item(captionKey: FormattedKey, functionName: string): CaptionedMenuItem {
  return {
    captionKey,
    functionName,
    get caption() {
      return t(captionKey);
    },
  };
}

export const MENU_GROUPS: readonly (readonly CaptionedMenuItem[])[] = [
  [item('menu.setUp', 'menuSetUp'), item('menu.checkInstallation', 'menuCheckInstallation')],
  [
    item('menu.planRotation', 'menuPlanRotation'),
    item('menu.assignBuddies', 'menuAssignBuddies'),
    item('menu.sendReminders', 'menuSendReminders'),
  ],
  [
    item('menu.refreshOutcomes', 'menuRefreshOutcomes'),
    item('menu.generateReport', 'menuGenerateReport'),
  ],
  [
    item('menu.reprocessReview', 'menuReprocessReview'),
    item('menu.removeMember', 'menuRemoveMember'),
    item('menu.archiveCheckins', 'menuArchiveCheckins'),
  ],
];
