/** Role names as the group typed them, compared and ordered the same way everywhere. */

export function sameRole(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** Settings order first (the order the group lists its roles), then any other role by name. */
export function compareRoles(configured: readonly string[]): (a: string, b: string) => number {
  const rank = (role: string) => {
    const index = configured.findIndex((candidate) => sameRole(candidate, role));
    return index === -1 ? configured.length : index;
  };
  return (a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}
