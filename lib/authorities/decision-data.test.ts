import { describe, expect, it } from "vitest";
import { listAuthorities } from "./index";
import { pinPages } from "./pin-pages";
import { isWestlawCite, type CaseAuthority, type ReporterCite } from "./types";

/*
 * Every case carries its date of decision and the last page of its opinion, each with the URL where
 * it was seen (an order may not cite a case decided after it; a pin past the last page is not in the
 * opinion), or it is listed below with the reason it is still open. Remove a case from a list when
 * you add its data: the lists may only shrink. Never fill a gap with a guess: an absent date or page
 * is correct, a guessed one is not.
 */

/** Not yet looked up in a source. */
const NOT_YET = "not yet looked up";
/** Looked up: the copies in the search corpus show the opinion's opening, never its last page. */
const OPENING_ONLY = "sources seen show only the opinion's opening pages";
/** Looked up: no copy of the opinion itself was found. */
const NOT_FOUND = "no copy of the opinion found in the search corpus";

/** Cases without a verified date of decision, and why. */
const UNDATED: Readonly<Record<string, string>> = {
  "brizzee-v-fred-meyer": "no copy of 2008 WL 426510 in the search corpus; the date in the cite is the seed order's",
  "camacho-v-puerto-rico-ports-authority":
    "the search corpus holds the D.P.R. 2003 opinions, not the First Circuit's 369 F.3d 570",
  "carbajal-v-keefer": "copies seen (cetient, studicata) show no date of decision",
  "consub-v-schahin": NOT_YET,
  "couch-v-telescope": NOT_YET,
  "fisons-v-united-states": NOT_YET,
  "fukuda-v-county-of-los-angeles": NOT_YET,
  "ictsi-v-ilwu": NOT_YET,
  "in-re-cement-antitrust": NOT_YET,
  "in-re-city-of-memphis": NOT_YET,
  "in-re-flor": NOT_YET,
  "in-re-gugliuzza": NOT_YET,
  "in-re-trump-fourth-circuit": NOT_YET,
  "in-re-trump-sixth-circuit": NOT_YET,
  "innovative-home-health-care": NOT_YET,
  "james-v-price-stern-sloan": NOT_YET,
  "judicial-watch-v-nepdg": NOT_YET,
  "katz-v-carte-blanche": NOT_YET,
  "klinghoffer-v-achille-lauro": NOT_YET,
  "koehler-v-bank-of-bermuda": NOT_YET,
  "kona-v-estate-of-bishop": NOT_YET,
  "leiva-perez-v-holder": NOT_YET,
  "mamani-v-berzain": NOT_YET,
  "mayfield-v-nascar": NOT_YET,
  "mcdowell-v-calderon": NOT_YET,
  "mcfarlin-v-conseco": NOT_YET,
  "michaels-v-agape-senior-community": NOT_YET,
  "moore-v-brewster": NOT_YET,
  "myles-v-laffitte": NOT_YET,
  "nordgren-v-hennepin-county": NOT_YET,
  "perez-v-lorraine-enterprises": NOT_YET,
  "pimentel-v-pimentel": NOT_YET,
  "ray-v-american-national-red-cross": NOT_YET,
  "reese-v-bp-exploration": NOT_YET,
  "runnion-v-girl-scouts": NOT_YET,
  "santa-monica-baykeeper": NOT_YET,
  "school-district-1j-v-acands": NOT_YET,
  "servants-of-paraclete-v-does": NOT_YET,
  "templet-v-hydrochem": NOT_YET,
  "tripati-v-henman": NOT_YET,
  "union-county-v-piper-jaffray": NOT_YET,
  "united-national-v-spectrum": NOT_YET,
  "united-states-v-adam-bros": NOT_YET,
  "united-states-v-garner": NOT_YET,
  "united-states-v-tenet-healthcare": NOT_YET,
  "villarreal-v-caremark": NOT_YET,
  "west-tennessee-chapter-v-city-of-memphis": NOT_YET,
  "white-v-nix": NOT_YET,
};

/** Cases with a reporter cite but no verified last page, and why. (A Westlaw cite has no last page.) */
const WITHOUT_LAST_PAGE: Readonly<Record<string, string>> = {
  "ahrenholz-v-board-of-trustees": OPENING_ONLY,
  "allstate-v-herron": OPENING_ONLY,
  "ashelman-v-pope": OPENING_ONLY,
  "camacho-v-puerto-rico-ports-authority": NOT_FOUND,
  "caraballo-seda-v-municipality-of-hormigueros": OPENING_ONLY,
  "carbajal-v-keefer": OPENING_ONLY,
  "carpenter-v-boeing": OPENING_ONLY,
  "carroll-v-nakatani": OPENING_ONLY,
  "caterpillar-v-lewis":
    "onecle's per-page copy was seen to page 15 (519 U.S. 75) of at least 18; the last page was not reached",
  "clark-dietz-v-basic-construction": OPENING_ONLY,
  "consub-v-schahin": NOT_YET,
  "coopers-lybrand-v-livesay": OPENING_ONLY,
  "couch-v-telescope": NOT_YET,
  "eisen-v-carlisle-jacquelin": OPENING_ONLY,
  "exxon-shipping-v-baker": OPENING_ONLY,
  "fisons-v-united-states": NOT_YET,
  "fukuda-v-county-of-los-angeles": NOT_YET,
  "hilton-v-braunskill": OPENING_ONLY,
  "ictsi-v-ilwu": NOT_YET,
  "in-re-cement-antitrust": NOT_YET,
  "in-re-city-of-memphis": NOT_YET,
  "in-re-flor": NOT_YET,
  "in-re-gugliuzza": NOT_YET,
  "in-re-trump-fourth-circuit": NOT_YET,
  "in-re-trump-sixth-circuit": NOT_YET,
  "innovative-home-health-care": NOT_YET,
  "james-v-price-stern-sloan": NOT_YET,
  "judicial-watch-v-nepdg": NOT_YET,
  "katz-v-carte-blanche": NOT_YET,
  "klinghoffer-v-achille-lauro": NOT_YET,
  "koehler-v-bank-of-bermuda": NOT_YET,
  "kona-v-estate-of-bishop": NOT_YET,
  "landis-v-north-american": OPENING_ONLY,
  "leiva-perez-v-holder": NOT_YET,
  "mamani-v-berzain": NOT_YET,
  "mayfield-v-nascar": NOT_YET,
  "mcdowell-v-calderon": NOT_YET,
  "mcfarlin-v-conseco": NOT_YET,
  "michaels-v-agape-senior-community": NOT_YET,
  "mitchell-v-forsyth": "the copy seen (fdocuments) shows the caption and syllabus, not the opinion's last page",
  "mohawk-v-carpenter": OPENING_ONLY,
  "moore-v-brewster": NOT_YET,
  "myles-v-laffitte": NOT_YET,
  "nken-v-holder": OPENING_ONLY,
  "nordgren-v-hennepin-county": NOT_YET,
  "perez-v-lorraine-enterprises": NOT_YET,
  "pimentel-v-pimentel": NOT_YET,
  "pulliam-v-allen": OPENING_ONLY,
  "ray-v-american-national-red-cross": NOT_YET,
  "reese-v-bp-exploration": NOT_YET,
  "runnion-v-girl-scouts": NOT_YET,
  "santa-monica-baykeeper": NOT_YET,
  "school-district-1j-v-acands": NOT_YET,
  "servants-of-paraclete-v-does": NOT_YET,
  "swint-v-chambers-county": "onecle's per-page copy was seen at 514 U.S. 44-45; the last page was not reached",
  "templet-v-hydrochem": NOT_YET,
  "tripati-v-henman": NOT_YET,
  "union-county-v-piper-jaffray": NOT_YET,
  "united-national-v-spectrum": NOT_YET,
  "united-states-v-adam-bros": NOT_YET,
  "united-states-v-garner": NOT_YET,
  "united-states-v-nixon": OPENING_ONLY,
  "villarreal-v-caremark": NOT_YET,
  "west-tennessee-chapter-v-city-of-memphis": NOT_YET,
  "white-v-nix": NOT_YET,
};

const cases = listAuthorities().filter((a): a is CaseAuthority => a.kind === "case");
const byId = new Map(cases.map((c) => [c.id, c]));
const reporterCite = (c: CaseAuthority): ReporterCite | undefined => (isWestlawCite(c.cite) ? undefined : c.cite);

describe("decision dates and last pages", () => {
  it.each(cases.map((c) => [c.id, c] as const))("%s has a sourced date of decision or is listed as open", (id, c) => {
    if (UNDATED[id] !== undefined) expect(c.decided, `${id} has a date now: remove it from UNDATED`).toBeUndefined();
    else
      expect([c.decided, c.decidedSource].every(Boolean), `${id}: add decided + decidedSource or list it`).toBe(true);
  });

  it.each(cases.map((c) => [c.id, c] as const))("%s has a sourced last page or is listed as open", (id, c) => {
    const cite = reporterCite(c);
    if (WITHOUT_LAST_PAGE[id] !== undefined) {
      expect(cite, `${id} has a Westlaw cite, which has no last page`).toBeDefined();
      expect(cite?.lastPage, `${id} has a last page now: remove it from WITHOUT_LAST_PAGE`).toBeUndefined();
    } else if (cite) {
      expect(
        [cite.lastPage, cite.lastPageSource].every(Boolean),
        `${id}: add lastPage + lastPageSource or list it`,
      ).toBe(true);
    }
  });

  it("lists only cases in the library", () => {
    for (const id of [...Object.keys(UNDATED), ...Object.keys(WITHOUT_LAST_PAGE)]) expect(byId.has(id), id).toBe(true);
  });

  it.each(cases.filter((c) => reporterCite(c)?.lastPage !== undefined).map((c) => [c.id, c] as const))(
    "%s: the last page follows the first and every verified pin lies within the opinion",
    (_id, c) => {
      const { firstPage, lastPage = 0 } = reporterCite(c) ?? { firstPage: 0 };
      expect(lastPage).toBeGreaterThanOrEqual(firstPage);
      for (const p of c.propositions.filter((q) => q.pinVerified && q.pin !== undefined)) {
        const pages = pinPages(p.pin ?? "");
        expect(pages, `${c.id}#${p.id}: ${p.pin} is not a page pin`).toBeDefined();
        expect(pages?.first, `${c.id}#${p.id}`).toBeGreaterThanOrEqual(firstPage);
        expect(pages?.last, `${c.id}#${p.id}`).toBeLessThanOrEqual(lastPage);
      }
    },
  );
});
