import { h } from "../../dom";
import { chartsView } from "./chartsView";
import { dashboardView } from "./dashboardView";
import type { Names, TurnResult } from "./resultTypes";
import { riskView } from "./riskView";
import { salesTeamView } from "./salesTeamView";
import { salesView } from "./salesView";
import { statementsView } from "./statementsView";
import { studiesView } from "./studiesView";

const part = (title: string, id: string, content: HTMLElement | null, open = false) =>
  content && h("details", { class: "result-part", id, open }, h("summary", {}, title), content);

/**
 * The results screen: the last resolved quarter (sales, SIG, bilan, BFR and cash, tableau de bord, sales team,
 * risk, market studies bought) and the charts over every resolved quarter. Every figure is the engine's own.
 */
export function resultsPanel(results: TurnResult[], names: Names): HTMLElement[] {
  const last = results.at(-1);
  if (!last) {
    return [h("h2", { id: "results-title" }, "Résultats"),
      h("p", { class: "muted" }, "Les résultats apparaîtront ici dès que l'enseignant aura résolu le trimestre.")];
  }
  return [
    h("h2", { id: "results-title", "data-turn": last.turn }, `Résultats du trimestre ${last.turn}`),
    h("div", { class: "result-figures", "data-result-turn": last.turn },
      salesView(last, names),
      part("Évolution sur les trimestres (graphiques)", "results-charts", chartsView(results), true),
      part("Compte de résultat (SIG), bilan, BFR et trésorerie", "results-statements", statementsView(last)),
      part("Tableau de bord", "results-dashboard", dashboardView(last, names)),
      part("Équipe commerciale", "results-team", salesTeamView(last)),
      part("Risques", "results-risk", riskView(last, names)),
      part("Études de marché achetées", "results-studies", studiesView(last, names), true)),
  ];
}
