import { h } from "../dom";
import { number, parseFrench } from "../format";
import type { GameConnection } from "../live";
import type { DraftChange, DraftView, FirmDecisions, MarketBrief } from "../types";
import { allocationEditor } from "./cockpit/allocationEditor";
import { creditClassesEditor } from "./cockpit/creditClassesEditor";
import { dismissalsEditor } from "./cockpit/dismissalsEditor";
import { hiresEditor } from "./cockpit/hiresEditor";
import type { ListEditor, Share } from "./cockpit/listEditor";
import { perRepAllocationEditor } from "./cockpit/perRepAllocationEditor";
import type { RepSummary } from "./cockpit/resultTypes";
import { studiesEditor } from "./cockpit/studiesEditor";
import { decisionSections, setValueAt, valueAt, type FieldSpec, type ListEditorName } from "./decisionSpec";

/** Where a decision shows who changed it last and what is wrong with it. */
interface Feedback {
  stamp: HTMLElement;
  error: HTMLElement;
  inputs: () => HTMLElement[];
  apply: (value: unknown, author: string) => void;
}

/** French display: decimal comma, rates in percent. */
const toDisplay = (spec: FieldSpec, value: unknown): string =>
  spec.options ? String(value ?? "") : value === undefined || value === null ? "" : String(spec.unit === "%" ? Math.round(Number(value) * 100000) / 1000 : value).replace(".", ",");

const fromDisplay = (spec: FieldSpec, text: string): unknown => {
  if (spec.boolean) return text === "true";
  if (spec.options) return text;
  const number = parseFrench(text);
  if (number === undefined) return undefined;
  return spec.unit === "%" ? Math.round(number * 1000) / 100000 : number;
};

/** The French message for a text that is not a value of the field (not a number, or not a whole one); null when it reads. */
function typingError(spec: FieldSpec, text: string): string | null {
  if (spec.options) return null;
  const typed = parseFrench(text);
  if (typed === undefined) return `${spec.label} : saisissez un nombre.`;
  if (spec.integer && !Number.isInteger(typed)) return `${spec.label} : saisissez un nombre entier${spec.unit ? ` de ${spec.unit}` : ""}.`;
  return null;
}

/** The French message for a value outside the field's range, as the engine words it; null when it fits. */
function rangeError(spec: FieldSpec, text: string): string | null {
  if (spec.options) return null;
  const typed = parseFrench(text);
  if (typed !== undefined && typed >= spec.min && typed <= spec.max) return null;
  const unit = spec.unit ? ` ${spec.unit}` : "";
  return `${spec.label} : ${text.trim()}${unit} est hors de la plage autorisée (${number(spec.min)}${unit} – ${number(spec.max)}${unit}).`;
}

const time = (at: string) => new Date(at).toLocaleTimeString("fr-FR", { hour: "2-digit", minute: "2-digit" });

/**
 * The team's decisions as one shared draft: every change is sent to the server at once and
 * appears on teammates' screens with who made it. A value outside its range gets the French message under
 * the field at once; the server remains the judge (pro-forma and submission name the field too).
 */
export function decisionForm(market: MarketBrief, draft: DraftView, me: string, connection: GameConnection, onApplied: () => void) {
  const decisions = structuredClone(draft.decisions) as FirmDecisions;
  const feedback = new Map<string, Feedback>();
  /** Fields whose typed text is not a value (kept only on this screen, never shared): path → French message. */
  const unreadableFields = new Map<string, string>();
  const root = decisions as unknown as Record<string, unknown>;

  function stampText(author: string, at: string): string {
    return author === me ? `modifié par vous à ${time(at)}` : `modifié par ${author} à ${time(at)}`;
  }

  function clearError(path: string): void {
    const field = fieldOf(path);
    if (!field) return;
    field.error.hidden = true;
    for (const input of field.inputs()) input.removeAttribute("aria-invalid");
  }

  /** The field a server path belongs to: itself, or the nearest enclosing one (<c>allocation.perRep.r3[0].share</c> → <c>allocation.perRep</c>). */
  function fieldOf(path: string): Feedback | undefined {
    for (let prefix = path; prefix; prefix = prefix.replace(/(\[\d+\]|\.[^.[\]]*)$/, "")) {
      const field = feedback.get(prefix);
      if (field) return field;
      if (!/[.[]/.test(prefix)) return undefined;
    }
    return undefined;
  }

  function showError(path: string, message: string): void {
    const field = fieldOf(path);
    if (!field) return;
    field.error.textContent = message;
    field.error.hidden = false;
    for (const input of field.inputs()) input.setAttribute("aria-invalid", "true");
  }

  /** Keeps the value locally at once (a submission right after includes it) and shares it with the team. */
  async function share(path: string, value: unknown): Promise<void> {
    clearError(path);
    setValueAt(root, path, value);
    const result = await connection.editDraft(draft.turn, path, value);
    if (result.error) showError(path, result.error);
    else if (result.change) apply(result.change);
  }

  function register(path: string, container: HTMLElement, apply: Feedback["apply"], inputs: Feedback["inputs"]): HTMLElement[] {
    const stamp = h("p", { class: "stamp", "data-stamp": path }, draft.fields[path] ? stampText(draft.fields[path].author, draft.fields[path].at) : "");
    const error = h("p", { class: "field-error", role: "alert", "data-error": path, hidden: true });
    feedback.set(path, { stamp, error, inputs: () => inputs().length ? inputs() : [...container.querySelectorAll<HTMLElement>("input, select")], apply });
    return [stamp, error];
  }

  function bind(spec: FieldSpec): HTMLElement {
    const id = `field-${spec.path.replace(/\./g, "-")}`;
    const value = valueAt(decisions, spec.path);
    const input = spec.options
      ? h("select", { id, "data-field": spec.path }, ...spec.options.map((o) => h("option", { value: o.value, selected: o.value === String(value) }, o.label)))
      : h("input", { id, type: "text", inputmode: "decimal", "data-field": spec.path, value: toDisplay(spec, value), autocomplete: "off" });
    input.addEventListener("change", () => {
      const unreadable = typingError(spec, input.value);
      if (unreadable) {
        unreadableFields.set(spec.path, unreadable);
        return showError(spec.path, unreadable);
      }
      unreadableFields.delete(spec.path);
      void share(spec.path, fromDisplay(spec, input.value)).then(() => {
        const outOfRange = rangeError(spec, input.value);
        if (outOfRange) showError(spec.path, outOfRange);
      });
    });
    const unit = spec.unit ? ` (${spec.unit})` : "";
    const unitText = spec.unit ? ` ${spec.unit}` : "";
    const range = spec.options ? "" : `Entre ${number(spec.min)} et ${number(spec.max)}${unitText}.`;
    const container = h("div", { class: "field" });
    container.append(h("label", { for: id }, spec.label + unit), input,
      h("p", { class: "hint" }, [spec.hint, range].filter(Boolean).join(" ")),
      ...register(spec.path, container, (next, author) => {
        if (document.activeElement !== input || author === me) {
          input.value = toDisplay(spec, next);
          unreadableFields.delete(spec.path);
        }
      }, () => [input]));
    return container;
  }

  const dismissals = dismissalsEditor(valueAt(decisions, "staffing.dismissals") as string[] ?? [], (value) => void share("staffing.dismissals", value));
  const listShare = (path: string): Share => (value) => void share(path, value);
  const listError = (path: string) => (message: string) => showError(path, message);
  const perRepAllocation = perRepAllocationEditor(market, valueAt(decisions, "allocation.perRep") as never ?? {},
    () => valueAt(decisions, "allocation.default") as never ?? [], listShare("allocation.perRep"), listError("allocation.perRep"));
  const editors: Record<ListEditorName, () => ListEditor> = {
    creditClasses: () => creditClassesEditor(market, valueAt(decisions, "pricing.acceptedCreditClasses") as string[] ?? [], listShare("pricing.acceptedCreditClasses")),
    hires: () => hiresEditor(valueAt(decisions, "staffing.hires") as never ?? [], listShare("staffing.hires"), listError("staffing.hires")),
    dismissals: () => dismissals,
    allocation: () => allocationEditor(market, valueAt(decisions, "allocation.default") as never ?? [], listShare("allocation.default"), listError("allocation.default")),
    perRepAllocation: () => perRepAllocation,
    studies: () => studiesEditor(valueAt(decisions, "studies") as string[] ?? [], market.marketStudyCost, listShare("studies")),
  };

  function bindList(editor: ListEditor): HTMLElement {
    // A fieldset names itself with its legend; other editors get a heading.
    const heading = editor.element.tagName === "FIELDSET" ? null : h("h3", {}, editor.label);
    const container = h("div", { class: "field wide" }, heading, editor.element);
    container.append(...register(editor.path, container, (value) => editor.apply(value), () => []));
    return container;
  }

  /** Applies a change accepted by the server (ours or a teammate's). */
  function apply(change: DraftChange): void {
    if (change.turn !== draft.turn) return;
    const value = JSON.parse(change.valueJson) as unknown;
    setValueAt(root, change.path, value);
    onApplied();
    const field = feedback.get(change.path);
    if (!field) return;
    field.apply(value, change.author);
    // A teammate replaced the value: an error shown for ours no longer applies.
    if (change.author !== me) clearError(change.path);
    field.stamp.textContent = stampText(change.author, change.at);
  }

  const element = h("div", { class: "decision-sections" },
    ...decisionSections(market, decisions).map((section) =>
      h("details", { class: "decision-section", open: true },
        h("summary", {}, section.title),
        h("p", { class: "concept" }, `Référentiel : ${section.concept}`),
        h("div", { class: "grid-fields" }, ...section.fields.map(bind), ...(section.lists ?? []).map((name) => bindList(editors[name]()))))));

  return {
    element,
    apply,
    decisions: () => decisions,
    showError,
    clearError,
    /** The team as it enters the turn, for the dismissals list. */
    setReps: (reps: RepSummary[]) => {
      dismissals.setReps(reps);
      perRepAllocation.setReps(reps);
    },
    /** The fields whose typed text could not be read, with their French message: the decisions sent would not hold it. */
    unreadable: () => [...unreadableFields].map(([field, message]) => ({ field, message })),
  };
}
