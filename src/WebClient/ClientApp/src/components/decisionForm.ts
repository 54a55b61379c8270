import { h } from "../dom";
import { number } from "../format";
import type { GameConnection } from "../live";
import type { DraftChange, DraftView, FirmDecisions, MarketBrief } from "../types";
import { decisionSections, setValueAt, valueAt, type FieldSpec } from "./decisionSpec";

interface BoundField {
  spec: FieldSpec;
  input: HTMLInputElement | HTMLSelectElement;
  stamp: HTMLElement;
  error: HTMLElement;
}

/** French display: decimal comma, rates in percent. */
const toDisplay = (spec: FieldSpec, value: unknown): string =>
  spec.options ? String(value ?? "") : value === undefined || value === null ? "" : String(spec.unit === "%" ? Math.round(Number(value) * 100000) / 1000 : value).replace(".", ",");

const fromDisplay = (spec: FieldSpec, text: string): unknown => {
  if (spec.options) return text;
  const number = Number(text.replace(",", ".").trim());
  if (text.trim() === "" || !Number.isFinite(number)) return undefined;
  return spec.unit === "%" ? Math.round(number * 1000) / 100000 : number;
};

const time = (at: string) => new Date(at).toLocaleTimeString("fr-FR", { hour: "2-digit", minute: "2-digit" });

/**
 * The team's decisions as one shared draft: every change is sent to the server at once and
 * appears on teammates' screens with who made it; the server's French message shows under the field.
 */
export function decisionForm(market: MarketBrief, draft: DraftView, me: string, connection: GameConnection) {
  const decisions = structuredClone(draft.decisions) as FirmDecisions;
  const fields = new Map<string, BoundField>();

  function stampText(author: string, at: string): string {
    return author === me ? `modifié par vous à ${time(at)}` : `modifié par ${author} à ${time(at)}`;
  }

  function bind(spec: FieldSpec): HTMLElement {
    const id = `field-${spec.path.replace(/\./g, "-")}`;
    const value = valueAt(decisions, spec.path);
    const input = spec.options
      ? h("select", { id, "data-field": spec.path }, ...spec.options.map((o) => h("option", { value: o.value, selected: o.value === value }, o.label)))
      : h("input", { id, type: "text", inputmode: "decimal", "data-field": spec.path, value: toDisplay(spec, value), autocomplete: "off" });
    const stamp = h("p", { class: "stamp", "data-stamp": spec.path }, draft.fields[spec.path] ? stampText(draft.fields[spec.path].author, draft.fields[spec.path].at) : "");
    const error = h("p", { class: "field-error", role: "alert", hidden: true });
    fields.set(spec.path, { spec, input, stamp, error });
    input.addEventListener("change", async () => {
      const next = fromDisplay(spec, input.value);
      error.hidden = true;
      input.removeAttribute("aria-invalid");
      if (next === undefined) {
        showError(spec.path, `${spec.label} : saisissez un nombre.`);
        return;
      }
      // Kept locally at once, so that a submission right after this change includes it.
      setValueAt(decisions as unknown as Record<string, unknown>, spec.path, next);
      const result = await connection.editDraft(draft.turn, spec.path, next);
      if (result.error) showError(spec.path, result.error);
      else if (result.change) apply(result.change);
    });
    const unit = spec.unit ? ` (${spec.unit})` : "";
    const unitText = spec.unit ? ` ${spec.unit}` : "";
    const range = spec.options ? "" : `Entre ${number(spec.min)} et ${number(spec.max)}${unitText}.`;
    return h("div", { class: "field" },
      h("label", { for: id }, spec.label + unit), input,
      h("p", { class: "hint" }, [spec.hint, range].filter(Boolean).join(" ")), stamp, error);
  }

  function showError(path: string, message: string): void {
    const field = fields.get(path);
    if (!field) return;
    field.error.textContent = message;
    field.error.hidden = false;
    field.input.setAttribute("aria-invalid", "true");
  }

  /** Applies a change accepted by the server (ours or a teammate's). */
  function apply(change: DraftChange): void {
    if (change.turn !== draft.turn) return;
    const value = JSON.parse(change.valueJson) as unknown;
    setValueAt(decisions as unknown as Record<string, unknown>, change.path, value);
    const field = fields.get(change.path);
    if (!field) return;
    if (document.activeElement !== field.input || change.author === me) field.input.value = toDisplay(field.spec, value);
    if (change.author !== me) {
      // A teammate replaced the value: an error shown for ours no longer applies.
      field.input.removeAttribute("aria-invalid");
      field.error.hidden = true;
    }
    field.stamp.textContent = stampText(change.author, change.at);
  }

  const element = h("div", { class: "decision-sections" },
    ...decisionSections(market, decisions).map((section) =>
      h("details", { class: "decision-section", open: true },
        h("summary", {}, section.title),
        h("p", { class: "concept" }, `Référentiel : ${section.concept}`),
        h("div", { class: "grid-fields" }, ...section.fields.map(bind)))));

  return { element, apply, decisions: () => decisions, showError };
}
