/**
 * Words that end in a period without ending a sentence in court orders: reporters, courts, states,
 * corporate forms, signals, citation words and Bluebook table T6 words that end case names
 * ("In re Cement Antitrust Litig., 673 F.2d"). Lower case, without the final period.
 */
const WORDS = `
v vs no nos inc co corp ltd bros assn ass'n al seq etc e.g i.e id cf cir app supp fed cal ill mich miss tex pa
ky conn del tenn la n.y d f s l p pp r ct ed civ crim ann stat reg cong sess doc docs dkt dkts ecf rec mot resp
interloc compl am mem op ord ex pl pls def defs br tr decl n nn para ch jan feb mar apr jun jul aug sep sept
oct nov dec st ave dist div cnty comm'n univ bd trs int'l nat'l expl u.s u.s.c c.f.r l.p n.a s.a hon jr sr mr
ms mrs dr ltr cert rev aff'd rev'd gov't dep't sec proc evid ins mfg mktg cos sys tech telecomms transp fin
servs fla ga wash va md mass wis minn colo ariz nev okla ark ala litig auth cmty grp assocs assoc mgmt indus
invs inv prods prod pharm pharms hosp ctr elec envtl fed'n found gen hous info mun mut nat prop props pub rd
ref res sav serv soc sur tel twp util admin ams bhd bldg cas chem coal coll comm commc'ns cont'l coop corps
distrib econ educ emp eng'g enters equip exch fid gov guar hum ind indep inst lab liab mach med mem'l metro
mfrs mortg nw ne sw se org pac pers prof'l prot reprod rsch ry sch sci sols sq tchr temp transcon w e bus
intell loc obj opp'n attach exh or
`;

export const ABBREVIATIONS = new Set(WORDS.split(/\s+/).filter(Boolean));

/** True when `word` (the text before a period, letters and inner periods) is an abbreviation, not a sentence's end. */
export function isAbbreviation(word: string): boolean {
  const lower = word.toLowerCase().replace(/’/g, "'");
  // Initials and single letters ("J.", "U.S.", "N.D.") and reporter series ("2d", "3d", "4th").
  return ABBREVIATIONS.has(lower) || /^(?:[a-z]\.)*[a-z]$/i.test(word) || /^\d+(?:d|th|st|nd|rd)$/i.test(word);
}
