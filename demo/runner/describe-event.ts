/** One line per scenario event for the log, in a facilitator's words. */
import type { ScenarioEvent } from '../scenario-schema';

export function describeEvent(
  event: ScenarioEvent,
  nameOf: (key: string) => string,
  emailOf: (key: string) => string,
): string {
  const who = (e: { member?: string; email?: string }) =>
    e.member !== undefined ? `${nameOf(e.member)} <${emailOf(e.member)}>` : `<${e.email ?? ''}>`;
  const line = ((): string => {
    switch (event.type) {
      case 'add-member':
        return `Members tab: a facilitator adds ${nameOf(event.member)}`;
      case 'update-member': {
        const changes = [
          event.status !== undefined ? `status ${event.status}` : null,
          event.unavailable !== undefined
            ? event.unavailable
              ? `unavailable ${event.unavailable.from} to ${event.unavailable.to}`
              : 'available again'
            : null,
          event.emailReminders !== undefined
            ? `email reminders ${event.emailReminders ? 'on' : 'off'}`
            : null,
          event.buddyProgramme !== undefined
            ? `buddy programme ${event.buddyProgramme ? 'yes' : 'no'}`
            : null,
          event.roles !== undefined ? `roles ${event.roles.join(', ') || '(none)'}` : null,
        ].filter((change): change is string => change !== null);
        return `Members tab: ${nameOf(event.member)}: ${changes.join('; ') || 'no change'}`;
      }
      case 'checkin':
        return `Check-in form: ${who(event)} (${event.answers.participation}${event.answers.sessionDate ? `, session ${event.answers.sessionDate}` : ''})`;
      case 'survey':
        return `Survey form: ${who(event)} (${Object.keys(event.answers).length} answers${event.story !== undefined ? ', with a story' : ''})`;
      case 'raw-submission':
        return `${event.form === 'checkin' ? 'Check-in' : 'Survey'} form, unchecked submission: ${who(event)}`;
      case 'feedback':
        return `Group feedback form (anonymous): rating ${event.answers.rating}`;
      case 'community':
        return `Community survey (anonymous): event code "${event.eventCode}", ${event.timing} the event`;
      case 'approve-story':
        return `Stories tab: a facilitator approves ${nameOf(event.member)}'s story`;
      case 'activity':
        return `Activities tab: ${event.kind} on ${event.date}, "${event.description}"${event.eventCode !== undefined ? `, event code ${event.eventCode}` : ''}`;
      case 'working-group':
        return `Working groups tab: "${event.name}" (${event.status}, ${event.members.length} member(s))`;
      case 'session':
        return `Sessions tab: ${event.date}${event.status ? ` marked ${event.status}` : ''}${event.topic !== undefined ? ` topic "${event.topic}"` : ''}`;
      case 'menu':
        return `Menu: Peer Circle > ${event.item}${event.prompt !== undefined ? ` (will type "${event.prompt}")` : ''}`;
      case 'fix-review':
        return `Review tab: a facilitator sets the row from <${event.email}> to ${event.action}${Object.keys(event.set).length ? ` after correcting ${Object.keys(event.set).join(', ')}` : ''}`;
      case 'contact-done':
        return `Contact requests tab: a facilitator marks ${nameOf(event.member)}'s request done`;
      case 'withdraw-consent':
        return `Members tab: ${nameOf(event.member)} withdraws consent (Consent: withdrawn)`;
      case 'wait':
        return 'time passes';
    }
  })();
  return event.note ? `${line} — ${event.note}` : line;
}
