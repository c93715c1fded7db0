/** The "Peer Circle" menu: captions and the entry point each one calls. */
import { MenuItem } from '../services/ui';

export const MENU_TITLE = 'Peer Circle';

export const MENU_GROUPS: readonly (readonly MenuItem[])[] = [
  [{ caption: 'Set up or repair', functionName: 'menuSetUp' }],
  [{ caption: 'Re-process reviewed rows', functionName: 'menuReprocessReview' }],
];
