import { api } from "../api";
import { h } from "../dom";
import { euros, number } from "../format";
import { currentSession } from "../session";
import type { MarketBrief } from "../types";
import { causesTable } from "./debrief/causesTable";
import { conceptCards } from "./debrief/conceptCards";
import { decisionLog, type FieldReading } from "./debrief/decisionLog";
import "./debrief/debrief.css";
import type { TeamDebrief } from "./debrief/debriefTypes";
import { listFieldReading } from "./debrief/listFieldReading";
import { figuresTable } from "./debrief/figuresTable";
import { printButton } from "./debrief/printButton";
import { turnNotes } from "./debrief/turnNotes";
import { varianceTable } from "./debrief/varianceTable";
import { whatIfForm } from "./debrief/whatIfForm";
import { decisionSections, type FieldSpec } from "./decisionSpec";
import { errorBox } from "./errors";

/** A decision field as the decision screens write it: rates in %, amounts in €, other numbers French; unknown fields raw. */
function fieldReading(field: FieldSpec | undefined, path: string): FieldReading {
  const numeric = (raw: string, format: (value: number) => string) => (Number.isFinite(Number(raw)) ? format(Number(raw)) : raw);
  if (!field) return { label: path, value: (raw) => raw };
  if (field.unit === "€") return { label: field.label, value: (raw) => numeric(raw, euros) };
  const label = field.unit ? `${field.label} (${field.unit})` : field.label;
  if (field.unit === "%") return { label, value: (raw) => numeric(raw, (value) => number(value * 100)) };
  return { label, value: (raw) => numeric(raw, number) };
}

/**
 * The team's debrief: its figures turn by turn, why sales and profit changed (cause by cause, the remainder shown
 * honestly), the référentiel's concepts its decisions illustrate, objectives against results, its justifications and
 * the teacher's annotations, and « Et si… ? » replays. Printable on its own (« Imprimer »).
 */
export function debriefPanel(firmPath: string, lastResolvedTurn: () => number): HTMLElement {
  const errors = errorBox();
  const content = h("div", { class: "debrief-content" });
  const printedTitle = h("p", { class: "print-only" });
  const whatIf = whatIfForm(firmPath);
  const firmId = firmPath.split("/").at(-1)!;
  const marketPath = firmPath.replace(/\/firms\/[^/]+$/, "/market");

  const load = h("button", { type: "button", class: "no-print", "data-testid": "load-debrief" }, "Analyser nos décisions");
  load.addEventListener("click", async () => {
    errors.clear();
    load.disabled = true;
    try {
      const [debrief, market] = await Promise.all([api.get<TeamDebrief>(`${firmPath}/debrief`), api.get<MarketBrief>(marketPath)]);
      const segmentName = (id: string) => market.segments.find((segment) => segment.id === id)?.name ?? id;
      const lastDecisions = debrief.history.turns.at(-1)?.decisions;
      const fields = new Map(lastDecisions ? decisionSections(market, lastDecisions).flatMap((section) => section.fields).map((field) => [field.path, field]) : []);
      whatIf.setTurn(lastResolvedTurn());
      printedTitle.textContent = `${currentSession()?.firmName ?? ""} — analyse du ${new Date().toLocaleString("fr-FR", { dateStyle: "long", timeStyle: "short" })}`;
      content.replaceChildren(
        figuresTable(debrief.figures, "Nos principaux indicateurs, trimestre par trimestre"),
        decisionLog(debrief.decisions, (path) => listFieldReading(path, market) ?? fieldReading(fields.get(path), path)),
        h("section", { class: "debrief-block" }, h("h3", {}, "Causes de la variation"), causesTable(debrief.changes)),
        h("section", { class: "debrief-block" }, h("h3", {}, "Notions du référentiel"), conceptCards(debrief.cards)),
        varianceTable(debrief.variances, debrief.varianceMethod, segmentName),
        turnNotes(firmPath, firmId, debrief.figures.map((figures) => figures.turn), debrief.comments, "student"));
      load.textContent = "Actualiser l'analyse";
    } catch (error) {
      errors.show(error);
    } finally {
      load.disabled = false;
    }
  });

  return h("section", { class: "card debrief-printable", "aria-labelledby": "debrief-title" },
    h("div", { class: "debrief-head" }, h("h2", { id: "debrief-title" }, "Débriefing"), printButton()),
    h("p", { class: "hint no-print" }, "L'analyse rejoue le moteur du jeu avec une cause à la fois ramenée au trimestre précédent ; elle ne modifie jamais la partie."),
    printedTitle, load, errors.element, content, whatIf.element);
}
