/** The "Peer Circle" menu: captions and the entry point each one calls. */
import { MenuItem } from '../services/ui';

export const MENU_TITLE = 'Peer Circle';

export const MENU_GROUPS: readonly (readonly MenuItem[])[] = [
  [
    { caption: 'Set up or repair', functionName: 'menuSetUp' },
    { caption: 'Check installation', functionName: 'menuCheckInstallation' },
  ],
  [
    { caption: 'Plan rotation', functionName: 'menuPlanRotation' },
    { caption: 'Assign buddies', functionName: 'menuAssignBuddies' },
    { caption: 'Send due reminders now', functionName: 'menuSendReminders' },
  ],
  [
    { caption: 'Refresh outcomes', functionName: 'menuRefreshOutcomes' },
    { caption: 'Generate report', functionName: 'menuGenerateReport' },
  ],
  [
    { caption: 'Re-process reviewed rows', functionName: 'menuReprocessReview' },
    { caption: "Remove a member's data", functionName: 'menuRemoveMember' },
    { caption: 'Archive old check-ins', functionName: 'menuArchiveCheckins' },
  ],
];
