/**
 * Withdrawn consent (SPEC section 9, domain/consent.ts): the figure inputs without the members
 * who withdrew, so every outcome tab and the report are those of the group without them. Their
 * check-ins, surveys, register marks, duties and working-group places all leave; sessions,
 * activities (whose "members involved" is the facilitators' head count) and the anonymous
 * feedback stay, being about no one.
 */
import type { MemberId } from '../types';
import type { OutcomeInput } from './inputs';

export function leaveOutWithdrawn<T extends OutcomeInput>(
  input: T,
  withdrawn: ReadonlySet<MemberId>,
): T {
  if (withdrawn.size === 0) return input;
  const counted = (memberId: MemberId | null) => memberId === null || !withdrawn.has(memberId);
  return {
    ...input,
    withdrawnLeftOut: true,
    members: input.members.filter((member) => counted(member.id)),
    checkIns: input.checkIns.filter((checkIn) => counted(checkIn.memberId)),
    surveys: input.surveys.filter((survey) => counted(survey.memberId)),
    ...(input.rotation
      ? { rotation: input.rotation.filter((duty) => counted(duty.memberId)) }
      : {}),
    ...(input.register
      ? {
          register: {
            sessions: input.register.sessions,
            present: input.register.present.filter((mark) => counted(mark.memberId)),
          },
        }
      : {}),
    ...(input.workingGroups
      ? {
          workingGroups: input.workingGroups.map((group) => ({
            ...group,
            memberIds: group.memberIds.filter((id) => counted(id)),
          })),
        }
      : {}),
  };
}
