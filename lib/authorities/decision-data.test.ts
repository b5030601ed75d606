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

/** Looked up: the copies in the search corpus show the opinion's opening, never its last page. */
const OPENING_ONLY = "sources seen show only the opinion's opening pages";
/** Looked up: no copy of the opinion itself was found. */
const NOT_FOUND = "no copy of the opinion found in the search corpus";

/** Cases without a verified date of decision, and why. */
const UNDATED: Readonly<Record<string, string>> = {
  "austin-v-kroger":
    'both copies are headed "FILED April 14, 2017" (first issued unpublished); elawyers lists the published opinion as filed June 2, 2017',
  "brizzee-v-fred-meyer":
    "no copy of 2008 WL 426510 in the search corpus (two searches); the date in the cite is the one Linlor v. Futero prints",
  "fisons-v-united-states":
    "vLex's decision date (Apr. 3, 1972) is the certiorari denial printed on the same page; the decision date itself was not seen",
  "myles-v-laffitte": "no copy of the opinion surfaced in the search corpus (three searches)",
  "ray-v-american-national-red-cross":
    "no copy of the D.C. Circuit's 1990 opinion in the search corpus (three searches)",
  "united-states-v-tenet-healthcare":
    "no copy of 2004 WL 3030121 in the search corpus (two searches); the date in the cite is the one Linlor v. Futero prints",
};

/** Cases with a reporter cite but no verified last page, and why. (A Westlaw cite has no last page.) */
const WITHOUT_LAST_PAGE: Readonly<Record<string, string>> = {
  "groves-v-united-states": OPENING_ONLY,
  "coleman-v-lirc": OPENING_ONLY,
  "williams-v-king": OPENING_ONLY,
  "austin-v-kroger": OPENING_ONLY,
  "ahrenholz-v-board-of-trustees": OPENING_ONLY,
  "allstate-v-herron": OPENING_ONLY,
  "ashelman-v-pope": OPENING_ONLY,
  "camacho-v-puerto-rico-ports-authority": OPENING_ONLY,
  "caraballo-seda-v-municipality-of-hormigueros": OPENING_ONLY,
  "carbajal-v-keefer": OPENING_ONLY,
  "carpenter-v-boeing": OPENING_ONLY,
  "carroll-v-nakatani": OPENING_ONLY,
  "caterpillar-v-lewis":
    "onecle's per-page copy was seen through 519 U.S. 76 (its page 16); the last page was not reached",
  "clark-dietz-v-basic-construction": OPENING_ONLY,
  "consub-v-schahin": OPENING_ONLY,
  "coopers-lybrand-v-livesay": OPENING_ONLY,
  "couch-v-telescope": OPENING_ONLY,
  "eisen-v-carlisle-jacquelin": OPENING_ONLY,
  "exxon-shipping-v-baker": OPENING_ONLY,
  "fisons-v-united-states": OPENING_ONLY,
  "fukuda-v-county-of-los-angeles": OPENING_ONLY,
  "hilton-v-braunskill": OPENING_ONLY,
  "ictsi-v-ilwu": OPENING_ONLY,
  "in-re-cement-antitrust": OPENING_ONLY,
  "in-re-city-of-memphis": OPENING_ONLY,
  "in-re-flor": OPENING_ONLY,
  "in-re-gugliuzza": OPENING_ONLY,
  "in-re-trump-fourth-circuit": OPENING_ONLY,
  "in-re-trump-sixth-circuit": "the reporter copy says Judge White's concurrence begins at 953; its end was not seen",
  "innovative-home-health-care": OPENING_ONLY,
  "james-v-price-stern-sloan": OPENING_ONLY,
  "judicial-watch-v-nepdg": OPENING_ONLY,
  "katz-v-carte-blanche": OPENING_ONLY,
  "klinghoffer-v-achille-lauro": OPENING_ONLY,
  "koehler-v-bank-of-bermuda": OPENING_ONLY,
  "kona-v-estate-of-bishop": OPENING_ONLY,
  "landis-v-north-american": OPENING_ONLY,
  "leiva-perez-v-holder": OPENING_ONLY,
  "mamani-v-berzain": OPENING_ONLY,
  "mayfield-v-nascar": "only secondary reports of the decision were found, no copy of the opinion",
  "mcdowell-v-calderon": OPENING_ONLY,
  "mcfarlin-v-conseco": OPENING_ONLY,
  "michaels-v-agape-senior-community": OPENING_ONLY,
  "mitchell-v-forsyth": "the copy seen (fdocuments) shows the caption and syllabus, not the opinion's last page",
  "mohawk-v-carpenter": OPENING_ONLY,
  "moore-v-brewster": OPENING_ONLY,
  "myles-v-laffitte": NOT_FOUND,
  "nken-v-holder": OPENING_ONLY,
  "nordgren-v-hennepin-county": OPENING_ONLY,
  "perez-v-lorraine-enterprises": OPENING_ONLY,
  "pimentel-v-pimentel": OPENING_ONLY,
  "pulliam-v-allen": OPENING_ONLY,
  "ray-v-american-national-red-cross": NOT_FOUND,
  "reese-v-bp-exploration": OPENING_ONLY,
  "runnion-v-girl-scouts": OPENING_ONLY,
  "santa-monica-baykeeper": OPENING_ONLY,
  "school-district-1j-v-acands": OPENING_ONLY,
  "servants-of-paraclete-v-does": OPENING_ONLY,
  "templet-v-hydrochem": OPENING_ONLY,
  "tripati-v-henman": OPENING_ONLY,
  "union-county-v-piper-jaffray": OPENING_ONLY,
  "united-national-v-spectrum": OPENING_ONLY,
  "united-states-v-adam-bros": OPENING_ONLY,
  "united-states-v-garner": OPENING_ONLY,
  "united-states-v-nixon": OPENING_ONLY,
  "villarreal-v-caremark": OPENING_ONLY,
  "west-tennessee-chapter-v-city-of-memphis": OPENING_ONLY,
  "white-v-nix": OPENING_ONLY,
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
