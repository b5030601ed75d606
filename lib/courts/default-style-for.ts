import { DEFAULT_STYLE, type StyleProfile } from "@/lib/style/style-profile";
import { getDistrict } from "./get-district";
import { mergeStyle } from "./merge-style";

/** The style profile a new chambers in this district starts from: DEFAULT_STYLE with the district's overrides. */
export function defaultStyleFor(districtId: string): StyleProfile {
  return mergeStyle(DEFAULT_STYLE, getDistrict(districtId).styleOverrides);
}
