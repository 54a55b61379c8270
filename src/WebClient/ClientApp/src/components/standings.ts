import { h } from "../dom";
import { euros, number, percent } from "../format";
import type { GameSummary } from "../types";

/** The live standings table shown to every member of the game. */
export function standingsTable(summary: GameSummary, ownFirmId?: string): HTMLElement {
  if (summary.standings.length === 0) {
    return h("p", { class: "muted", "data-testid": "standings-empty" }, "Classement disponible après la résolution du premier trimestre.");
  }
  return h("div", { class: "table-scroll" }, h(
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
  ));
}
