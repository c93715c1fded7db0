/** Builders for reminder tests: a small group meeting on Wednesdays at 18:30. */
import { DEFAULT_ROLES } from '../../../src/domain/settings';
import {
  ReminderInput,
  ReminderMember,
  ReminderSettings,
} from '../../../src/domain/reminders/types';

export const SETTINGS: ReminderSettings = {
  groupName: 'Hope Circle',
  meetingWeekday: 'Wednesday',
  meetingTime: '18:30',
  roles: [...DEFAULT_ROLES],
  leadingRoles: ['Facilitator'],
  reminderLeadDays: 2,
  surveyFollowUpWeeks: 12,
  replyTo: 'group@example.org',
  emailOn: true,
  testMode: false,
  organisers: ['organiser@example.org'],
  checkinFormUrl: 'https://forms.example/checkin',
  surveyFormUrl: 'https://forms.example/survey',
  meetingPlace: '',
  onlineLink: '',
  supportLine: 'In an emergency call your local emergency number.',
};

export function member(id: string, overrides: Partial<ReminderMember> = {}): ReminderMember {
  return {
    id,
    name: `Name ${id}`,
    email: `${id.toLowerCase()}@example.org`,
    joined: '2026-01-07',
    status: 'active',
    roles: [],
    emailReminders: true,
    ...overrides,
  };
}

/** An input with nothing in it: each test adds what its rule needs. */
export function input(overrides: Partial<ReminderInput> = {}): ReminderInput {
  return {
    today: '2026-11-30',
    settings: SETTINGS,
    members: [],
    sessions: [],
    rotation: [],
    buddies: [],
    surveys: [],
    checkins: [],
    reviewWaiting: 0,
    sentKeys: new Set(),
    organiserFallback: 'owner@example.org',
    ...overrides,
  };
}

export function withSettings(overrides: Partial<ReminderSettings>): ReminderSettings {
  return { ...SETTINGS, ...overrides };
}
