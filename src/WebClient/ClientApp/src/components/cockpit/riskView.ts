import { h } from "../../dom";
import { dataTable, figureValue, keyFigure, keyFigures } from "./figure";
import type { Names, TurnResult } from "./resultTypes";

/** The risk panel: client credit by class, expected and actual losses, cash risk, dependence on one channel (S521, S523). */
export function riskView(result: TurnResult, names: Names): HTMLElement {
  const r = result.risk;
  return h("div", {},
    r.cessationDePaiements
      ? h("p", { class: "error", role: "status" }, "Cessation de paiements : le découvert dépasse la limite autorisée par la banque.")
      : null,
    keyFigures("risk",
      keyFigure("Perte attendue sur créances (provision)", r.expectedLoss, "euros", "risk.expectedLoss"),
      keyFigure("Créances passées en perte (TTC)", r.writtenOff, "euros", "risk.writtenOff"),
      keyFigure("Indemnité d'assurance-crédit", r.insuranceRecovery, "euros", "risk.insuranceRecovery"),
      keyFigure("Taux d'impayés", r.badDebtRate, "percent", "risk.badDebtRate"),
      keyFigure("Découvert bancaire", r.overdraft, "euros", "risk.overdraft"),
      keyFigure(`Dépendance : part du CA réalisée via ${names.channel(r.largestChannel)}`, r.largestChannelShare, "percent", "risk.largestChannelShare")),
    dataTable("Encours clients par classe de risque", "credit-exposure",
      ["Classe", "Encours TTC", "Probabilité de défaut", "Perte attendue", "Pertes du trimestre"],
      r.exposures.map((e, index) => [`Classe ${e.creditClass}`,
        figureValue(e.outstanding, "euros", `risk.exposures.${index}.outstanding`),
        figureValue(e.defaultProbability, "percent", `risk.exposures.${index}.defaultProbability`),
        figureValue(e.expectedLoss, "euros", `risk.exposures.${index}.expectedLoss`),
        figureValue(e.writtenOff, "euros", `risk.exposures.${index}.writtenOff`)])));
}
