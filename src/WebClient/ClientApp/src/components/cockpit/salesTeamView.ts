import { h } from "../../dom";
import { dataTable, figureValue, keyFigure, keyFigures } from "./figure";
import { repStatusLabels, type TurnResult } from "./resultTypes";

const departures = { None: "En poste", Dismissed: "Licencié", Quit: "Démission" } as const;

/** The sales-team report: headcount against Talley, departures and vacancies, and each rep (S62.2, S63.1, S63.3). */
export function salesTeamView(result: TurnResult): HTMLElement {
  const t = result.salesTeam;
  return h("div", {},
    keyFigures("sales-team",
      keyFigure("Commerciaux au travail", t.headcount, "number", "salesTeam.headcount"),
      keyFigure("Effectif théorique (Talley)", t.talleyHeadcount, "number", "salesTeam.talleyHeadcount"),
      keyFigure("Départs", t.departures, "number", "salesTeam.departures"),
      keyFigure("Postes à pourvoir (embauches en cours)", t.vacancies, "number", "salesTeam.vacancies"),
      keyFigure("Couverture des visites requises", t.overallCoverage, "percent", "salesTeam.overallCoverage"),
      keyFigure("Coûts de recrutement et de départ", t.staffingCosts, "euros", "salesTeam.staffingCosts")),
    dataTable("Rapport par commercial", "rep-report",
      ["Commercial", "Statut", "Ancienneté (trim.)", "Quota", "CA HT", "Atteinte", "Rémunération brute", "Motivation", "Satisfaction", "Départ"],
      t.reps.map((rep, index) => {
        const at = `salesTeam.reps.${index}`;
        return [rep.id, repStatusLabels[rep.status],
          figureValue(rep.tenureQuarters, "number", `${at}.tenureQuarters`),
          figureValue(rep.quota, "euros", `${at}.quota`),
          figureValue(rep.sales, "euros", `${at}.sales`),
          figureValue(rep.attainment, "percent", `${at}.attainment`),
          figureValue(rep.grossPay, "euros", `${at}.grossPay`),
          figureValue(rep.motivation, "percent", `${at}.motivation`),
          figureValue(rep.satisfaction, "percent", `${at}.satisfaction`),
          departures[rep.departure]];
      })));
}
