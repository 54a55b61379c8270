import { h } from "../../dom";
import { dataTable, figureValue, type FigureKind } from "./figure";
import type { FirmFigure, Names, TurnResult } from "./resultTypes";

type StudyKey = "competitorPrices" | "valueShares" | "volumeShares" | "distributionValue" | "salesforce";

/** The market studies the team bought this quarter, one table per study (firms × segments, channels or measures). */
export function studiesView(result: TurnResult, names: Names): HTMLElement | null {
  const s = result.studies;
  if (s.bought.length === 0) return null;
  const salesforceMeasures: Record<string, [string, FigureKind]> = { headcount: ["Effectif", "number"], coverage: ["Couverture", "percent"], pay: ["Rémunération brute moyenne", "euros"] };
  const table = (caption: string, key: StudyKey, keyName: (id: string) => string, kind: (key: string) => FigureKind) => {
    const figures: FirmFigure[] = s[key];
    const keys = [...new Set(figures.map((f) => f.key))];
    const firms = [...new Set(figures.map((f) => f.firmId))];
    return dataTable(caption, `study-${key}`, ["Entreprise", ...keys.map(keyName)],
      firms.map((firm) => [names.firm(firm), ...keys.map((k) => {
        const index = figures.findIndex((f) => f.firmId === firm && f.key === k);
        return index < 0 ? "—" : figureValue(figures[index].value, kind(k), `studies.${key}.${index}.value`);
      })]));
  };
  const tables: Record<string, () => HTMLElement[]> = {
    CompetitorPrices: () => [table("Prix catalogue HT des entreprises", "competitorPrices", names.segment, () => "euros")],
    MarketShares: () => [table("Parts de marché en valeur", "valueShares", names.segment, () => "percent"),
      table("Parts de marché en volume", "volumeShares", names.segment, () => "percent")],
    DistributionPanel: () => [table("Distribution valeur (DV) par canal", "distributionValue", names.channel, () => "percent")],
    SalesforceBenchmark: () => [table("Forces de vente comparées", "salesforce", (k) => salesforceMeasures[k]?.[0] ?? k, (k) => salesforceMeasures[k]?.[1] ?? "number")],
  };
  return h("div", { "data-testid": "studies" },
    ...s.bought.flatMap((study) => tables[study]?.() ?? []));
}
