/**
 * Everyday text for the generated group. Names mix spellings (a few with accents, so the demo's
 * emails exercise encoded headers); places and organisations are invented; addresses use the
 * reserved example.org domain.
 */
export const FIRST_NAMES = [
  'Amara',
  'Ben',
  'Chloé',
  'Dev',
  'Ellie',
  'Farid',
  'Grace',
  'Hamza',
  'Isla',
  'Jonah',
  'Kemi',
  'Liam',
  'Maya',
  'Niamh',
  'Oskar',
  'Priya',
  'Quinn',
  'Rosa',
  'Sam',
  'Tomasz',
  'Uma',
  'Victor',
  'Wen',
  'Xavier',
  'Yara',
  'Zoë',
  'Aidan',
  'Bea',
  'Callum',
  'Dina',
  'Eamon',
  'Fatima',
  'Gus',
  'Hana',
  'Ivo',
  'Jess',
  'Kofi',
  'Lena',
  'Marek',
  'Nora',
  'Owen',
  'Pia',
  'Rahul',
  'Siobhán',
  'Theo',
  'Ursula',
  'Vik',
  'Will',
  'Yusuf',
  'José',
] as const;

export const LAST_NAMES = [
  'Adeyemi',
  'Brennan',
  'Carter',
  'Dąbrowski',
  'Evans',
  'Fraser',
  'Gupta',
  'Hughes',
  'Ibrahim',
  'Jones',
  'Khan',
  'Lopez',
  'MacLeod',
  'Nowak',
  "O'Connor",
  'Patel',
  'Quinlan',
  'Reid',
  'Singh',
  'Taylor',
  'Usman',
  'Varga',
  'Walsh',
  'Xu',
  'Young',
  'Zielinski',
] as const;

export const ROLE_NOTES = [
  'Prefers to join online on dark evenings.',
  'Happy to mentor; ran a group before.',
  'Would rather not be asked to share first.',
  'Shift work: check availability monthly.',
  'Interested in training as a facilitator.',
] as const;

export const TOPICS = [
  'Sleep and routines',
  'Talking to family about how we feel',
  'Coping with setbacks',
  'Work, benefits and stress',
  'Self-compassion',
  'Managing anxiety in public places',
  'Stigma: telling people, or not',
  'Loneliness and connection',
  'Planning for difficult anniversaries',
  'Small wins this month',
  'Boundaries',
  'Getting the most from appointments',
  'Creative ways to unwind',
  'Looking after our bodies',
] as const;

export const CANCEL_REASONS = [
  'venue closed for the bank holiday',
  'both facilitators unwell',
  'community hall double-booked',
  'snow: the hall is closed',
] as const;

export const COMMENTS = [
  'Thanks, tonight really helped.',
  'Finding evenings hard at the moment.',
  'Could we talk about sleep some time?',
  'Good to see new faces.',
  'Struggled to get there but glad I did.',
  'The online link dropped for a few minutes.',
  'Feeling more settled than last month.',
  'Would like to try greeting next time.',
] as const;

export const OUTREACH_DONE = [
  'Helped at the library information stall',
  'Talked to a college class about the group',
  'Handed out leaflets at the GP surgery',
  'Joined the park clean-up with the residents association',
  'Spoke on community radio',
] as const;

export interface ActivityIdea {
  kind: 'outreach' | 'partnership' | 'peer-led panel' | 'guest speaker' | 'training' | 'other';
  description: string;
  partner: string;
  reach: [number, number];
}

export const ACTIVITY_IDEAS: readonly ActivityIdea[] = [
  {
    kind: 'outreach',
    description: 'Information stall at the central library',
    partner: 'Riverside Libraries',
    reach: [20, 80],
  },
  {
    kind: 'outreach',
    description: 'Talk to first-year students about peer support',
    partner: 'Northgate College',
    reach: [25, 120],
  },
  {
    kind: 'outreach',
    description: 'Leaflets and a chat at the Saturday market',
    partner: '',
    reach: [15, 60],
  },
  {
    kind: 'partnership',
    description: 'Referral agreement with the GP practice social prescriber',
    partner: 'Hillside Medical Practice',
    reach: [0, 6],
  },
  {
    kind: 'partnership',
    description: 'Shared room booking with the carers group',
    partner: 'Riverside Carers Network',
    reach: [0, 10],
  },
  {
    kind: 'peer-led panel',
    description: 'Panel: living well with a diagnosis',
    partner: 'Riverside Community Hall',
    reach: [18, 55],
  },
  {
    kind: 'guest speaker',
    description: 'Talk from a welfare rights adviser',
    partner: 'Citizens Advice Riverside',
    reach: [0, 0],
  },
  {
    kind: 'training',
    description: 'Peer facilitation skills, half-day',
    partner: 'Recovery College East',
    reach: [6, 14],
  },
  { kind: 'other', description: 'Walk and talk along the river path', partner: '', reach: [5, 20] },
];
