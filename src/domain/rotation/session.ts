/**
 * Chooses who takes each open role of one session: a minimum-cost assignment of roles to
 * members whose cost is a vector of tiers, compared lexicographically:
 *
 *   0. leave as few roles unfilled as possible;
 *   1. if some must stay unfilled, keep the earlier (more important) roles filled;
 *   2. never let a role's count run more than one ahead of a peer's (a member eligible for
 *      the same roles): the "breach" is the whole units by which the pick trails the most-owed
 *      peer in the ledger (rotation-ledger.ts);
 *   3. the same against every candidate for the role, as far as the roles people take allow;
 *   4. avoid duty in two sessions running;
 *   5. prefer the member most owed this role, then 6. the member most owed duty overall (who
 *      has done least lately keeps later sessions easy to balance).
 *
 * Fairness ranks above back-to-back because the SPEC bounds it ("within one"), while
 * back-to-back duty is avoided "when someone else could be" on duty: a pick that keeps counts
 * within one is someone who could be.
 *
 * Members are columns in id order and roles are rows in role order, so the result is
 * deterministic for the same input.
 */
import { FairnessLedger } from './ledger';
import { CostVector, minCostAssignment } from './hungarian';
import { isEligible } from './eligibility';
import { RotationMember } from './types';
import { MemberId } from '../types';

const TIER_COUNT = 7;
/** Deficits are sums of fractions; a gap this close to a whole unit is that unit. */
const ROUNDING_TOLERANCE = 1e-9;

export interface SessionChoiceInput {
  /** Open roles of the session, most important first. */
  rolesToFill: readonly string[];
  /** Importance of each role (0 = most important). */
  roleRank: ReadonlyMap<string, number>;
  /** Roles considered for the overall-duty tie-break. */
  allRoles: readonly string[];
  /** Active, available members not already holding a locked cell this session, in id order. */
  candidates: readonly RotationMember[];
  leadingRoles: ReadonlySet<string>;
  ledger: FairnessLedger;
  /** How many neighbouring sessions (previous, and next when already fixed) each member is on duty in. */
  neighbourDuty: ReadonlyMap<MemberId, number>;
}

interface RoleOutlook {
  eligible: boolean[];
  /** Whole units by which a pick would trail the most-owed member willing to take the same roles. */
  peerBreach: number[];
  /** The same against every candidate for the role. */
  breach: number[];
}

/**
 * Members eligible for the same roles are interchangeable in any session they both attend, so
 * keeping them within one of each other never costs another rule.
 */
function eligibilityProfile(member: RotationMember, input: SessionChoiceInput): string {
  return input.allRoles
    .map((role) => (isEligible(member, role, input.leadingRoles) ? '1' : '0'))
    .join('');
}

function outlookFor(
  role: string,
  profiles: readonly string[],
  input: SessionChoiceInput,
): RoleOutlook {
  const eligible = input.candidates.map((member) => isEligible(member, role, input.leadingRoles));
  const deficits = input.candidates.map((member) => input.ledger.deficit(member.id, role));
  let mostOwed = -Infinity;
  const mostOwedByProfile = new Map<string, number>();
  deficits.forEach((deficit, index) => {
    if (!eligible[index]) return;
    mostOwed = Math.max(mostOwed, deficit);
    mostOwedByProfile.set(
      profiles[index],
      Math.max(mostOwedByProfile.get(profiles[index]) ?? -Infinity, deficit),
    );
  });
  const unitsBehind = (best: number, deficit: number): number =>
    Math.floor(best - deficit + ROUNDING_TOLERANCE);
  const breach = deficits.map((deficit, index) =>
    eligible[index] ? unitsBehind(mostOwed, deficit) : 0,
  );
  const peerBreach = deficits.map((deficit, index) =>
    eligible[index] ? unitsBehind(mostOwedByProfile.get(profiles[index]) ?? deficit, deficit) : 0,
  );
  return { eligible, peerBreach, breach };
}

function overallDeficit(member: RotationMember, input: SessionChoiceInput): number {
  let total = 0;
  for (const role of input.allRoles) {
    if (isEligible(member, role, input.leadingRoles))
      total += input.ledger.deficit(member.id, role);
  }
  return total;
}

/** Returns the chosen member for each open role, or null when the role stays unfilled. */
export function chooseSessionAssignment(input: SessionChoiceInput): Map<string, MemberId | null> {
  const { rolesToFill, candidates } = input;
  const profiles = candidates.map((member) => eligibilityProfile(member, input));
  const outlooks = rolesToFill.map((role) => outlookFor(role, profiles, input));
  const overall = candidates.map((member) => overallDeficit(member, input));

  const rows = rolesToFill.map((role, roleIndex): Array<CostVector | null> => {
    const outlook = outlooks[roleIndex];
    const memberCells = candidates.map((member, index): CostVector | null => {
      if (!outlook.eligible[index]) return null;
      return [
        0,
        0,
        outlook.peerBreach[index],
        outlook.breach[index],
        input.neighbourDuty.get(member.id) ?? 0,
        -input.ledger.deficit(member.id, role),
        -overall[index],
      ];
    });
    // One "unfilled" column per role, usable by that role only, so a solution always exists.
    const unfilledCells = rolesToFill.map((_, otherIndex): CostVector | null => {
      if (otherIndex !== roleIndex) return null;
      const importance =
        input.allRoles.length - (input.roleRank.get(role) ?? input.allRoles.length);
      return [1, importance, 0, 0, 0, 0, 0];
    });
    return [...memberCells, ...unfilledCells];
  });

  const chosenColumns = minCostAssignment(rows, TIER_COUNT);
  const choice = new Map<string, MemberId | null>();
  rolesToFill.forEach((role, roleIndex) => {
    const column = chosenColumns[roleIndex];
    choice.set(role, column < candidates.length ? candidates[column].id : null);
  });
  return choice;
}
