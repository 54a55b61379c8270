import { api, ApiFailure } from "../../api";
import { h } from "../../dom";
import { dataTable, figureValue, keyFigure, keyFigures, statementTable } from "./figure";
import type { Names, ProFormaView } from "./resultTypes";

/**
 * The pro-forma of the team's shared draft: the certain costs of its decisions, the break-even revenue they
 * imply and the Talley coverage of the team, computed on the server by the engine's own code (never the
 * market outcome). Refreshed, slightly debounced, each time the draft changes.
 */
export function proFormaPanel(firmPath: string, names: Names, onView: (view: ProFormaView) => void) {
  const body = h("div", { "data-testid": "pro-forma" }, h("p", { class: "muted" }, "Calcul du pro-forma…"));
  const element = h("section", { class: "card", id: "pro-forma", "aria-labelledby": "pro-forma-title" },
    h("h2", { id: "pro-forma-title" }, "Pro-forma de vos décisions"),
    h("p", { class: "hint" }, "Ce que vos décisions coûtent à coup sûr ce trimestre, calculé par le moteur du jeu à partir du brouillon de l'équipe. Ce n'est pas une prévision de ventes : le marché décidera."),
    body);
  let timer: number | undefined;
  let asked = 0;

  async function load(): Promise<void> {
    const ticket = ++asked;
    try {
      const view = await api.get<ProFormaView>(`${firmPath}/pro-forma`);
      if (ticket !== asked) return;
      onView(view);
      render(view);
    } catch (error) {
      if (ticket !== asked) return;
      body.replaceChildren(h("p", { class: "muted" }, error instanceof ApiFailure ? error.errors[0]?.message ?? error.title : String(error)));
    }
  }

  function render(view: ProFormaView): void {
    body.dataset.version = String(view.draftVersion);
    const p = view.proForma;
    if (!p) {
      body.replaceChildren(h("div", { class: "error", role: "status" },
        h("strong", {}, "Pro-forma en attente : corrigez ces valeurs du brouillon."),
        h("ul", {}, ...view.errors.map((e) => h("li", { "data-field": e.field }, e.message)))));
      return;
    }
    const talleyNote = p.headcount < p.talleyHeadcount
      ? `Effectif inférieur à l'effectif théorique de Talley (${p.talleyHeadcount}) : une partie des visites requises ne sera pas faite.`
      : `Effectif au moins égal à l'effectif théorique de Talley (${p.talleyHeadcount}).`;
    body.replaceChildren(
      statementTable(`Charges certaines du trimestre ${view.turn}`, "pro-forma-costs", [
        { label: "Salaires fixes bruts (minimums légaux compris)", value: p.fixedSalaries },
        { label: "Charges sociales patronales", value: p.socialCharges },
        { label: "Recrutement", value: p.recruiting },
        { label: "Indemnités de licenciement et de fin de contrat", value: p.severance },
        { label: "Formation", value: p.training },
        { label: "Stimulation (challenges, concours)", value: p.stimulation },
        { label: "Communication (média, marketing direct, parrainage)", value: p.communication },
        { label: "Trade marketing (référencement, PLV)", value: p.trade },
        { label: "Études de marché", value: p.studies },
        { label: "Frais généraux et amortissements", value: p.overheads },
        { label: "Total des charges fixes (frais de visite compris)", value: p.fixedCosts, total: true },
      ]),
      keyFigures("pro-forma-key",
        keyFigure("Achats de marchandises (stockés, pas une charge)", p.purchases, "euros"),
        keyFigure("Coûts variables pour 1 € de CA HT", p.variableCostRate, "percent"),
        keyFigure("CA HT seuil de rentabilité du trimestre", p.breakEvenRevenue, "euros"),
        keyFigure("Effectif au travail ce trimestre", p.headcount, "number"),
        keyFigure("Effectif théorique (Talley)", p.talleyHeadcount, "number"),
        keyFigure("Couverture des visites requises", p.overallCoverage, "percent")),
      h("p", { class: `talley-note ${p.headcount < p.talleyHeadcount ? "warning" : "hint"}`, "data-testid": "talley-note" }, talleyNote),
      dataTable("Couverture par secteur et canal (méthode de Talley)", "pro-forma-coverage",
        ["Secteur — canal", "Visites requises", "Visites effectives", "Couverture"],
        p.coverage.map((cell) => [`${names.territory(cell.territory)} — ${names.channel(cell.channel)}`,
          figureValue(Math.round(cell.requiredVisits), "number"), figureValue(Math.round(cell.effectiveVisits), "number"), figureValue(cell.coverage, "percent")])));
  }

  return {
    element,
    /** Recomputes after a change of the draft (ours or a teammate's). */
    refresh(): void {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void load(), 250);
    },
    load,
  };
}
