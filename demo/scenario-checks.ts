/**
 * Rules that relate one part of a scenario to another: member keys used in the timeline exist,
 * events come in time order within the season, settings pass the app's own validation, survey
 * answers belong to instruments on the form. Each problem names the field at fault.
 */
import type { z } from 'zod';
import { DEFAULT_ROLES, SETTING_DEFINITIONS } from '../src/domain/settings';
import { INSTRUMENTS } from '../src/domain/instruments';
import { isScenarioTime, isValidTimeZone, scenarioTimeToMs } from './local-time';
import type { Scenario } from './scenario-schema';
import {
  CHECKIN_FIELDS,
  instrumentsOnForm,
  ITEMS,
  KNOWN_MENU_ITEMS,
  SETTING_LABELS,
  settingValue,
  splitList,
  SYSTEM_LABELS,
} from './scenario-terms';

type Ctx = z.RefinementCtx;
type Path = (string | number)[];

function flagIssue(ctx: Ctx, path: Path, message: string): void {
  ctx.addIssue({ code: 'custom', path, message });
}

export function crossCheck(scenario: Scenario, ctx: Ctx): void {
  checkSettings(scenario, ctx);
  checkWording(scenario, ctx);
  checkMembers(scenario, ctx);
  checkTimeline(scenario, ctx);
}

function checkSettings(scenario: Scenario, ctx: Ctx): void {
  for (const [label, value] of Object.entries(scenario.settings)) {
    const definition = SETTING_DEFINITIONS.find(
      (entry) => entry.label.toLowerCase() === label.toLowerCase(),
    );
    if (!definition || SYSTEM_LABELS.has(definition.label)) {
      flagIssue(
        ctx,
        ['settings', label],
        `not a setting a group types; expected one of ${SETTING_LABELS.map((l) => `"${l}"`).join(', ')}`,
      );
      continue;
    }
    if (definition.label !== label) {
      flagIssue(ctx, ['settings', label], `write the label exactly as "${definition.label}"`);
      continue;
    }
    const parsed = definition.schema.safeParse(value);
    if (!parsed.success)
      flagIssue(ctx, ['settings', label], parsed.error.issues[0]?.message ?? 'invalid value');
  }
}

function checkWording(scenario: Scenario, ctx: Ctx): void {
  for (const [itemId, wording] of Object.entries(scenario.instrumentWording)) {
    const known = ITEMS.get(itemId);
    if (!known) {
      flagIssue(ctx, ['instrumentWording', itemId], 'not an instrument item id');
    } else if (known.item.text !== null) {
      flagIssue(
        ctx,
        ['instrumentWording', itemId],
        `${known.instrument.shortTitle} wording ships with Peer Circle; only paste wording for items listed in the "Instrument wording" tab`,
      );
    } else if (wording.trim() === '') {
      flagIssue(ctx, ['instrumentWording', itemId], 'expected the item wording');
    }
  }
}

function checkMembers(scenario: Scenario, ctx: Ctx): void {
  const roles = splitList(settingValue(scenario, 'Role names') ?? DEFAULT_ROLES.join(', '));
  const firstIndex = new Map<string, number>();
  scenario.members.forEach((member, index) => {
    const earlier = firstIndex.get(member.key);
    if (earlier !== undefined)
      flagIssue(ctx, ['members', index, 'key'], `"${member.key}" is also members[${earlier}].key`);
    else firstIndex.set(member.key, index);
    member.roles.forEach((role, roleIndex) => {
      if (!roles.includes(role))
        flagIssue(
          ctx,
          ['members', index, 'roles', roleIndex],
          `"${role}" is not one of the group's roles (${roles.join(', ')})`,
        );
    });
    if (member.unavailable && member.unavailable.from > member.unavailable.to)
      flagIssue(ctx, ['members', index, 'unavailable', 'to'], 'expected a date on or after "from"');
  });
  scenario.members.forEach((member, index) =>
    member.doNotPairWith.forEach((other, otherIndex) => {
      const path = ['members', index, 'doNotPairWith', otherIndex];
      if (!firstIndex.has(other)) flagIssue(ctx, path, `no member with key "${other}"`);
      else if (other === member.key)
        flagIssue(ctx, path, 'a member cannot be kept apart from themselves');
    }),
  );
}

function checkTimeline(scenario: Scenario, ctx: Ctx): void {
  const { timeZone, start, end } = scenario.group;
  // Field checks that failed do not stop this one; only well-formed times can be compared.
  if (!isValidTimeZone(timeZone) || !isScenarioTime(start) || !isScenarioTime(end)) return;
  const startMs = scenarioTimeToMs(start, timeZone);
  const endMs = scenarioTimeToMs(end, timeZone);
  if (endMs < startMs) flagIssue(ctx, ['group', 'end'], 'expected a time after group.start');
  const keys = new Set(scenario.members.map((member) => member.key));
  const added = new Set<string>();
  const onForm = instrumentsOnForm(scenario);
  let previousMs = startMs;
  scenario.timeline.forEach((event, index) => {
    const at = (...rest: Path): Path => ['timeline', index, ...rest];
    if (isScenarioTime(event.at)) {
      const ms = scenarioTimeToMs(event.at, timeZone);
      if (ms < startMs || ms > endMs)
        flagIssue(ctx, at('at'), 'expected a time between group.start and group.end');
      else if (ms < previousMs)
        flagIssue(
          ctx,
          at('at'),
          'expected events in time order: this one is before the one above it',
        );
      else previousMs = ms;
    }
    const needMember = (key: string, ...path: Path) => {
      if (!keys.has(key)) flagIssue(ctx, at(...path), `no member with key "${key}"`);
    };
    switch (event.type) {
      case 'add-member':
        needMember(event.member, 'member');
        if (added.has(event.member))
          flagIssue(ctx, at('member'), `"${event.member}" was already added earlier`);
        added.add(event.member);
        break;
      case 'update-member':
        needMember(event.member, 'member');
        if (keys.has(event.member) && !added.has(event.member))
          flagIssue(ctx, at('member'), `"${event.member}" is updated before an add-member event`);
        if (event.unavailable && event.unavailable.from > event.unavailable.to)
          flagIssue(ctx, at('unavailable', 'to'), 'expected a date on or after "from"');
        break;
      case 'checkin':
      case 'survey':
      case 'raw-submission':
        checkRespondent(event, at, ctx, needMember);
        if (event.type === 'survey') checkSurvey(event.answers, onForm, at, ctx);
        if (event.type === 'raw-submission') checkRawKeys(event.form, event.answers, at, ctx);
        break;
      case 'activity':
      case 'working-group':
        event.members.forEach((key, memberIndex) => needMember(key, 'members', memberIndex));
        break;
      case 'menu':
        if (!KNOWN_MENU_ITEMS.includes(event.item))
          flagIssue(
            ctx,
            at('item'),
            `expected one of ${KNOWN_MENU_ITEMS.map((item) => `"${item}"`).join(', ')}`,
          );
        break;
      case 'contact-done':
      case 'withdraw-consent':
      case 'approve-story':
        needMember(event.member, 'member');
        break;
      case 'community':
        checkCommunity(event.answers, scenario.instrumentWording, at, ctx);
        break;
      case 'session':
      case 'fix-review':
      case 'wait':
        break;
    }
  });
}

function checkRespondent(
  event: { member?: string; email?: string },
  at: (...rest: Path) => Path,
  ctx: Ctx,
  needMember: (key: string, ...path: Path) => void,
): void {
  if ((event.member === undefined) === (event.email === undefined))
    flagIssue(ctx, at('member'), 'expected either "member" (a member key) or "email", not both');
  else if (event.member !== undefined) needMember(event.member, 'member');
}

function checkSurvey(
  answers: Record<string, number>,
  onForm: Set<string>,
  at: (...rest: Path) => Path,
  ctx: Ctx,
): void {
  for (const [itemId, value] of Object.entries(answers)) {
    const known = ITEMS.get(itemId);
    if (!known) {
      flagIssue(ctx, at('answers', itemId), 'not an instrument item id (e.g. "swemwbs_1")');
      continue;
    }
    if (!onForm.has(known.instrument.id)) {
      flagIssue(
        ctx,
        at('answers', itemId),
        `${known.instrument.shortTitle} is not on the Survey form: switch it on in settings "Instruments on" and give wording for all its items in instrumentWording`,
      );
      continue;
    }
    const allowed = known.item.scale.options.map((option) => option.value);
    if (!allowed.includes(value))
      flagIssue(
        ctx,
        at('answers', itemId),
        `expected one of ${allowed.join(', ')} (${known.item.scale.options.map((o) => `${o.value} = ${o.label}`).join(', ')})`,
      );
  }
  for (const instrumentId of onForm) {
    const instrument = INSTRUMENTS.find((candidate) => candidate.id === instrumentId);
    for (const item of instrument?.items ?? []) {
      if (item.required && answers[item.id] === undefined)
        flagIssue(
          ctx,
          at('answers', item.id),
          `required by the Survey form (${instrument?.shortTitle} ${item.label}); use a raw-submission to send an incomplete survey`,
        );
    }
  }
}

/** Community survey answers: RIBS items only, on their scales, with RIBS wording pasted. */
function checkCommunity(
  answers: Record<string, number>,
  wording: Readonly<Record<string, string>>,
  at: (...rest: Path) => Path,
  ctx: Ctx,
): void {
  const ribs = INSTRUMENTS.find((instrument) => instrument.id === 'ribs');
  if (!ribs) return;
  if (ribs.items.some((item) => item.text === null && (wording[item.id] ?? '').trim() === ''))
    flagIssue(
      ctx,
      at('answers'),
      'the Community survey asks RIBS only once instrumentWording gives wording for ribs_1 to ribs_8',
    );
  for (const [itemId, value] of Object.entries(answers)) {
    const item = ribs.items.find((candidate) => candidate.id === itemId);
    if (!item) {
      flagIssue(ctx, at('answers', itemId), 'not a RIBS item id (ribs_1 to ribs_8)');
      continue;
    }
    const allowed = item.scale.options.map((option) => option.value);
    if (!allowed.includes(value))
      flagIssue(
        ctx,
        at('answers', itemId),
        `expected one of ${allowed.join(', ')} (${item.scale.options.map((o) => `${o.value} = ${o.label}`).join(', ')})`,
      );
  }
  for (const item of ribs.items)
    if (item.required && answers[item.id] === undefined)
      flagIssue(
        ctx,
        at('answers', item.id),
        `required by the Community survey (RIBS ${item.label})`,
      );
}

function checkRawKeys(
  form: 'checkin' | 'survey',
  answers: Record<string, string | number>,
  at: (...rest: Path) => Path,
  ctx: Ctx,
): void {
  for (const key of Object.keys(answers)) {
    const known =
      form === 'checkin'
        ? (CHECKIN_FIELDS as readonly string[]).includes(key)
        : ITEMS.has(key) || key === 'consent';
    if (!known)
      flagIssue(
        ctx,
        at('answers', key),
        form === 'checkin'
          ? `not a check-in question; expected one of ${CHECKIN_FIELDS.join(', ')}`
          : 'not an instrument item id (e.g. "swemwbs_1")',
      );
  }
}
