/** Who the script runs as. */

/** The account the triggers run as (the organiser who ran Set up); '' when Google withholds it. */
export function scriptOwnerEmail(): string {
  return Session.getEffectiveUser().getEmail();
}
