import {
  nextStep,
  START_HERE_TEXT,
  startHereChecklist,
  StartHereState,
  startHereRows,
} from '../../src/domain/start-here';

const state = (over: Partial<StartHereState> = {}): StartHereState => ({
  settingsFilledIn: true,
  members: 3,
  responses: 1,
  instrumentsWithoutWording: [],
  lastCheck: { when: '8 Dec 10:00', problems: 0 },
  ...over,
});

describe('startHereChecklist', () => {
  it('lists five distinct steps, all done when the sheet shows each', () => {
    const list = startHereChecklist(state());
    expect(list).toHaveLength(5);
    expect(new Set(list.map((row) => row.step)).size).toBe(5);
    expect(list.every((row) => row.done)).toBe(true);
    expect(list.every((row) => row.how.trim() !== '')).toBe(true);
    expect(nextStep(list)).toBeNull();
  });

  it('marks each step to do from its own fact, in order', () => {
    const done = (over: Partial<StartHereState>) =>
      startHereChecklist(state(over)).map((row) => row.done);
    expect(done({ settingsFilledIn: false })).toEqual([false, true, true, true, true]);
    expect(done({ members: 0 })).toEqual([true, false, true, true, true]);
    expect(done({ responses: 0 })).toEqual([true, true, false, true, true]);
    expect(done({ instrumentsWithoutWording: ['PHQ-9'] })).toEqual([true, true, true, false, true]);
    expect(done({ lastCheck: null })).toEqual([true, true, true, true, false]);
    expect(done({ lastCheck: undefined })).toEqual([true, true, true, true, false]);
    expect(done({ lastCheck: { when: 'x', problems: 2 } })).toEqual([
      true,
      true,
      true,
      true,
      false,
    ]);
    expect(done({ members: 1, responses: 1 })).toEqual([true, true, true, true, true]);
  });

  it('names the instruments still waiting for wording', () => {
    const [, , , wording] = startHereChecklist(
      state({ instrumentsWithoutWording: ['PHQ-9', 'GAD-7'] }),
    );
    expect(wording.how).toContain('PHQ-9');
    expect(wording.how).toContain('GAD-7');
    const [, , , clear] = startHereChecklist(state());
    expect(clear.how).toBe(START_HERE_TEXT.wording.how);
  });

  it('says when the check last ran and how many problems it found', () => {
    const last = startHereChecklist(state({ lastCheck: { when: '7 Dec 09:30', problems: 3 } }))[4];
    expect(last.how).toContain('7 Dec 09:30');
    expect(last.how).toContain('3');
    const never = startHereChecklist(state({ lastCheck: null }))[4];
    expect(never.how).not.toContain('7 Dec');
    expect(last.how.startsWith(never.how)).toBe(true);
    expect(last.how.length).toBeGreaterThan(never.how.length);
  });
});

describe('startHereRows', () => {
  it('a header row, then each step with done or to do', () => {
    const list = startHereChecklist(state({ members: 0 }));
    const rows = startHereRows(list);
    expect(rows).toHaveLength(6);
    expect(rows[0]).toEqual([
      START_HERE_TEXT.headers.step,
      START_HERE_TEXT.headers.done,
      START_HERE_TEXT.headers.how,
    ]);
    expect(rows[1]).toEqual([list[0].step, START_HERE_TEXT.done, list[0].how]);
    expect(rows[2]).toEqual([list[1].step, START_HERE_TEXT.toDo, list[1].how]);
    expect(START_HERE_TEXT.done).not.toEqual(START_HERE_TEXT.toDo);
  });
});

describe('nextStep', () => {
  it('is the first step not done', () => {
    const list = startHereChecklist(state({ members: 0, responses: 0 }));
    expect(nextStep(list)).toBe(list[1]);
  });
});
