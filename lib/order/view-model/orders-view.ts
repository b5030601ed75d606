import { formatLongDate } from "@/lib/dates/format-date";
import type { MotionDraft } from "@/lib/motion/schema";
import { oneParagraph } from "../clerk-text";
import { docketDirective } from "../directives";
import { asPhrase } from "./clerk-sentence";

type OrderNamed = { date?: string | undefined; docketNumber?: string | undefined };

/** "February 14, 2020 Order" (or "Order" undated), as the templates have always named the order under review. */
const orderRef = (order: OrderNamed) => (order.date ? `${formatLongDate(order.date)} Order` : "Order");
/** Its docket citation as a clause, Markdown: "(Doc. No. 198)". */
const docketClause = (order: OrderNamed) => (order.docketNumber ? docketDirective([order.docketNumber], "clause") : "");
/** The order named with its citation, Markdown: "February 14, 2020 Order (Doc. No. 198)". */
const withCite = (order: OrderNamed) => [orderRef(order), docketClause(order)].filter(Boolean).join(" ");

/** "A", "A and its B", "A, its B, and its C": orders after "the Court's" or "its". */
function joinOwned(refs: string[]): string {
  const owned = refs.map((ref, index) => (index === 0 ? ref : `its ${ref}`));
  if (owned.length <= 2) return owned.join(" and ");
  return `${owned.slice(0, -1).join(", ")}, and ${owned.at(-1)}`;
}

/** "the A" / "the A and the B": orders after a bare article. */
function joinThe(refs: string[]): string {
  const named = refs.map((ref) => `the ${ref}`);
  if (named.length <= 2) return named.join(" and ");
  return `${named.slice(0, -1).join(", ")}, and ${named.at(-1)}`;
}

/**
 * The orders under review as the templates name them: the first (`orderUnderReview`) and any
 * further ones. With one order every phrase is the one the templates printed before ("its February
 * 14, 2020 Order (Doc. No. 198) involves …"); with several they are joined and agree in number.
 * `certified_*` name the orders a grant certifies: each further order follows the certification
 * decision unless the court decided it apart, and those refused are named in `refused_owned`.
 */
export function ordersView(draft: MotionDraft, granted: boolean) {
  const first = draft.orderUnderReview;
  const further = draft.furtherOrders ?? [];
  const all: OrderNamed[] = [first, ...further];
  const certified = [first, ...further.filter((order) => (order.certificationDecision ?? "grant") === "grant")];
  const refused = further.filter((order) => order.certificationDecision === "deny");
  // What a grant certifies, or (otherwise) what the motion asks to certify, is what the order names.
  const named = granted ? certified : all;
  const several = named.length > 1;
  return {
    several,
    /** Markdown, after "the Court's" or "its": each order named, with its citation. */
    owned_with_cites: joinOwned(named.map(withCite)),
    /** After a verb: "the February 14, 2020 Order" or "the March 3, 2020 Order and the October 2, 2020 Order". */
    the_refs: joinThe(named.map(orderRef)),
    is_are: several ? "are" : "is",
    s_involves: several ? "involve" : "involves",
    /** Every order the motion asks to certify (the introduction's "to certify the Court's …"). */
    asked_several: all.length > 1,
    asked_owned_with_cites: joinOwned(all.map(withCite)),
    asked_it_them: all.length > 1 ? "them" : "it",
    /** Markdown: the further orders the court declines to certify although it grants the motion. */
    refused_owned_with_cites: granted ? joinOwned(refused.map(withCite)) : "",
    /** The further orders for the introduction: "and its order entered on October 2, 2020 (ECF No. 33) denying …". */
    further: further.map((order) => ({
      date_long: order.date ? formatLongDate(order.date) : "",
      docket_clause: docketClause(order),
      decided: asPhrase(oneParagraph(order.decided ?? "")),
    })),
  };
}
