/**
 * The Members tab as a facilitator keeps it: types each member in when they join, edits their
 * row when things change, and fills in "Do not pair with" as soon as both members are in the
 * tab: by the other's email while the script has not given them an id yet (Peer Circle
 * resolves emails and names), then by id once it has.
 */
import type { Environment } from '../../emulator/environment';
import { MEMBER_COLUMNS, TAB } from '../../src/domain/sheet/tabs';
import type { EventOf, ScenarioMember } from '../scenario-schema';
import { appendByHeader, column, DemoStepError, readTab, setCell } from './sheet-desk';

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

export class MembersDesk {
  /** Member key → data row index in the Members tab. */
  private readonly rowOf = new Map<string, number>();
  private readonly byKey: Map<string, ScenarioMember>;
  /** Keys whose "Do not pair with" cell still lacks someone's id. */
  private readonly incomplete = new Set<string>();

  constructor(
    private readonly env: Environment,
    members: readonly ScenarioMember[],
  ) {
    this.byKey = new Map(members.map((member) => [member.key, member]));
  }

  member(key: string): ScenarioMember {
    const member = this.byKey.get(key);
    if (!member) throw new DemoStepError(`no member with key "${key}"`);
    return member;
  }

  get addedCount(): number {
    return this.rowOf.size;
  }

  add(key: string): void {
    const member = this.member(key);
    const tab = readTab(this.env, TAB.members);
    const index = appendByHeader(this.env, tab, {
      [MEMBER_COLUMNS.name]: member.name,
      [MEMBER_COLUMNS.email]: member.email,
      [MEMBER_COLUMNS.joined]: member.joined,
      [MEMBER_COLUMNS.status]: member.status,
      [MEMBER_COLUMNS.roles]: member.roles.join(', '),
      [MEMBER_COLUMNS.unavailableFrom]: member.unavailable?.from ?? '',
      [MEMBER_COLUMNS.unavailableTo]: member.unavailable?.to ?? '',
      [MEMBER_COLUMNS.emailReminders]: yesNo(member.emailReminders),
      [MEMBER_COLUMNS.buddyProgramme]: yesNo(member.buddyProgramme),
      [MEMBER_COLUMNS.mentorCapacity]: member.mentorCapacity,
      [MEMBER_COLUMNS.notes]: member.notes,
    });
    this.rowOf.set(key, index);
    if (this.partnersOf(key).length > 0) this.incomplete.add(key);
    for (const partner of this.partnersOf(key))
      if (this.rowOf.has(partner)) this.incomplete.add(partner);
    this.fillDoNotPair();
  }

  update(event: EventOf<'update-member'>): void {
    const index = this.rowOf.get(event.member);
    if (index === undefined)
      throw new DemoStepError(`"${event.member}" is not in the Members tab yet`);
    const tab = readTab(this.env, TAB.members);
    const set = (name: string, value: unknown) => setCell(this.env, tab, index, name, value);
    if (event.status !== undefined) set(MEMBER_COLUMNS.status, event.status);
    if (event.unavailable !== undefined) {
      set(MEMBER_COLUMNS.unavailableFrom, event.unavailable?.from ?? '');
      set(MEMBER_COLUMNS.unavailableTo, event.unavailable?.to ?? '');
    }
    if (event.emailReminders !== undefined)
      set(MEMBER_COLUMNS.emailReminders, yesNo(event.emailReminders));
    if (event.buddyProgramme !== undefined)
      set(MEMBER_COLUMNS.buddyProgramme, yesNo(event.buddyProgramme));
    if (event.roles !== undefined) set(MEMBER_COLUMNS.roles, event.roles.join(', '));
  }

  /** The facilitator sets the member's Consent cell to withdrawn (SPEC section 9). */
  withdrawConsent(key: string): void {
    const index = this.rowOf.get(key);
    if (index === undefined) throw new DemoStepError(`"${key}" is not in the Members tab yet`);
    setCell(this.env, readTab(this.env, TAB.members), index, MEMBER_COLUMNS.consent, 'withdrawn');
  }

  /** The member's id as the script wrote it, or null before the script has assigned one. */
  idOf(key: string): string | null {
    const index = this.rowOf.get(key);
    if (index === undefined) return null;
    const tab = readTab(this.env, TAB.members);
    const id = String(tab.rows[index]?.[column(tab, MEMBER_COLUMNS.id)] ?? '').trim();
    return id === '' ? null : id;
  }

  /**
   * Writes "Do not pair with" for members whose partners are in the tab: ids where the script
   * has given them, emails until then. Cheap when none wait.
   */
  fillDoNotPair(): void {
    if (this.incomplete.size === 0) return;
    const tab = readTab(this.env, TAB.members);
    const idColumn = column(tab, MEMBER_COLUMNS.id);
    const idAt = (index: number) => String(tab.rows[index]?.[idColumn] ?? '').trim();
    for (const key of [...this.incomplete]) {
      const partners = this.partnersOf(key);
      const known = partners.flatMap((partner) => {
        const index = this.rowOf.get(partner);
        if (index === undefined) return [];
        const other = this.member(partner);
        return [{ id: idAt(index), fallback: other.email.trim() || other.name }];
      });
      const references = known.map(({ id, fallback }) => id || fallback);
      const ids = known.filter(({ id }) => id !== '');
      const index = this.rowOf.get(key);
      if (index === undefined) continue;
      const current = String(tab.rows[index]?.[column(tab, MEMBER_COLUMNS.doNotPairWith)] ?? '');
      if (references.join(', ') !== current)
        setCell(this.env, tab, index, MEMBER_COLUMNS.doNotPairWith, references.join(', '));
      if (ids.length === partners.length) this.incomplete.delete(key);
    }
  }

  /** Both directions: either member asking to be kept apart is enough to write it on both rows. */
  private partnersOf(key: string): string[] {
    const own = this.member(key).doNotPairWith;
    const others = [...this.byKey.values()]
      .filter((other) => other.doNotPairWith.includes(key))
      .map((other) => other.key);
    return [...new Set([...own, ...others])].sort();
  }
}
