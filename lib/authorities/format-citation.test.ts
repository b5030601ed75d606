import { describe, expect, it } from "vitest";
import type { Signal } from "@/lib/order-doc/types";
import { formatCitation, type CitationForm } from "./format-citation";
import { getAuthority, getProposition } from "./registry";
import { starred } from "./testing";

function cite(
  id: string,
  prop: string | undefined,
  form: CitationForm,
  opts: { signal?: Signal; capitalize?: boolean; nested?: "full" | "short" } = {},
) {
  const authority = getAuthority(id);
  return formatCitation(authority, prop ? getProposition(id, prop) : undefined, form, {
    capitalize: opts.capitalize ?? true,
    ...(opts.signal ? { signal: opts.signal } : {}),
    ...(opts.nested ? { nestedForm: () => opts.nested ?? "full" } : {}),
  });
}

describe("each seed citation prints in its corrected full form", () => {
  it.each([
    // seed 000 (D.N.M.)
    [
      "pimentel-v-pimentel",
      "final-decisions",
      "*Pimentel & Sons Guitar Makers, Inc. v. Pimentel*, 477 F.3d 1151, 1153 (10th Cir. 2007) (citing 28 U.S.C. §\u00a01291)",
    ],
    ["eisen-v-carlisle-jacquelin", "piecemeal-appeals", "*Eisen v. Carlisle & Jacquelin*, 417 U.S. 156, 170 (1974)"],
    ["28-usc-1292-b", "may-certify", "28 U.S.C. §\u00a01292(b)"],
    [
      "coopers-lybrand-v-livesay",
      "exceptional-circumstances",
      "*Coopers & Lybrand v. Livesay*, 437 U.S. 463, 475 (1978) (quoting *Fisons, Ltd. v. United States*, 458 F.2d 1241, 1248 (7th Cir. 1972))",
    ],
    [
      "in-re-flor",
      "exceptional-circumstances",
      "*Flor v. BOT Fin. Corp. (In re Flor)*, 79 F.3d 281, 284 (2d Cir. 1996) (per curiam)",
    ],
    // seed 001 (E.D. Cal.)
    [
      "james-v-price-stern-sloan",
      "construed-narrowly",
      "*James v. Price Stern Sloan, Inc.*, 283 F.3d 1064, 1067 n.6 (9th Cir. 2002)",
    ],
    [
      "united-states-v-adam-bros",
      "purpose",
      "*United States v. Adam Bros. Farming, Inc.*, 369 F. Supp. 2d 1180, 1182 (C.D. Cal. 2004) (citation omitted)",
    ],
    ["ashelman-v-pope", "judicial-acts", "*Ashelman v. Pope*, 793 F.2d 1072, 1075 (9th Cir. 1986) (en banc)"],
    [
      "moore-v-brewster",
      "equitable-relief",
      "*Moore v. Brewster*, 96 F.3d 1240, 1243 (9th Cir. 1996), *superseded by statute on other grounds*, Federal Courts Improvement Act of 1996, Pub. L. No. 104-317, § 309(c), 110 Stat. 3853",
    ],
    ["pulliam-v-allen", "judicial-capacity", "*Pulliam v. Allen*, 466 U.S. 522, 541-42, 104 S. Ct. 1970, 1981 (1984)"],
    ["42-usc-1983", "judicial-officer-injunctive-relief", "42 U.S.C. §\u00a01983"],
    ["frap-5-a-3", "amend-order", "Fed. R. App. P. 5(a)(3)"],
    // seed 002 (S.D. Cal.)
    ["frcp-59-e", undefined, "Fed. R. Civ. P. 59(e)"],
    [
      "tripati-v-henman",
      "substantive-change",
      "*Tripati v. Henman*, 845 F.2d 205, 206 n.1 (9th Cir. 1988) (per curiam)",
    ],
    ["carroll-v-nakatani", "extraordinary-remedy", "*Carroll v. Nakatani*, 342 F.3d 934, 945 (9th Cir. 2003)"],
    [
      "mcdowell-v-calderon",
      "highly-unusual-circumstances",
      "*McDowell v. Calderon*, 197 F.3d 1253, 1255 (9th Cir. 1999) (en banc) (per curiam)",
    ],
    ["exxon-shipping-v-baker", "no-relitigation", "*Exxon Shipping Co. v. Baker*, 554 U.S. 471, 485 n.5 (2008)"],
    [
      "united-national-v-spectrum",
      "three-grounds",
      "*United Nat'l Ins. Co. v. Spectrum Worldwide, Inc.*, 555 F.3d 772, 780 (9th Cir. 2009) (citation omitted)",
    ],
    ["28-usc-1291", "final-decisions", "28 U.S.C. §\u00a01291"],
    [
      "in-re-cement-antitrust",
      "consent-of-both-courts",
      "*In re Cement Antitrust Litig.*, 673 F.2d 1020, 1025-26 (9th Cir. 1982)",
    ],
    [
      "united-states-v-tenet-healthcare",
      "sound-discretion",
      "*United States v. Tenet Healthcare Corp.*, No. CV04-857 GAF(JTLX), 2004 WL 3030121, at *1 (C.D. Cal. Dec. 27, 2004) (citing *Swint v. Chambers Cnty. Comm'n*, 514 U.S. 35, 47 (1995))",
    ],
    [
      "brizzee-v-fred-meyer",
      "unfettered-discretion",
      "*Brizzee v. Fred Meyer Stores, Inc.*, No. CV 04-1566-ST, 2008 WL 426510, at *3 (D. Or. Feb. 13, 2008)",
    ],
    [
      "in-re-gugliuzza",
      "no-jurisdiction-without-certification",
      "*Gugliuzza v. FTC (In re Gugliuzza)*, 852 F.3d 884, 898 (9th Cir. 2017) (noting that the Ninth Circuit lacks jurisdiction over a district court's order pursuant to § 1292 where the district court does not certify its decision for interlocutory review)",
    ],
    [
      "fukuda-v-county-of-los-angeles",
      "burden",
      "*Fukuda v. Cnty. of Los Angeles*, 630 F. Supp. 228, 229 (C.D. Cal. 1986)",
    ],
    [
      "villarreal-v-caremark",
      "all-three-required",
      "*Villarreal v. Caremark LLC*, 85 F. Supp. 3d 1063, 1067 (D. Ariz. 2015)",
    ],
    [
      "ahrenholz-v-board-of-trustees",
      "pure-question-of-law",
      "*Ahrenholz v. Bd. of Trs. of Univ. of Ill.*, 219 F.3d 674, 676-77 (7th Cir. 2000)",
    ],
  ] as const)("%s#%s", (id, prop, expected) => {
    expect(starred(cite(id, prop, "full"))).toBe(expected);
  });
});

describe("short forms", () => {
  it.each([
    ["in-re-cement-antitrust", "controlling", "*In re Cement Antitrust Litig.*, 673 F.2d at 1026"],
    ["in-re-cement-antitrust", "exceptional-situations", "*In re Cement Antitrust Litig.*, 673 F.2d at 1026"],
    [
      "brizzee-v-fred-meyer",
      "not-application-of-law",
      "*Brizzee*, 2008 WL 426510, at *4 (stating that a question of law is not an application of law to a particular set of facts)",
    ],
    [
      "brizzee-v-fred-meyer",
      "pure-question-of-law",
      "*Brizzee*, 2008 WL 426510, at *4 (citing *Ahrenholz*, 219 F.3d at 676-77)",
    ],
    [
      "in-re-gugliuzza",
      "no-jurisdiction-without-certification",
      "*In re Gugliuzza*, 852 F.3d at 898 (noting that the Ninth Circuit lacks jurisdiction over a district court's order pursuant to § 1292 where the district court does not certify its decision for interlocutory review)",
    ],
    ["in-re-flor", "first-impression-insufficient", "*In re Flor*, 79 F.3d at 284"],
    ["pulliam-v-allen", "judicial-capacity", "*Pulliam*, 466 U.S. at 541-42, 104 S. Ct. at 1981"],
    ["pulliam-v-allen", "question-presented", "*Pulliam*, 466 U.S. at 527"],
    [
      "coopers-lybrand-v-livesay",
      "exceptional-circumstances",
      "*Coopers & Lybrand*, 437 U.S. at 475 (quoting *Fisons*, 458 F.2d at 1248)",
    ],
    ["james-v-price-stern-sloan", "construed-narrowly", "*James*, 283 F.3d at 1067 n.6"],
    ["moore-v-brewster", "equitable-relief", "*Moore*, 96 F.3d at 1243"],
    ["united-states-v-adam-bros", "purpose", "*Adam Bros. Farming*, 369 F. Supp. 2d at 1182 (citation omitted)"],
    ["28-usc-1292-b", "certification-criteria", "§\u00a01292(b)"],
    ["frcp-59-e", "twenty-eight-days", "Fed. R. Civ. P. 59(e)"],
  ] as const)("%s#%s", (id, prop, expected) => {
    expect(starred(cite(id, prop, "short", { nested: "short" }))).toBe(expected);
  });

  it("omits the pin when the cite names no proposition", () => {
    expect(starred(cite("in-re-cement-antitrust", undefined, "short"))).toBe(
      "*In re Cement Antitrust Litig.*, 673 F.2d 1020",
    );
    expect(starred(cite("in-re-cement-antitrust", undefined, "full"))).toBe(
      "*In re Cement Antitrust Litig.*, 673 F.2d 1020 (9th Cir. 1982)",
    );
    expect(starred(cite("brizzee-v-fred-meyer", undefined, "short"))).toBe("*Brizzee*, 2008 WL 426510");
  });

  it("drops subsequent history from the short form", () => {
    expect(starred(cite("moore-v-brewster", "equitable-relief", "short"))).not.toContain("superseded");
  });
});

describe("Id.", () => {
  it.each([
    ["in-re-cement-antitrust", "three-elements", true, "*Id.* at 1026"],
    ["in-re-cement-antitrust", undefined, true, "*Id.*"],
    ["in-re-cement-antitrust", "three-elements", false, "*id.* at 1026"],
    ["brizzee-v-fred-meyer", "unfettered-discretion", true, "*Id.* at *3"],
    [
      "brizzee-v-fred-meyer",
      "pure-question-of-law",
      true,
      "*Id.* at *4 (citing *Ahrenholz v. Bd. of Trs. of Univ. of Ill.*, 219 F.3d 674, 676-77 (7th Cir. 2000))",
    ],
    ["pulliam-v-allen", "question-presented", true, "*Id.* at 527"],
    ["pulliam-v-allen", "judicial-capacity", true, "*Id.* at 541-42, 104 S. Ct. at 1981"],
    ["28-usc-1292-b", "certification-criteria", true, "*Id.*"],
  ] as const)("%s#%s (capitalized: %s)", (id, prop, capitalize, expected) => {
    expect(starred(cite(id, prop, "id", { capitalize }))).toBe(expected);
  });
});

describe("signals", () => {
  it.each<[Signal, boolean, string]>([
    ["see", true, "*See* *In re Flor*, 79 F.3d at 284"],
    ["see", false, "*see* *In re Flor*, 79 F.3d at 284"],
    ["see-also", false, "*see also* *In re Flor*, 79 F.3d at 284"],
    ["see-also", true, "*See also* *In re Flor*, 79 F.3d at 284"],
    ["cf", false, "*cf.* *In re Flor*, 79 F.3d at 284"],
    ["see-e-g", true, "*See, e.g.*, *In re Flor*, 79 F.3d at 284"],
    ["e-g", true, "*E.g.*, *In re Flor*, 79 F.3d at 284"],
    ["but-see", false, "*but see* *In re Flor*, 79 F.3d at 284"],
  ])("%s (capitalized: %s)", (signal, capitalize, expected) => {
    expect(starred(cite("in-re-flor", "first-impression-insufficient", "short", { signal, capitalize }))).toBe(
      expected,
    );
  });

  it("lower-cases Id. after a signal, whatever the position", () => {
    expect(
      starred(cite("brizzee-v-fred-meyer", "not-application-of-law", "id", { signal: "see", capitalize: true })),
    ).toBe(
      "*See* *id.* at *4 (stating that a question of law is not an application of law to a particular set of facts)",
    );
  });
});

describe("runs", () => {
  it("italicizes the case name and leaves the reporter roman", () => {
    expect(cite("in-re-cement-antitrust", "controlling", "full")).toEqual([
      { kind: "text", text: "In re Cement Antitrust Litig.", marks: ["italic"] },
      { kind: "text", text: ", 673 F.2d 1020, 1026 (9th Cir. 1982)" },
    ]);
  });
  it("leaves the comma after an e.g. signal roman", () => {
    const runs = cite("in-re-flor", "first-impression-insufficient", "short", { signal: "see-e-g" });
    expect(runs.slice(0, 2)).toEqual([
      { kind: "text", text: "See, e.g.", marks: ["italic"] },
      { kind: "text", text: ", " },
    ]);
  });
});

describe("quotations of sources outside the library", () => {
  it("prints Kona's treatise source in a quoting parenthetical", () => {
    expect(starred(cite("kona-v-estate-of-bishop", "extraordinary-remedy", "full"))).toBe(
      "*Kona Enters., Inc. v. Estate of Bishop*, 229 F.3d 877, 890 (9th Cir. 2000) (quoting 12 James Wm. Moore et al., *Moore's Federal Practice* § 59.30[4] (3d ed. 2000))",
    );
  });
  it("prints Koehler's omitted citation", () => {
    expect(starred(cite("koehler-v-bank-of-bermuda", "basic-tenet", "short"))).toBe(
      "*Koehler*, 101 F.3d at 865 (citation omitted)",
    );
  });
});
