import { h } from "../../dom";
import { euros, number, percent } from "../../format";
import type { ObjectiveVariance } from "./debriefTypes";
import { signed } from "./indicatorFormat";
import { stacked } from "../stacked";

/**
 * L'analyse des écarts: each turn and segment where the team set a CA HT objective, the result, the global variance
 * split into écart sur quantité and écart sur prix (their sum is the global variance).
 */
export function varianceTable(variances: ObjectiveVariance[], method: string, segmentName: (id: string) => string = (id) => id): HTMLElement {
  const section = h("section", { class: "debrief-block", "data-testid": "variances", "aria-labelledby": "variances-title" },
    h("h3", { id: "variances-title" }, "Objectifs et résultats : analyse des écarts"));
  if (!variances.length) {
    section.append(h("p", { class: "muted" }, "Aucun objectif de CA HT n'a été fixé : fixez un objectif par segment pour analyser les écarts."));
    return section;
  }
  const money = (value: number) => signed(value, euros);
  section.append(
    h("div", { class: "table-scroll" }, stacked(h("table", { class: "variances" },
      h("thead", {}, h("tr", {},
        ...["Trim.", "Segment", "Objectif CA HT", "CA HT réalisé", "Écart", "Écart en %", "Sens", "Écart sur quantité", "Écart sur prix", "Quantités prévue / réelle", "Prix prévu / réel"]
          .map((label) => h("th", { scope: "col" }, label)))),
      h("tbody", {}, ...variances.map((v) => h("tr", { class: v.variance < 0 ? "unfavourable" : v.variance > 0 ? "favourable" : "", "data-turn": v.turn, "data-segment": v.segment },
        h("td", {}, `T${v.turn}`),
        h("th", { scope: "row" }, segmentName(v.segment)),
        h("td", {}, euros(v.objective)),
        h("td", {}, euros(v.actual)),
        h("td", {}, money(v.variance)),
        h("td", {}, signed(v.varianceRate, percent)),
        h("td", { class: "direction" }, v.directionLabel),
        h("td", {}, money(v.quantityVariance)),
        h("td", {}, money(v.priceVariance)),
        h("td", {}, `${number(v.plannedUnits)} / ${number(v.actualUnits)}`),
        h("td", {}, `${euros(v.plannedPrice)} / ${euros(v.actualPrice)}`))))))),
    h("p", { class: "hint" }, method));
  return section;
}
