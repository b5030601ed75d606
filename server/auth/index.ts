/** Auth: better-auth over the drizzle database, the request's actor, first-run setup, invitations. */
export { ActorSchema, type Actor } from "./actor";
export { createAuth, type Auth, type AuthSettings } from "./create-auth";
export { getAuth, authSettingsFromEnv } from "./get-auth";
export { getActor } from "./get-actor";
export { actorForUser } from "./actor-for-user";
export { needsSetup } from "./needs-setup";
export { createChambersWithJudge } from "./create-chambers-with-judge";
export { inviteMember, INVITATION_TTL_MS } from "./invite-member";
export { acceptInvitation } from "./accept-invitation";
