/**
 * The eleven days set aside by statute, in the words of FRAP 26(a)(6)(A) and Fed. R. Civ. P.
 * 6(a)(6)(A), with the names date-holidays gives them (matched in English; several aliases so that
 * a renaming in a library update is caught by the tests rather than silently dropping a holiday).
 * Dates are the library's; only the observed-date rule (5 U.S.C. § 6103(b)) is applied here.
 * @see 5 U.S.C. § 6103(a); FRAP 26(a)(6)(A); Fed. R. Civ. P. 6(a)(6)(A)
 */
export const STATUTORY_HOLIDAYS = [
  { id: "new-years-day", name: "New Year's Day", libraryNames: ["New Year's Day"] },
  {
    id: "martin-luther-king-jr-birthday",
    name: "Martin Luther King Jr.'s Birthday",
    libraryNames: ["Martin Luther King Jr. Day", "Martin Luther King, Jr. Day"],
  },
  { id: "washingtons-birthday", name: "Washington's Birthday", libraryNames: ["Washington's Birthday"] },
  { id: "memorial-day", name: "Memorial Day", libraryNames: ["Memorial Day"] },
  // Pub. L. 117-17 (June 17, 2021); in FRAP 26(a)(6)(A) by name since the 2024 amendments, a (B) day before.
  {
    id: "juneteenth",
    name: "Juneteenth National Independence Day",
    libraryNames: ["Juneteenth", "Juneteenth National Independence Day"],
  },
  { id: "independence-day", name: "Independence Day", libraryNames: ["Independence Day"] },
  { id: "labor-day", name: "Labor Day", libraryNames: ["Labor Day", "Labour Day"] },
  { id: "columbus-day", name: "Columbus Day", libraryNames: ["Columbus Day"] },
  { id: "veterans-day", name: "Veterans' Day", libraryNames: ["Veterans Day", "Veterans' Day"] },
  { id: "thanksgiving-day", name: "Thanksgiving Day", libraryNames: ["Thanksgiving Day", "Thanksgiving"] },
  { id: "christmas-day", name: "Christmas Day", libraryNames: ["Christmas Day"] },
] as const;
