import { h } from "../../dom";
import { chartsView } from "./chartsView";
import { dashboardView } from "./dashboardView";
import type { Names, TurnResult } from "./resultTypes";
import { riskView } from "./riskView";
import { salesTeamView } from "./salesTeamView";
import { salesView } from "./salesView";
import { statementsView } from "./statementsView";
import { studiesView } from "./studiesView";

const part = (title: string, id: string, content: HTMLElement | null, open: boolean) =>
  content && h("details", { class: "result-part", id, open }, h("summary", {}, title), content);

/** The parts open at first: the charts and the market studies bought. */
const openAtFirst = new Set(["results-charts", "results-studies"]);

/**
 * The results screen: one resolved quarter at a time (sales, SIG, bilan, BFR and cash, tableau de bord, sales team,
 * risk, market studies bought), the last one first and any earlier one on request, and the charts over every
 * resolved quarter. Every figure is the engine's own.
 */
export function resultsPanel(results: TurnResult[], names: Names): HTMLElement[] {
  const last = results.at(-1);
  if (!last) {
    return [h("h2", { id: "results-title" }, "Résultats"),
      h("p", { class: "muted" }, "Les résultats apparaîtront ici dès que l'enseignant aura résolu le trimestre.")];
  }
  const title = h("h2", { id: "results-title" });
  const charts = part("Évolution sur les trimestres (graphiques)", "results-charts", chartsView(results), true)!;
  const picker = h("select", { id: "results-turn", "data-testid": "results-turn" },
    ...results.map((result) => h("option", { value: result.turn, selected: result === last }, `Trimestre ${result.turn}`)));
  const shown = h("div", { class: "result-figures" });

  /** Shows the quarter <c>result</c>, keeping open the parts the student opened. */
  function show(result: TurnResult): void {
    const open = shown.childElementCount
      ? new Set([...shown.querySelectorAll<HTMLDetailsElement>("details.result-part")].filter((d) => d.open).map((d) => d.id))
      : openAtFirst;
    title.textContent = `Résultats du trimestre ${result.turn}`;
    title.dataset.turn = String(result.turn);
    shown.dataset.resultTurn = String(result.turn);
    shown.replaceChildren(...[
      salesView(result, names),
      charts,
      part("Compte de résultat (SIG), bilan, BFR et trésorerie", "results-statements", statementsView(result), open.has("results-statements")),
      part("Tableau de bord", "results-dashboard", dashboardView(result, names), open.has("results-dashboard")),
      part("Équipe commerciale", "results-team", salesTeamView(result), open.has("results-team")),
      part("Risques", "results-risk", riskView(result, names), open.has("results-risk")),
      part("Études de marché achetées", "results-studies", studiesView(result, names), open.has("results-studies"))].filter((element) => element !== null));
  }

  picker.addEventListener("change", () => show(results.find((result) => String(result.turn) === picker.value) ?? last));
  show(last);
  return [
    title,
    h("div", { class: "results-picker" },
      h("label", { for: picker.id }, "Trimestre affiché"), picker,
      h("p", { class: "hint" }, "Revoyez les résultats d'un trimestre précédent ; les graphiques couvrent tous les trimestres joués.")),
    shown,
  ];
}
