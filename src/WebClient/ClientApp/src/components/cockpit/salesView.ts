import { h } from "../../dom";
import { dataTable, figureValue, keyFigure, keyFigures } from "./figure";
import type { Names, TurnResult } from "./resultTypes";

/** Sales of the quarter: totals, shares, service level, and per segment against the objective (analyse des écarts). */
export function salesView(result: TurnResult, names: Names): HTMLElement {
  return h("div", {},
    keyFigures("results",
      keyFigure("Chiffre d'affaires HT", result.sales.revenueHt, "euros", "sales.revenueHt"),
      keyFigure("Unités vendues", result.sales.unitsSold, "number", "sales.unitsSold"),
      keyFigure("Part de marché (valeur)", result.sales.valueShare, "percent", "sales.valueShare"),
      keyFigure("Part de marché (volume)", result.sales.volumeShare, "percent", "sales.volumeShare"),
      keyFigure("Marge commerciale", result.statements.income.commercialMargin, "euros", "statements.income.commercialMargin"),
      keyFigure("Résultat net", result.statements.income.netResult, "euros", "statements.income.netResult"),
      keyFigure("Trésorerie nette", result.statements.workingCapital.netCash, "euros", "statements.workingCapital.netCash"),
      keyFigure("Taux de service (demande servie)", result.sales.serviceLevel, "percent", "sales.serviceLevel"),
      keyFigure("Score", result.score.score, "number", "score.score"),
      ...Object.entries(result.nextState.inventory).map(([segment, stock]) =>
        keyFigure(`Stock final — ${names.segment(segment)} (unités)`, stock.units, "number", `nextState.inventory.${segment}.units`))),
    dataTable("Ventes par segment et écarts sur objectifs", "segment-sales",
      ["Segment", "Unités", "CA HT", "Part volume", "Part valeur", "Objectif CA", "Écart"],
      result.sales.segments.map((s, index) => [names.segment(s.segment),
        figureValue(s.unitsSold, "number", `sales.segments.${index}.unitsSold`),
        figureValue(s.revenueHt, "euros", `sales.segments.${index}.revenueHt`),
        figureValue(s.volumeShare, "percent", `sales.segments.${index}.volumeShare`),
        figureValue(s.valueShare, "percent", `sales.segments.${index}.valueShare`),
        // No objective set for the segment: no gap to analyse (the whole revenue is not an « écart »).
        s.objective === 0 ? "aucun" : figureValue(s.objective, "euros", `sales.segments.${index}.objective`),
        s.objective === 0 ? "—" : figureValue(s.objectiveGap, "euros", `sales.segments.${index}.objectiveGap`)])));
}
