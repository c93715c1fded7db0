import { createTestingContext } from '../testing-context';
import { createSessionService } from './session-service';

function setup() {
  const ctx = createTestingContext({
    timeZone: 'America/New_York',
    accountEmail: 'owner@example.org',
  });
  const session = createSessionService(ctx, { activeUserEmail: 'facilitator@example.org' });
  return { ctx, session, Session: session.global };
}

describe('Session', () => {
  it('reports the script time zone', () => {
    expect(setup().Session.getScriptTimeZone()).toBe('America/New_York');
  });

  it('separates the active user from the effective user', () => {
    const { Session } = setup();
    expect(Session.getActiveUser().getEmail()).toBe('facilitator@example.org');
    expect(Session.getEffectiveUser().getEmail()).toBe('owner@example.org');
  });

  it("can withhold the active user's email, as under a simple trigger", () => {
    const { Session, session } = setup();
    session.setActiveUserEmail('');
    expect(Session.getActiveUser().getEmail()).toBe('');
    expect(Session.getEffectiveUser().getEmail()).toBe('owner@example.org');
  });

  it('returns a locale and a stable, opaque temporary user key', () => {
    const { Session, session } = setup();
    expect(Session.getActiveUserLocale()).toBe('en');
    session.setLocale('pt_BR');
    expect(Session.getActiveUserLocale()).toBe('pt_BR');
    const key = Session.getTemporaryActiveUserKey();
    expect(key).toBe(Session.getTemporaryActiveUserKey());
    expect(key).not.toContain('facilitator');
    session.setActiveUserEmail('other@example.org');
    expect(Session.getTemporaryActiveUserKey()).not.toBe(key);
  });

  it('counts calls and honours injected faults', () => {
    const { ctx, Session } = setup();
    ctx.meter.injectFault({ service: 'Session', method: 'Session.getActiveUser', message: 'boom' });
    expect(() => Session.getActiveUser()).toThrow('boom');
    Session.getActiveUser().getEmail();
    expect(ctx.meter.snapshot()).toEqual({
      'Session.Session.getActiveUser': 1,
      'Session.User.getEmail': 1,
    });
  });
});
