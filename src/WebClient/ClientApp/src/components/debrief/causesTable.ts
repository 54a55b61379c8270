import { h } from "../../dom";
import { euros, number } from "../../format";
import type { ChangeDecomposition, SalesAndProfit } from "./debriefTypes";
import { signed } from "./indicatorFormat";
import { titledTable } from "./titledTable";
import { stacked } from "../stacked";

const cells = (figures: SalesAndProfit) =>
  [h("td", {}, signed(figures.units, number)), h("td", {}, signed(figures.revenueHt, euros)), h("td", {}, signed(figures.netResult, euros))];

/**
 * Why sales and profit changed between two turns, cause by cause (the engine re-run with one cause reverted), with the
 * interaction remainder shown honestly so that the rows add up to the actual change. A select picks the turn.
 */
export function causesTable(changes: ChangeDecomposition[]): HTMLElement {
  const holder = h("div", { "data-testid": "debrief-causes" });
  if (!changes.length) {
    holder.append(h("p", { class: "muted" }, "L'analyse des causes demande deux trimestres joués."));
    return holder;
  }
  const table = h("div");
  const show = (change: ChangeDecomposition) => table.replaceChildren(titledTable(
    `Pourquoi nos ventes et notre résultat ont changé au trimestre ${change.turn} (par rapport au trimestre ${change.turn - 1})`, stacked(h("table", {},
    h("thead", {}, h("tr", {}, ...["Cause", "Unités", "CA HT", "Résultat net"].map((label) => h("th", { scope: "col" }, label)))),
    h("tbody", {},
      ...change.effects.map((e) => h("tr", { title: e.explanation }, h("th", { scope: "row" }, e.label), ...cells(e.effect))),
      h("tr", { title: change.remainderExplanation }, h("th", { scope: "row" }, "Interactions et reports (reste)"), ...cells(change.remainder)),
      h("tr", { class: "total" }, h("th", { scope: "row" }, "Variation constatée"), ...cells(change.actualChange)))))));
  const picker = h("select", { id: "causes-turn" }, ...changes.map((change) => h("option", { value: change.turn }, `Trimestre ${change.turn}`)));
  picker.value = String(changes.at(-1)!.turn);
  picker.addEventListener("change", () => show(changes.find((change) => String(change.turn) === picker.value)!));
  show(changes.at(-1)!);
  holder.append(h("div", { class: "inline-field no-print" }, h("label", { for: picker.id }, "Trimestre analysé"), picker), table);
  return holder;
}
