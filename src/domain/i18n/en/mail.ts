/**
 * English texts of what members and facilitators read outside the sheet: the emails (their
 * editable defaults, the footer, the test-mode notice), the weekly digest, the contact-request
 * alert, and the Messages tab's own help and problems.
 *
 * `template.*` keys are the defaults of the Messages tab: `{{name}}` placeholders, never ICU, and a
 * group's edited wording replaces them. Counted things are ICU plurals even where English has
 * only `other` today (its wording must stay as it was): a translator adds the forms a language
 * needs. A count is written `{count}` inside its plural, not `#`: `#` groups digits ("1,338")
 * where English always wrote 1338. Placeholders written `{{name}}` inside an ICU message are
 * passed in as values, because ICU reads a brace as an argument.
 */
export const MAIL_EN = {
  // The Messages tab's defaults (domain/messages/catalogue.ts). Paragraphs are separated by a
  // blank line; a paragraph whose placeholders are all empty is left out.
  'template.roleDuty.subject': '{{groupName}}: you are on duty as {{roles}} on {{date}}',
  'template.roleDuty.body':
    'Hello {{firstName}},\n\n' +
    'You are on duty as {{roles}} at {{groupName}} on {{when}}.\n\n' +
    'The topic is: {{topic}}\n\n' +
    'What the role involves: {{roleDescription}}\n\n' +
    'Where: {{place}}\n\n' +
    'Joining online: {{onlineLink}}\n\n' +
    'Also on duty:\n{{alsoOnDuty}}\n\n' +
    'If you cannot make it, please reply to this email so that someone can step in.\n\n' +
    'After the session, the check-in takes a minute: {{checkinLink}}',
  'template.buddyIntro.subject': '{{groupName}}: meet your buddy',
  'template.buddyIntro.body':
    'Hello {{firstName}},\n\n' +
    'From {{from}} to {{to}}, your buddy is:\n{{buddies}}\n\n' +
    'Buddies keep in touch between sessions: a message, a call or a coffee, whatever suits ' +
    'you both. Why not say hello first?',
  'template.buddyIntroTrio.subject': '{{groupName}}: meet your buddies',
  'template.buddyIntroTrio.body':
    'Hello {{firstName}},\n\n' +
    'From {{from}} to {{to}}, your buddies are:\n{{buddies}}\n\n' +
    'Buddies keep in touch between sessions: a message, a call or a coffee, whatever suits ' +
    'you all. Why not say hello first?',
  'template.surveyFirst.subject': '{{groupName}}: your first survey',
  'template.surveyFirst.body':
    'Hello {{firstName}},\n\n' +
    '{{groupName}} asks every member to fill in a short survey about how they are doing, ' +
    'once when they join and then every {{weeks}} weeks, so the group can see whether it helps.\n\n' +
    'It takes a few minutes: {{surveyLink}}\n\n' +
    'It is up to you whether you answer. Your answers are kept with your name in the ' +
    "group's Google Sheet, which the facilitators and organisers can read; emails and " +
    "reports only ever show figures about several members together, never one person's answers.",
  'template.surveyNext.subject': '{{groupName}}: time for your next survey',
  'template.surveyNext.body':
    'Hello {{firstName}},\n\n' +
    '{{groupName}} asks members for a short survey every {{weeks}} weeks, and yours is due.\n\n' +
    'It takes a few minutes: {{surveyLink}}\n\n' +
    'It is up to you whether you answer. Your answers are kept with your name in the ' +
    "group's Google Sheet, which the facilitators and organisers can read; emails and " +
    "reports only ever show figures about several members together, never one person's answers.",
  // Default descriptions of the default roles (Role description rows), editable like templates.
  'template.roleDescription.facilitator':
    'opens and closes the session, keeps to the group agreements and makes room for everyone who wants to speak.',
  'template.roleDescription.coFacilitator':
    'supports the facilitator, notices who has not spoken yet and steps in if the facilitator needs a break.',
  'template.roleDescription.timekeeper':
    'keeps an eye on the time and gently says when a part of the session is ending.',
  'template.roleDescription.greeter':
    'welcomes people as they arrive, especially anyone new, and shows them where things are.',
  'template.roleDescription.noteTaker':
    'writes down decisions and actions only, never what anyone shared, and sends them round afterwards.',

  // The Messages tab: the Message column's labels (how a row is found, in any language).
  'messages.label.roleDuty': 'Duty reminder',
  'messages.label.buddyIntro': 'Buddy introduction (a pair)',
  'messages.label.buddyIntroTrio': 'Buddy introduction (a trio)',
  'messages.label.surveyFirst': 'First survey',
  'messages.label.surveyNext': 'Next survey',
  'messages.label.roleDescription': 'Role description',
  'messages.part.subject': 'Subject',
  'messages.part.body': 'Body',
  // The Placeholders column: what each placeholder stands for.
  'messages.placeholder.firstName': "the member's first name",
  'messages.placeholder.groupName': 'the group name (Settings)',
  'messages.placeholder.roles': 'the role or roles they hold',
  'messages.placeholder.when': 'the session date and start time',
  'messages.placeholder.date': 'the session date',
  'messages.placeholder.topic': "the session's topic (Sessions)",
  'messages.placeholder.place': 'the meeting place (Settings)',
  'messages.placeholder.onlineLink': 'the online link (Settings)',
  'messages.placeholder.roleDescription': 'what the role involves (Role description rows below)',
  'messages.placeholder.alsoOnDuty': 'list: the others on duty and their roles',
  'messages.placeholder.checkinLink': 'a link to the check-in form',
  'messages.placeholder.from': 'the first day of the buddy cycle',
  'messages.placeholder.to': 'the last day of the buddy cycle',
  'messages.placeholder.buddy': 'list: the buddy, with their email',
  'messages.placeholder.buddies': 'list: the buddies, with their emails',
  'messages.placeholder.weeks': 'weeks between surveys (Settings)',
  'messages.placeholder.surveyLink': 'a link to the survey form',
  /** `{placeholder}` is "{{name}}": one line of the Placeholders column. */
  'messages.placeholderLine': '{placeholder}: {about}',
  'messages.roleDescriptionHelp': 'Used as {placeholder} in the duty reminder for this role.',
  // The Status column.
  'messages.status.ok': 'ok',
  'messages.problem': '{cell}: {reason} The default wording is used until this is fixed.',
  'messages.reason.unknown':
    '{placeholder} is not a placeholder of this message (it offers {offered}).',
  'messages.reason.unclosed': 'a placeholder is not closed: write it as {example}.',
  'messages.reason.strayClose': 'there is a "{close}" without its "{open}".',
  'messages.reason.empty': 'the text is empty.',
  'messages.reason.blockInLine':
    '{placeholder} is a list: put it alone on the last line of a paragraph.',

  // Every member email.
  'mail.footer':
    'You get these emails as a member of {groupName}. If you would rather not, reply to this ' +
    'email and a facilitator will turn them off.',
  'mail.dateAndTime': '{date} at {time}',
  'mail.roleDuty.onDuty': '{role}: {name}',
  'mail.roleDuty.notFilledYet': 'not filled yet',
  'mail.roleDuty.checkinLinkLabel': 'open the check-in form',
  'mail.buddyIntro.buddyWithEmail': '{name} ({email})',
  'mail.survey.surveyLinkLabel': 'open the survey',
  // Test mode: everything goes to the organisers, marked with who it was for.
  'mail.test.subject': '[TEST] {subject}',
  'mail.test.notice':
    'Test mode: this email would have gone to {recipient}. Only the organisers received it.',

  // The contact-request alert to this week's facilitators and the organisers.
  'mail.contact.subject': '{groupName}: {name} would like someone to get in touch',
  'mail.contact.greeting': 'Hello,',
  'mail.contact.asked':
    'In their check-in on {askedOn}, {name} asked for someone from the group to get in touch this week.',
  'mail.contact.howToReach': 'How to reach them: {email}',
  'mail.contact.whatToDo':
    'Please agree between you who will get in touch, soon. When someone has, mark the request ' +
    '"done" in the "{tab}" tab; until then it stays in the weekly digest.',
  'mail.contact.nothingElse':
    'This email gives only their name and contact: what they answered stays in the sheet.',
  'mail.contact.whyYou':
    "You get this as an organiser or one of this week's facilitators of {groupName}.",
  /** Someone whose check-in email matched no member (it is in Review). */
  'mail.contact.unknownName': 'A member using {email}',

  // The weekly digest to facilitators and organisers.
  'digest.subject': '{groupName}: weekly digest for the week of {weekStart}',
  'digest.greeting': 'Hello,',
  'digest.intro':
    'Here is what needs attention at {groupName} this week (week starting {weekStart}).',
  'digest.contact.heading':
    '{count, plural, one {Contact requests: {count} member asked for someone to get in touch and is not marked done yet in the "{tab}" tab:} ' +
    'other {Contact requests: {count} members asked for someone to get in touch and are not marked done yet in the "{tab}" tab:}}',
  'digest.contact.entry': '{name} ({email}), asked on {askedOn}',
  'digest.roles.noSession':
    'Roles: no planned session in the next {weeks, plural, other {{weeks} weeks}}.',
  'digest.roles.allFilled':
    'Roles: every role is filled for the next {weeks, plural, other {{weeks} weeks}}.',
  'digest.roles.heading':
    'Roles that need someone in the next {weeks, plural, other {{weeks} weeks}}:',
  'digest.roles.notPlanned': '{when}: the rotation is not planned yet',
  /** `{gaps}` is the session's gaps, each a digest.roles.gap, separated by commas. */
  'digest.roles.gaps': '{when}: {gaps}',
  'digest.roles.gap': '{role} ({why})',
  'digest.gap.notFilled': 'not filled',
  'digest.gap.unknownMember': 'no member has the id {id}',
  'digest.gap.left': '{name} has left',
  'digest.gap.paused': '{name} is paused',
  'digest.review.none': 'Review: nothing is waiting.',
  'digest.review.waiting':
    'Review: {count, plural, one {{count} row is} other {{count} rows are}} waiting in the Review tab ' +
    '(responses that could not be used as they came in).',
  'digest.members.cellsToFix':
    'Members: {count, plural, one {{count} cell needs} other {{count} cells need}} fixing ({cells}); ' +
    'the "Needs attention" column of the Members tab says what is wrong.',
  'digest.lapsed.none':
    'Members not seen lately: none (no one who used to check in has missed the last ' +
    '{sessions, plural, other {{sessions} sessions}}).',
  'digest.lapsed.some':
    'Members not seen lately: they checked in before, but not at any of the last ' +
    '{sessions, plural, other {{sessions} sessions}}. A friendly message may help.',
  /** Counts only, never a name or what was written. */
  'digest.retention':
    'Retention this past week: {comments, plural, other {{comments} private comment(s)}} older than ' +
    '{commentsMonths} months blanked (and {formResponses, plural, other {{formResponses} response(s)}} that old ' +
    "deleted from Google Forms' own copy), {leavers, plural, other {{leavers} member(s)}} who left more " +
    'than {leaversMonths} months ago removed, their figures kept anonymously. Google still keeps ' +
    "earlier versions in the spreadsheet's version history (File > Version history).",
  'digest.surveyLinkMissing':
    'Survey reminders are waiting: Settings has no survey form link. Run Peer Circle > ' +
    'Set up or repair to create the form.',
  'digest.footer': 'You get this weekly digest as a facilitator or organiser of {groupName}.',
} as const;
