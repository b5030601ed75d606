import type { Role } from "./schema";

/** A role as a screen names it beside a person's name: "Sam Okafor (law clerk)". */
export const ROLE_LABELS: Record<Role, string> = {
  clerk: "law clerk",
  judge: "judge",
  admin: "chambers administrator",
};

/** The judge and the chambers administrator invite, rename and offboard members; a clerk does not. */
export const mayManageMembers = (role: Role): boolean => role === "judge" || role === "admin";

/** Only a judge makes someone a judge (who could then approve orders); the administrator grants the other roles. */
export const mayGrant = (actorRole: Role, role: Role): boolean =>
  role === "judge" ? actorRole === "judge" : mayManageMembers(actorRole);

/**
 * Whether `actor` may rename, change the role of, end the sessions of, or remove `member`: never
 * themselves (a judge cannot demote or remove the last judge by accident), and a judge only when
 * the actor is a judge.
 */
export const mayManage = (actor: { userId: string; role: Role }, member: { userId: string; role: Role }): boolean =>
  actor.userId !== member.userId && mayGrant(actor.role, member.role);
