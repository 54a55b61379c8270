import { h } from "../../dom";
import { lineChart } from "./lineChart";
import type { TurnResult } from "./resultTypes";

const mean = (values: number[]) => (values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : 0);

/** Charts over the resolved turns: sales, market share, margin, cash, motivation and turnover. */
export function chartsView(results: TurnResult[]): HTMLElement {
  const turns = results.map((r) => r.turn);
  return h("div", { class: "charts", "data-testid": "charts" },
    lineChart("Chiffre d'affaires HT", "chart-sales", "euros", turns, [{ name: "CA HT", className: "series-1", values: results.map((r) => r.sales.revenueHt) }]),
    lineChart("Part de marché", "chart-share", "percent", turns, [
      { name: "En valeur", className: "series-1", values: results.map((r) => r.sales.valueShare) },
      { name: "En volume", className: "series-2", values: results.map((r) => r.sales.volumeShare) }]),
    lineChart("Marge commerciale et résultat net", "chart-margin", "euros", turns, [
      { name: "Marge commerciale", className: "series-1", values: results.map((r) => r.statements.income.commercialMargin) },
      { name: "Résultat net", className: "series-2", values: results.map((r) => r.statements.income.netResult) }]),
    lineChart("Trésorerie nette", "chart-cash", "euros", turns, [{ name: "Trésorerie nette", className: "series-1", values: results.map((r) => r.statements.workingCapital.netCash) }]),
    lineChart("Motivation et turnover de l'équipe", "chart-team", "percent", turns, [
      { name: "Motivation moyenne", className: "series-1", values: results.map((r) => mean(r.salesTeam.reps.filter((rep) => rep.departure === "None").map((rep) => rep.motivation))) },
      { name: "Turnover", className: "series-2", values: results.map((r) => r.dashboard.turnover) }]));
}
