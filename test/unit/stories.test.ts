import {
  decideStory,
  STORY_ITEMS,
  STORY_STATUS,
  STORY_TEXT,
  StoryRow,
  storyConsent,
} from '../../src/domain/stories';

const row = (over: Partial<StoryRow> = {}): StoryRow => ({
  key: 'k1',
  memberId: 'M0001',
  received: '2026-03-01',
  asWritten: 'The group helped me sleep again.',
  forReport: '',
  approved: true,
  ...over,
});

describe('storyConsent', () => {
  it('reads the two choices and anything else as not answered', () => {
    expect(storyConsent(STORY_TEXT.consentYes)).toBe(true);
    expect(storyConsent(` ${STORY_TEXT.consentNo} `)).toBe(false);
    expect(storyConsent(null)).toBeNull();
    expect(storyConsent(undefined)).toBeNull();
    expect(storyConsent('')).toBeNull();
    expect(storyConsent('yes')).toBeNull();
  });
});

describe('STORY_ITEMS', () => {
  it('asks an optional story and an optional consent with both choices, after a section', () => {
    expect(STORY_ITEMS.map((item) => item.kind)).toEqual(['section', 'paragraph', 'choice']);
    const [, story, consent] = STORY_ITEMS;
    expect(story).toMatchObject({ title: STORY_TEXT.story, required: false });
    expect(consent).toMatchObject({
      title: STORY_TEXT.consent,
      required: false,
      choices: [STORY_TEXT.consentYes, STORY_TEXT.consentNo],
    });
  });
});

describe('decideStory', () => {
  it('quotes an approved story with consent that names no one', () => {
    expect(decideStory(row(), true, true, ['Ann Lee'])).toEqual({
      consent: 'yes',
      status: STORY_STATUS.quoted,
      quote: 'The group helped me sleep again.',
    });
  });

  it('quotes the edited text when there is one, trimmed, else the story as written', () => {
    expect(decideStory(row({ forReport: '  Edited.  ' }), true, null, []).quote).toBe('Edited.');
    expect(
      decideStory(row({ forReport: '   ', asWritten: ' As is. ' }), true, null, []).quote,
    ).toBe('As is.');
  });

  it('without consent given it is never quoted, whatever came later', () => {
    for (const given of [false, null]) {
      for (const latest of [true, false, null]) {
        const decision = decideStory(row(), given, latest, []);
        expect(decision).toEqual({ consent: 'no', status: STORY_STATUS.noConsent, quote: null });
      }
    }
  });

  it('a later no withdraws consent; a later blank does not', () => {
    expect(decideStory(row(), true, false, [])).toEqual({
      consent: 'withdrawn',
      status: STORY_STATUS.withdrawn,
      quote: null,
    });
    expect(decideStory(row(), true, null, []).consent).toBe('yes');
  });

  it('an empty story is not quoted', () => {
    const decision = decideStory(row({ asWritten: '  ', forReport: '' }), true, true, []);
    expect(decision).toEqual({ consent: 'yes', status: STORY_STATUS.empty, quote: null });
  });

  it('waits for approval', () => {
    const decision = decideStory(row({ approved: false }), true, true, []);
    expect(decision).toEqual({ consent: 'yes', status: STORY_STATUS.waiting, quote: null });
  });

  it('a name, before approval is even looked at, stops it; matched as a whole word, any case', () => {
    const named = row({ asWritten: 'Thanks to ann, I came back.', approved: false });
    expect(decideStory(named, true, true, ['Ann Lee']).status).toBe(STORY_STATUS.names);
    expect(decideStory(row({ asWritten: 'Our annual trip.' }), true, true, ['Ann']).status).toBe(
      STORY_STATUS.quoted,
    );
    expect(decideStory(row({ asWritten: 'I met LEE.' }), true, true, ['Ann Lee']).status).toBe(
      STORY_STATUS.names,
    );
  });

  it('the edited text is what is checked for names', () => {
    const edited = row({ asWritten: 'Ann helped.', forReport: 'Someone helped.' });
    expect(decideStory(edited, true, true, ['Ann']).quote).toBe('Someone helped.');
    const worse = row({ asWritten: 'Someone helped.', forReport: 'Ann helped.' });
    expect(decideStory(worse, true, true, ['Ann']).status).toBe(STORY_STATUS.names);
  });

  it('ignores one-letter name parts and splits words at punctuation, keeping apostrophes', () => {
    expect(
      decideStory(row({ asWritten: 'I said J was kind.' }), true, true, ['J Smith']).status,
    ).toBe(STORY_STATUS.quoted);
    expect(decideStory(row({ asWritten: 'Thanks,Bo!' }), true, true, ['Bo']).status).toBe(
      STORY_STATUS.names,
    );
    expect(decideStory(row({ asWritten: "Bo's help." }), true, true, ['Bo']).status).toBe(
      STORY_STATUS.quoted,
    );
    expect(decideStory(row({ asWritten: "O'Neil helped." }), true, true, ["O'Neil"]).status).toBe(
      STORY_STATUS.names,
    );
    expect(
      decideStory(row({ asWritten: 'Jean-Luc helped.' }), true, true, ['Jean-Luc']).status,
    ).toBe(STORY_STATUS.names);
    expect(decideStory(row({ asWritten: 'Zoë helped.' }), true, true, ['zoë']).status).toBe(
      STORY_STATUS.names,
    );
    expect(decideStory(row({ asWritten: 'Room 42 helped.' }), true, true, ['42']).status).toBe(
      STORY_STATUS.names,
    );
    expect(decideStory(row({ asWritten: 'Ann  Lee' }), true, true, ['Mary   Ann']).status).toBe(
      STORY_STATUS.names,
    );
    expect(decideStory(row(), true, true, ['']).status).toBe(STORY_STATUS.quoted);
  });
});
