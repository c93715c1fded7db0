/**
 * Plain-data contract of the rotation planner. The adapter builds it from the Members, Sessions
 * and Rotation tabs; the planner never reads a sheet.
 */
import { IsoDate, MemberId, RotationAssignment, SessionStatus } from '../types';

/** An inclusive date range; a null end is open on that side. */
export interface DateRange {
  from: IsoDate | null;
  to: IsoDate | null;
}

export interface RotationMember {
  id: MemberId;
  /** Role names the member is willing to take. */
  roles: string[];
  /** Excused absences: the member is neither picked nor owed duty on these dates. */
  unavailable: DateRange[];
  /** Newcomers take supporting roles only (never a leading role). */
  isNewcomer: boolean;
  active: boolean;
  /** When given, the member is owed no share of duties from sessions before this date. */
  joined?: IsoDate;
}

export interface SessionToPlan {
  date: IsoDate;
  status: SessionStatus;
}

export interface RotationInput {
  /** Roles every session needs, most important first: when not all can be filled, the later ones stay unfilled. */
  roles: string[];
  /** Roles newcomers do not take; defaults to ['Facilitator']. */
  leadingRoles?: string[];
  members: RotationMember[];
  /** The planning window. Cancelled sessions are skipped. */
  sessionsToPlan: SessionToPlan[];
  /** Past cells: counted for fairness, never changed. */
  history: RotationAssignment[];
  /** Manually set cells inside the window: kept exactly as they are. */
  locked: RotationAssignment[];
}

export interface UnfilledRole {
  date: IsoDate;
  role: string;
  reason: string;
}

export interface RotationPlan {
  /** Every (date, role) cell of the window, date order then role order; memberId null when unfilled. */
  assignments: RotationAssignment[];
  unfilled: UnfilledRole[];
}

export const DEFAULT_LEADING_ROLES: readonly string[] = ['Facilitator'];
