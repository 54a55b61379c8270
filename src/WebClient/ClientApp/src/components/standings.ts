import { h } from "../dom";
import { euros, number, percent } from "../format";
import type { GameSummary } from "../types";
import { scoreBreakdown } from "./score/scoreBreakdown";
import { scoreFormula } from "./score/scoreFormula";
import { stacked } from "./stacked";

/** The live standings table shown to every member of the game. */
export function standingsTable(summary: GameSummary, ownFirmId?: string): HTMLElement {
  if (summary.standings.length === 0) {
    const empty = h("p", { class: "muted", "data-testid": "standings-empty" }, "Classement disponible après la résolution du premier trimestre.");
    return summary.scoreFormula ? h("div", { class: "stack" }, empty, scoreFormula(summary.scoreFormula)) : empty;
  }
  const table = h("div", { class: "table-scroll" }, stacked(h(
    "table",
    { class: "standings", "data-testid": "standings", "data-turn": summary.lastResolvedTurn },
    h("caption", {}, `Classement après le trimestre ${summary.lastResolvedTurn}`),
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Rang"), h("th", { scope: "col" }, "Équipe"),
      h("th", { scope: "col" }, "Score"), h("th", { scope: "col" }, "CA HT"), h("th", { scope: "col" }, "Résultat net"),
      h("th", { scope: "col" }, "Part de marché (valeur)"))),
    h("tbody", {}, ...summary.standings.map((row) =>
      h("tr", { class: row.firmId === ownFirmId ? "own" : "" },
        h("td", {}, String(row.rank)), h("th", { scope: "row" }, row.name), h("td", {}, number(row.score)),
        h("td", {}, euros(row.revenue)), h("td", {}, euros(row.netProfit)), h("td", {}, percent(row.valueShare))))),
  )));
  const formula = summary.scoreFormula;
  return formula
    ? h("div", { class: "stack" }, table, scoreBreakdown(summary.standings, formula, ownFirmId), scoreFormula(formula))
    : table;
}
