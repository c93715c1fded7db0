/**
 * What Peer Circle says about the Settings tab's values (issue 17): the problems a bad value
 * gives, named by its cell. The accepted values themselves (yes, weekly, Wednesday) are the
 * sheet's words and come in as placeholders.
 */
export const SETTINGS_EN = {
  'settings.attention': 'Settings need attention:',
  'settings.missingRow': '{tab} is missing the row "{label}" (Set up or repair adds it back).',
  'settings.badValue': '{cell} "{label}" is "{value}": {problem}.',
  'settings.invalid': 'invalid',
  'settings.expected.yesNo': 'expected {yes} or {no}',
  'settings.expected.wholeNumber': 'expected a whole number from {min} to {max}',
  'settings.expected.email': 'expected an email address, or leave it empty',
  'settings.expected.emails': 'expected email addresses separated by commas',
  'settings.expected.time': 'expected a time like {example}',
  'settings.expected.oneOf': 'expected one of {values}',
  'settings.expected.cadence': 'expected "{weekly}" or "{everyTwoWeeks}"',
  'settings.expected.timeZone': 'expected a time zone name like {example}',
  'settings.expected.roles': 'expected at least one role, separated by commas',
  'settings.expected.instruments': 'expected instrument ids from {ids}, separated by commas',
  'settings.expected.groupName': 'expected the group name',
  'settings.expected.place': 'expected a short place description ({max} characters at most)',
  'settings.expected.link': 'expected a link starting with https://',
  'settings.expected.supportLine':
    'expected where members can find help (a crisis line or what to do)',
  'settings.expected.shortText': 'expected a short text ({max} characters at most)',
} as const;
