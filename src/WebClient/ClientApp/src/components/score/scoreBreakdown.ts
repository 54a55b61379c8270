import { h } from "../../dom";
import { number } from "../../format";
import type { ScoreFormula, StandingRow } from "../../types";
import { stacked } from "../stacked";

/**
 * Each team's score broken down by criterion: points = 100 × weight × value (value on 0–1), then the
 * catch-up bonus and the total, so that a team sees exactly where its score comes from.
 */
export function scoreBreakdown(rows: StandingRow[], formula: ScoreFormula, ownFirmId?: string): HTMLElement {
  const criteria = formula.criteria;
  const withBonus = formula.catchUp.enabled;
  return h("div", { class: "table-scroll" }, stacked(h(
    "table",
    { class: "score-breakdown", "data-testid": "score-breakdown" },
    h("caption", {}, "Détail du score par critère (points ; entre parenthèses, la mesure sur 1)"),
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Équipe"),
      ...criteria.map((criterion) => h("th", { scope: "col" }, `${criterion.label} (× ${number(criterion.weight * 100)})`)),
      withBonus && h("th", { scope: "col" }, "Bonus de progression"),
      h("th", { scope: "col" }, "Score"))),
    h("tbody", {}, ...rows.map((row) =>
      h("tr", { class: row.firmId === ownFirmId ? "own" : "", "data-firm": row.firmId },
        h("th", { scope: "row" }, row.isBot ? `${row.name} 🤖` : row.name),
        ...criteria.map((criterion) => {
          const part = row.breakdown?.find((candidate) => candidate.id === criterion.id);
          return h("td", { "data-criterion": criterion.id }, part ? `${number(part.points)} (${number(part.value)})` : "—");
        }),
        withBonus && h("td", { "data-testid": "catch-up-bonus" }, `+ ${number(row.catchUpBonus ?? 0)}`),
        h("td", {}, h("strong", {}, number(row.score)))))),
  )));
}
