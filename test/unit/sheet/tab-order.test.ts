import fc from 'fast-check';
import { arrangedOrder } from '../../../src/domain/sheet/tab-order';

describe('arrangedOrder', () => {
  it('puts preferred tabs first in their order, others as they stand, response tabs last', () => {
    const order = arrangedOrder(
      [
        { name: 'Surveys', formResponses: true },
        { name: 'Our notes', formResponses: false },
        { name: 'Members', formResponses: false },
        { name: 'Check-ins', formResponses: true },
        { name: 'Start here', formResponses: false },
        { name: 'Form Responses 3', formResponses: true },
      ],
      ['Start here', 'Members', 'Check-ins', 'Surveys'],
    );
    expect(order).toEqual([
      'Start here',
      'Members',
      'Our notes',
      'Check-ins',
      'Surveys',
      'Form Responses 3',
    ]);
  });

  it('orders the preferred tabs by the preference however they stand', () => {
    const tab = (name: string) => ({ name, formResponses: false });
    expect(arrangedOrder([tab('C'), tab('B'), tab('D'), tab('A')], ['A', 'B', 'C', 'D'])).toEqual([
      'A',
      'B',
      'C',
      'D',
    ]);
    const response = (name: string) => ({ name, formResponses: true });
    expect(
      arrangedOrder(
        [response('C'), response('B'), response('D'), response('A')],
        ['A', 'B', 'C', 'D'],
      ),
    ).toEqual(['A', 'B', 'C', 'D']);
  });

  it('keeps every tab exactly once and never puts a response tab before another tab', () => {
    const tabs = fc.uniqueArray(
      fc.record({
        name: fc.constantFrom<string>('A', 'B', 'C', 'D', 'E', 'F'),
        formResponses: fc.boolean(),
      }),
      { selector: (tab) => tab.name },
    );
    fc.assert(
      fc.property(
        tabs,
        fc.shuffledSubarray<string>(['A', 'B', 'C', 'D', 'E', 'F']),
        (list, preferred) => {
          const order = arrangedOrder(list, preferred);
          expect([...order].sort()).toEqual(list.map((tab) => tab.name).sort());
          const isResponse = new Map(list.map((tab) => [tab.name, tab.formResponses]));
          const firstResponse = order.findIndex((name) => isResponse.get(name));
          if (firstResponse >= 0)
            expect(order.slice(firstResponse).every((name) => isResponse.get(name))).toBe(true);
        },
      ),
    );
  });
});
