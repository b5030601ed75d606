import { expect, type Locator, type Page } from "@playwright/test";
import { findDistrict } from "@/lib/courts";
import type { MotionDraft } from "@/lib/motion/schema";
import type { SlotId } from "@/lib/standards/formulations";
import { STEP_IDS, type StepId } from "@/lib/standards/step-id";
import { stepStandard } from "@/lib/wizard/step-standard";
import { SLOT_HEADINGS } from "@/components/standards/slot-headings";
import type { Journey } from "./journey";

/**
 * Steps of the scripted clerk (drive-wizard.ts runs them in order). Drives the wizard from a blank draft through every step a draft needs, as a clerk would:
 * typing into labelled boxes, clicking radios, checkboxes and buttons, and Next.
 */

const yesNo = (value: boolean) => (value ? "Yes" : "No");

async function expectStep(page: Page, title: string) {
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

async function next(page: Page, j: Journey) {
  await j.click(page.getByRole("button", { name: /^Next/ }));
}

/** Types a text answer when the fixture has one. */
async function typeIf(j: Journey, field: Locator, value: string | number | undefined) {
  if (value !== undefined && value !== "") await j.type(field, String(value));
}

/** Chooses one radio of a group named by its legend. */
async function chooseIf(j: Journey, scope: Page | Locator, legend: string, label: string | undefined) {
  if (label !== undefined)
    await j.check(scope.getByRole("group", { name: legend }).getByRole("radio", { name: label, exact: true }));
}

async function checkIf(j: Journey, box: Locator, value: boolean | undefined) {
  if (value === true) await j.check(box);
}

/**
 * The slots whose authorities the step shows for this draft: the reconsideration step shows only
 * the rule the order applies (seed 002's Rule 59(e), invoked against an interlocutory order, is
 * applied as Rule 54(b)), so a clerk has no way to choose authorities for the others.
 */
const shownSlots = (step: StepId, draft: MotionDraft): SlotId[] =>
  stepStandard(step, withoutChoices(draft)).map((s) => s.slot);

/** The draft as the clerk meets a step's standard: nothing chosen yet (a choice would offer itself). */
const withoutChoices = (draft: MotionDraft): MotionDraft => ({
  ...draft,
  analysis: { ...draft.analysis, slotChoices: {} },
});

/** A slot whose default prints nothing: choosing nothing for it is no choice a clerk can make, or needs to. */
const printsNothingByDefault = (slot: SlotId, draft: MotionDraft): boolean =>
  STEP_IDS.flatMap((step) => stepStandard(step, withoutChoices(draft))).some(
    (s) => s.slot === slot && s.items.length === 0,
  );

/**
 * The fixture as a clerk can enter it in the wizard: its slot choices for the slots the wizard
 * shows. (Seed 002 keeps the court's own Rule 59(e) authorities, which its order does not use.)
 */
function enterable(draft: MotionDraft): MotionDraft {
  const choices = draft.analysis.slotChoices;
  if (choices === undefined) return draft;
  const shown = new Set(STEP_IDS.flatMap((step) => shownSlots(step, draft)));
  const kept = Object.fromEntries(
    Object.entries(choices).filter(
      ([slot, refs]) =>
        shown.has(slot as SlotId) && !(refs?.length === 0 && printsNothingByDefault(slot as SlotId, draft)),
    ),
  );
  return { ...draft, analysis: { ...draft.analysis, slotChoices: kept } };
}

/** Replaces the authorities of each of the step's slots the fixture chose. */
async function chooseSlots(page: Page, j: Journey, step: StepId, draft: MotionDraft) {
  const choices = draft.analysis.slotChoices ?? {};
  for (const slot of shownSlots(step, draft)) {
    const refs = choices[slot];
    if (refs === undefined) continue;
    const region = page.getByRole("region", { name: SLOT_HEADINGS[slot as SlotId], exact: true });
    const remove = region.getByRole("button", { name: /^Remove/ });
    while ((await remove.count()) > 0) await j.click(remove.first());
    for (const ref of refs) {
      await j.select(region.getByLabel(/^Add an authority/), `${ref.authorityId}#${ref.propositionId}`);
      await j.click(region.getByRole("button", { name: "Add", exact: true }));
    }
  }
}

async function court(page: Page, j: Journey, d: MotionDraft) {
  await expectStep(page, "Court and judge");
  const district = findDistrict(d.case.districtId ?? "");
  if (district) {
    await j.type(page.getByLabel("Find the district court"), district.bluebook);
    await j.check(page.getByRole("radio", { name: new RegExp(`^${district.name}`) }));
  }
  await checkIf(
    j,
    page.getByLabel("Appeals in this action go to the Federal Circuit"),
    d.case.isWithinFederalCircuitJurisdiction,
  );
  await typeIf(j, page.getByLabel("Judge's name, as signed"), d.case.judge.name);
  if (d.case.judge.title) await j.select(page.getByLabel("Judge's title"), d.case.judge.title);
  if (d.case.judge.consentUnder636c !== undefined)
    await chooseIf(j, page, "636(c)", yesNo(d.case.judge.consentUnder636c));
  await next(page, j);
}

async function parties(page: Page, j: Journey, d: MotionDraft) {
  await expectStep(page, "Parties and case");
  await typeIf(j, page.getByLabel("Case number, as the court prints it"), d.case.caseNumber);
  await typeIf(j, page.getByLabel("Kind of action"), d.case.natureOfAction);
  const counts = { plaintiff: 0, defendant: 0 };
  for (const party of d.case.parties) {
    counts[party.side] += 1;
    const one = party.side === "plaintiff" ? "Plaintiff" : "Defendant";
    await j.click(page.getByRole("button", { name: `Add a ${party.side}` }));
    const group = page.getByRole("group", { name: `${one} ${counts[party.side]}`, exact: true });
    await j.type(group.getByLabel("Name, as the caption prints it"), party.name);
    await checkIf(j, group.getByLabel("Pro se"), party.isProSe);
    await checkIf(j, group.getByLabel("Prisoner"), party.isPrisoner);
    await checkIf(j, group.getByLabel("In forma pauperis"), party.inFormaPauperis);
  }
  await next(page, j);
}

async function order(page: Page, j: Journey, d: MotionDraft) {
  await expectStep(page, "Order under review");
  const o = d.orderUnderReview;
  await typeIf(j, page.getByLabel("Date entered on the docket"), o.date);
  await typeIf(j, page.getByLabel("Docket number", { exact: true }), o.docketNumber);
  await typeIf(j, page.getByLabel("What the order decided"), o.decided);
  if (o.isFinalJudgment !== undefined) {
    await chooseIf(
      j,
      page,
      "final judgment or an interlocutory order",
      o.isFinalJudgment ? "A final judgment" : "An interlocutory order",
    );
  }
  if (o.enteredBy)
    await chooseIf(j, page, "Entered by", o.enteredBy === "district-judge" ? "A district judge" : "A magistrate judge");
  await next(page, j);
}

async function motion(page: Page, j: Journey, d: MotionDraft) {
  await expectStep(page, "The motion");
  const m = d.motion;
  await typeIf(j, page.getByLabel("Title of the motion, as filed"), m.titleAsFiled);
  const movants = page.getByRole("group", { name: "Who filed the motion?" });
  for (const id of m.movantPartyIds) {
    const party = d.case.parties.find((p) => p.id === id)!;
    await j.check(
      movants.getByRole("checkbox", { name: new RegExp(`^${party.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\(`) }),
    );
  }
  await typeIf(j, page.getByLabel(/^How the movant styles itself/), m.movantStyledAs);
  await typeIf(j, page.getByLabel("Date filed"), m.filedDate);
  await typeIf(j, page.getByLabel(/^Docket number/), m.docketNumber);
  await typeIf(j, page.getByLabel("Attachments cited (optional)"), m.attachmentNumbers.join(", "));
  await checkIf(j, page.getByLabel("Filed ex parte"), m.isExParte);
  await typeIf(j, page.getByLabel("Opposition docket number (optional)"), m.oppositionDocketNumber);
  await typeIf(j, page.getByLabel("Reply docket number (optional)"), m.replyDocketNumber);
  await typeIf(j, page.getByLabel("Relief sought"), m.reliefSought);
  await checkIf(j, page.getByLabel("Reconsideration of the order under review"), d.reconsideration.requested);
  await checkIf(j, page.getByLabel("A stay, or lifting one already in place"), d.stay.requested);
  await checkIf(j, page.getByLabel(/^Amendment of the order/), d.amendment.requested);
  await checkIf(j, page.getByLabel(/^It is a successive motion/), d.successive.isSuccessive);
  await next(page, j);
}

async function history(page: Page, j: Journey, d: MotionDraft) {
  await expectStep(page, "Procedural history");
  for (const [index, entry] of d.docketEntries.entries()) {
    await j.click(page.getByRole("button", { name: "Add an entry" }));
    const group = page.getByRole("group", { name: `Entry ${index + 1}`, exact: true });
    await typeIf(j, group.getByLabel("Docket number", { exact: true }), entry.number);
    await typeIf(j, group.getByLabel("Date", { exact: true }), entry.date);
    await typeIf(j, group.getByLabel("Cited with (optional)"), entry.alsoNumbers?.join(", "));
    await typeIf(j, group.getByLabel("What the order says about it"), entry.narrative);
    await typeIf(j, group.getByLabel("Docket text (for reference, not printed)"), entry.docketText);
    await checkIf(j, group.getByLabel("Continues the previous paragraph"), entry.continuesParagraph);
    await checkIf(j, group.getByLabel(/^The text states its own date/), entry.omitDatePrefix);
  }
  const s = d.successive;
  if (s.isSuccessive) {
    await typeIf(j, page.getByLabel("Docket number of the earlier denial"), s.priorDenialDocketNumber);
    await typeIf(j, page.getByLabel("Date of the earlier denial"), s.priorDenialDate);
    if (s.raisesNewGrounds !== undefined) await chooseIf(j, page, "raise new grounds", yesNo(s.raisesNewGrounds));
    await typeIf(j, page.getByLabel("About the earlier motion (optional)"), s.reasoning);
  }
  await next(page, j);
}

async function questions(page: Page, j: Journey, d: MotionDraft) {
  await expectStep(page, "Proposed questions");
  for (const [index, question] of d.certification.questions.entries()) {
    await j.click(page.getByRole("button", { name: "Add a question" }));
    await j.type(page.getByLabel(`Question ${index + 1}`, { exact: true }), question.text);
  }
  await next(page, j);
}

async function elements(page: Page, j: Journey, d: MotionDraft) {
  const { controllingQuestion: cq, substantialGround: sg, materiallyAdvance: ma } = d.certification;
  await expectStep(page, "Controlling question of law");
  if (cq.isPureQuestionOfLaw !== undefined)
    await chooseIf(j, page, "Is it a pure question of law?", yesNo(cq.isPureQuestionOfLaw));
  if (cq.couldMateriallyAffectOutcome !== undefined)
    await chooseIf(j, page, "materially affect the outcome", yesNo(cq.couldMateriallyAffectOutcome));
  await typeIf(j, page.getByLabel("Reasoning", { exact: true }), cq.reasoning);
  await chooseSlots(page, j, "controlling-question", d);
  await next(page, j);

  await expectStep(page, "Substantial ground for difference of opinion");
  if (sg.basis) await j.select(page.getByLabel(/^Basis for a substantial ground/), sg.basis);
  if (sg.isMereDisagreement !== undefined) await chooseIf(j, page, "merely disagree", yesNo(sg.isMereDisagreement));
  await typeIf(j, page.getByLabel("Reasoning", { exact: true }), sg.reasoning);
  await chooseSlots(page, j, "substantial-ground", d);
  await next(page, j);

  await expectStep(page, "Materially advance the litigation");
  if (ma.wouldMateriallyAdvance !== undefined)
    await chooseIf(j, page, "Would an immediate appeal", yesNo(ma.wouldMateriallyAdvance));
  if (ma.isTrialImminent !== undefined) await chooseIf(j, page, "Is trial so near", yesNo(ma.isTrialImminent));
  await typeIf(j, page.getByLabel("Reasoning", { exact: true }), ma.reasoning);
  await chooseSlots(page, j, "materially-advance", d);
  await next(page, j);
}

export {
  court,
  parties,
  order,
  motion,
  history,
  questions,
  elements,
  chooseIf,
  typeIf,
  chooseSlots,
  enterable,
  expectStep,
  next,
  yesNo,
};
