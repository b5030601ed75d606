import type { Json } from "./json";
import { stayUnanswered } from "./stay-unanswered";

/**
 * Version 3 gives the stay, the certification and further rulings answers that version 2 assumed.
 * Each change of meaning is one function here, written so that an upgraded draft prints what it
 * printed under version 2; they run in order.
 */
const CHANGES: ReadonlyArray<(draft: Json) => Json> = [stayUnanswered];

export function fromVersion2(draft: Json): Json {
  return CHANGES.reduce<Json>((upgraded, change) => change(upgraded), { ...draft, schemaVersion: 3 });
}
