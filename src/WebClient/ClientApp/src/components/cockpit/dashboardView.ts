import { h } from "../../dom";
import { dataTable, figureValue, keyFigure, keyFigures } from "./figure";
import type { Names, TurnResult } from "./resultTypes";

/** The tableau de bord: every indicator of product.md, as the engine computed it (rates unrounded). */
export function dashboardView(result: TurnResult, names: Names): HTMLElement {
  const d = result.dashboard;
  const k = (label: string, key: string, kind: Parameters<typeof keyFigure>[2]) => keyFigure(label, d[key], kind, `dashboard.${key}`);
  return h("div", {},
    keyFigures("dashboard",
      k("Taux de marge (marge / coût d'achat)", "markupRate", "percent"),
      k("Taux de marque (marge / CA HT)", "marginRate", "percent"),
      k("Coefficient multiplicateur (PV TTC / coût HT)", "multiplierTtc", "coefficient"),
      k("Coefficient multiplicateur (PV HT / coût HT)", "multiplierHt", "coefficient"),
      k("Marge sur coût variable", "contributionMargin", "euros"),
      k("Charges fixes du trimestre", "fixedCosts", "euros"),
      k("Seuil de rentabilité (annuel)", "breakEvenRevenue", "euros"),
      k("Point mort (jours sur 360)", "breakEvenDays", "days"),
      k("Marge de sécurité (annuelle)", "safetyMargin", "euros"),
      k("CA HT par commercial", "revenuePerRep", "euros"),
      k("Coût de la force de vente / CA HT", "salesforceCostRatio", "percent"),
      k("Taux de transformation (commandes / visites)", "conversionRate", "percent"),
      k("Couverture (visites réalisées / requises)", "coverage", "percent"),
      k("Part de voix (SOV)", "shareOfVoice", "percent"),
      k("Part de marché valeur (SOM)", "shareOfMarket", "percent"),
      k("SOV / SOM", "sovSomRatio", "coefficient"),
      k("Délai clients (DSO)", "dsoDays", "days"),
      k("Délai fournisseurs", "dpoDays", "days"),
      k("Rotation des stocks", "stockRotationDays", "days"),
      k("Taux d'impayés", "badDebtRate", "percent"),
      k("Créances douteuses (provision)", "doubtfulReceivables", "euros"),
      k("Effectif théorique (Talley)", "talleyHeadcount", "number"),
      k("Turnover du trimestre", "turnover", "percent")),
    dataTable("Distribution numérique et valeur par canal", "distribution", ["Canal", "DN", "DV"],
      d.distribution.map((cell, index) => [names.channel(cell.channel),
        figureValue(cell.dn, "percent", `dashboard.distribution.${index}.dn`), figureValue(cell.dv, "percent", `dashboard.distribution.${index}.dv`)])));
}
