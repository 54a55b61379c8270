import { api } from "../api";
import { h } from "../dom";
import { euros, number, percent } from "../format";
import { errorBox } from "./errors";

interface SalesAndProfit { units: number; revenueHt: number; netResult: number }
interface CauseEffect { label: string; explanation: string; effect: SalesAndProfit }
interface ChangeDecomposition {
  turn: number;
  actualChange: SalesAndProfit;
  effects: CauseEffect[];
  remainder: SalesAndProfit;
  remainderExplanation: string;
}
interface ConceptCard {
  title: string;
  section: { id: string; title: string };
  quoted: string[];
  turns: number[];
  evidence: string[];
  questions: string[];
}
interface TeamDebrief { changes: ChangeDecomposition[]; cards: ConceptCard[] }
interface IndicatorDifference { label: string; unit: string; played: number; whatIf: number }
interface WhatIfResult { errors: { field: string; message: string }[]; differences: IndicatorDifference[] }

const signed = (value: number, format: (v: number) => string) => (value > 0 ? "+" : "") + format(value);

/**
 * The team's debrief: why sales and profit changed (cause by cause, the remainder shown honestly),
 * the référentiel's concepts the team's decisions illustrate, and « Et si… ? » replays.
 */
export function debriefPanel(firmPath: string, lastResolvedTurn: () => number): HTMLElement {
  const errors = errorBox();
  const causes = h("div", { "data-testid": "debrief-causes" });
  const cards = h("div", { class: "concept-cards", "data-testid": "concept-cards" });
  const whatIfResult = h("div", { "data-testid": "what-if-result" });
  const turn = h("input", { id: "what-if-turn", type: "number", min: 1, step: 1, inputmode: "numeric" });
  const path = h("select", { id: "what-if-path" },
    ...[
      ["pricing.listPrice.B2C_GP", "Prix catalogue HT — grand public"],
      ["pricing.paymentTermsDays", "Délai de paiement (jours)"],
      ["remuneration.commissionRate", "Taux de commission (ratio, ex. 0,05)"],
      ["remuneration.fixedSalary", "Salaire fixe trimestriel"],
      ["remuneration.stimulationBudget", "Budget de stimulation"],
      ["promotion.media.B2C_GP", "Publicité média — grand public"],
    ].map(([value, label]) => h("option", { value }, label)));
  const value = h("input", { id: "what-if-value", inputmode: "decimal", autocomplete: "off" });
  const whatIf = h("form", { class: "tuning-form", novalidate: true },
    h("label", { for: turn.id }, "Trimestre à rejouer"), turn,
    h("label", { for: path.id }, "Décision à changer"), path,
    h("label", { for: value.id }, "Nouvelle valeur"), value,
    h("button", { type: "submit" }, "Et si… ?"));
  whatIf.addEventListener("submit", async (event) => {
    event.preventDefault();
    errors.clear();
    try {
      const result = await api.post<WhatIfResult>(`${firmPath}/what-if`, { turn: Number(turn.value), path: path.value, value: value.value });
      if (result.errors.length) {
        whatIfResult.replaceChildren(h("p", { class: "error" }, result.errors.map((e) => e.message).join(" ")));
        return;
      }
      whatIfResult.replaceChildren(h("div", { class: "table-scroll" }, h("table", {},
        h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Indicateur"), h("th", { scope: "col" }, "Joué"), h("th", { scope: "col" }, "Et si…"), h("th", { scope: "col" }, "Écart"))),
        h("tbody", {}, ...result.differences.map((d) => {
          const format = d.unit === "Euros" ? euros : d.unit === "Rate" ? percent : number;
          return h("tr", {}, h("th", { scope: "row" }, d.label), h("td", {}, format(d.played)), h("td", {}, format(d.whatIf)), h("td", {}, signed(d.whatIf - d.played, format)));
        })))));
    } catch (error) {
      errors.show(error);
    }
  });

  const load = h("button", { type: "button", "data-testid": "load-debrief" }, "Analyser nos décisions");
  load.addEventListener("click", async () => {
    errors.clear();
    load.disabled = true;
    try {
      const debrief = await api.get<TeamDebrief>(`${firmPath}/debrief`);
      turn.value = String(lastResolvedTurn());
      const last = debrief.changes.at(-1);
      causes.replaceChildren(last
        ? h("div", { class: "table-scroll" }, h("table", {},
            h("caption", {}, `Pourquoi nos ventes et notre résultat ont changé au trimestre ${last.turn}`),
            h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Cause"), h("th", { scope: "col" }, "Unités"), h("th", { scope: "col" }, "CA HT"), h("th", { scope: "col" }, "Résultat net"))),
            h("tbody", {},
              ...last.effects.map((e) => h("tr", { title: e.explanation }, h("th", { scope: "row" }, e.label),
                h("td", {}, signed(e.effect.units, number)), h("td", {}, signed(e.effect.revenueHt, euros)), h("td", {}, signed(e.effect.netResult, euros)))),
              h("tr", { title: last.remainderExplanation }, h("th", { scope: "row" }, "Interactions et reports (reste)"),
                h("td", {}, signed(last.remainder.units, number)), h("td", {}, signed(last.remainder.revenueHt, euros)), h("td", {}, signed(last.remainder.netResult, euros))),
              h("tr", { class: "total" }, h("th", { scope: "row" }, "Variation constatée"),
                h("td", {}, signed(last.actualChange.units, number)), h("td", {}, signed(last.actualChange.revenueHt, euros)), h("td", {}, signed(last.actualChange.netResult, euros))))))
        : h("p", { class: "muted" }, "L'analyse des causes demande deux trimestres joués."));
      cards.replaceChildren(...(debrief.cards.length
        ? debrief.cards.map((card) => h("article", { class: "concept-card" },
            h("h4", {}, `${card.section.id} — ${card.title}`),
            h("blockquote", {}, ...card.quoted.map((line) => h("p", {}, line))),
            h("ul", {}, ...card.evidence.map((line) => h("li", {}, line))),
            h("p", { class: "hint" }, "Questions : " + card.questions.join(" "))))
        : [h("p", { class: "muted" }, "Aucune notion particulière détectée pour l'instant.")]));
    } catch (error) {
      errors.show(error);
    } finally {
      load.disabled = false;
    }
  });

  return h("section", { class: "card", "aria-labelledby": "debrief-title" },
    h("h2", { id: "debrief-title" }, "Débriefing"),
    h("p", { class: "hint" }, "L'analyse rejoue le moteur du jeu avec une cause à la fois ramenée au trimestre précédent ; elle ne modifie jamais la partie."),
    load, errors.element, causes, cards,
    h("h3", {}, "Et si… ?"), whatIf, whatIfResult);
}
