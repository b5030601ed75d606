import type { Inline, Signal } from "@/lib/order-doc/types";

/** Bluebook R1.2 signals as printed in lower case; "e.g." combinations take a roman comma after. */
const SIGNAL_TEXT: Record<Signal, string> = {
  see: "see",
  "see-also": "see also",
  cf: "cf.",
  compare: "compare",
  "but-see": "but see",
  "see-generally": "see generally",
  "e-g": "e.g.",
  "see-e-g": "see, e.g.",
  accord: "accord",
};

const capitalizeFirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The italic signal and the separator after it (citations and docket references alike): "*See* ", "*See, e.g.*, ". */
export function signalRuns(signal: Signal, capitalize: boolean): Inline[] {
  const text = SIGNAL_TEXT[signal];
  const printed = capitalize ? capitalizeFirst(text) : text;
  return [
    { kind: "text", text: printed, marks: ["italic"] },
    { kind: "text", text: text.endsWith("e.g.") ? ", " : " " },
  ];
}
