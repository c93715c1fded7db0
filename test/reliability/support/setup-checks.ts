/**
 * What a completed Set up leaves, however many tries it took: every tab, exactly the four forms
 * (linked here, each writing to its named response tab, recorded in Settings), no leftover
 * copies of a response tab, and each trigger exactly once.
 */
import { Environment } from '../../../emulator/environment';
import { hasTab, tabNames, tabRows } from './sheet-access';

const TABS = [
  'Settings',
  'Members',
  'Sessions',
  'Check-ins',
  'Surveys',
  'Feedback',
  'Community survey',
  'Activities',
  'Rotation',
  'Buddies',
  'Review',
  'Sent',
  'Instrument wording',
];

const FORM_SLOTS = [
  { idSetting: 'Check-in form ID', tab: 'Check-ins' },
  { idSetting: 'Survey form ID', tab: 'Surveys' },
  // The anonymous Group feedback form (issue 15 item 4).
  { idSetting: 'Group feedback form ID', tab: 'Feedback' },
  // The anonymous Community survey for outreach audiences (issue 15 item 1).
  { idSetting: 'Community survey form ID', tab: 'Community survey' },
];

function settingValue(env: Environment, label: string): string {
  const row = tabRows(env, 'Settings').find((cells) => cells['Setting'] === label);
  return String(row?.['Value'] ?? '');
}

export function setupComplete(env: Environment): string[] {
  const problems = TABS.filter((tab) => !hasTab(env, tab)).map((tab) => `tab ${tab} missing`);
  const leftovers = tabNames(env).filter((name) => /\(old |^Form Responses/.test(name));
  if (leftovers.length > 0) problems.push(`leftover response tabs: ${leftovers.join(', ')}`);
  env.meter.internal(() => {
    // A Set up stopped between creating a form and linking it leaves that form unlinked and
    // empty: clutter in Drive no member has the link to. A second linked form is a duplicate.
    const linked = env.forms.all().filter((form) => {
      try {
        return form.getDestinationId() === env.spreadsheet.getId();
      } catch {
        return form.getResponses().length > 0;
      }
    });
    if (linked.length !== FORM_SLOTS.length)
      problems.push(`${linked.length} forms collect responses instead of ${FORM_SLOTS.length}`);
    for (const slot of FORM_SLOTS) {
      const form = env.forms.getById(settingValue(env, slot.idSetting));
      const sheet = env.spreadsheet.getSheetByName(slot.tab);
      if (!form) problems.push(`Settings "${slot.idSetting}" names no form`);
      else if (!sheet?.getFormUrl()?.includes(form.getId()))
        problems.push(`tab ${slot.tab} does not receive the responses of ${slot.idSetting}`);
    }
  });
  const handlers = env.scriptApp.triggers().map((trigger) => trigger.handler);
  for (const handler of ['onFormSubmitTrigger', 'dailyRun']) {
    const n = handlers.filter((name) => name === handler).length;
    if (n !== 1) problems.push(`${n} ${handler} triggers instead of 1`);
  }
  return problems;
}
