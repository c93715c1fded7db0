/**
 * Where each tab belongs: "Start here" first, then the facilitators' tabs in the order they
 * use them, then any tab of the group's own, and the forms' raw response tabs last (Google
 * inserts a new response tab at the front, where it would be the first thing a volunteer sees).
 */
export interface TabPlace {
  name: string;
  /** A form's response tab (Google made it; it may carry any name). */
  formResponses: boolean;
}

/**
 * The order to arrange `tabs` in: the names in `preferred` first, in that order; then the tabs
 * that are neither preferred nor response tabs, as they stand; then the response tabs, those
 * named in `preferred` in that order, then any other. Pure: the same input, the same order.
 */
export function arrangedOrder(tabs: readonly TabPlace[], preferred: readonly string[]): string[] {
  const rank = new Map(preferred.map((name, index) => [name, index]));
  const byRank = (group: readonly TabPlace[]) => [
    ...group
      .filter((tab) => rank.has(tab.name))
      .sort((a, b) => (rank.get(a.name) ?? 0) - (rank.get(b.name) ?? 0)),
    ...group.filter((tab) => !rank.has(tab.name)),
  ];
  const known = byRank(tabs.filter((tab) => !tab.formResponses)).filter((tab) =>
    rank.has(tab.name),
  );
  const others = tabs.filter((tab) => !rank.has(tab.name) && !tab.formResponses);
  const responses = byRank(tabs.filter((tab) => tab.formResponses));
  return [...known, ...others, ...responses].map((tab) => tab.name);
}
