import { registerEnumType } from "type-graphql";

/** How the resident meets the service; an app that exists to hold video visits counts as VIDEO. */
export enum EServiceChannel {
  WEB = "WEB",
  APP = "APP",
  CHAT = "CHAT",
  VIDEO = "VIDEO",
  SMS = "SMS",
}
registerEnumType(EServiceChannel, { name: "EServiceChannel", description: "How the resident meets the service." });
