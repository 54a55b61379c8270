import { api } from "../../api";
import { h } from "../../dom";
import { parseFrench } from "../../format";
import { errorBox } from "../errors";
import type { IndicatorUnit } from "./debriefTypes";
import { formatIndicator, signed } from "./indicatorFormat";
import { titledTable } from "./titledTable";
import { stacked } from "../stacked";

interface IndicatorDifference { label: string; unit: IndicatorUnit; played: number; whatIf: number }
interface WhatIfResult { errors: { field: string; message: string }[]; differences: IndicatorDifference[] }

/** « Et si… ? »: re-runs a past turn with one decision changed, everything else frozen; it never alters the game. */
export function whatIfForm(firmPath: string): { element: HTMLElement; setTurn: (turn: number) => void } {
  const errors = errorBox();
  const result = h("div", { "data-testid": "what-if-result" });
  const turn = h("input", { id: "what-if-turn", type: "number", min: 1, step: 1, inputmode: "numeric" });
  const path = h("select", { id: "what-if-path" },
    ...[
      ["pricing.listPrice.B2C_GP", "Prix catalogue HT — grand public"],
      ["pricing.paymentTermsDays", "Délai de paiement (jours)"],
      ["remuneration.commissionRate", "Taux de commission (%)"],
      ["remuneration.fixedSalary", "Salaire fixe trimestriel"],
      ["remuneration.stimulationBudget", "Budget de stimulation"],
      ["promotion.media.B2C_GP", "Publicité média — grand public"],
    ].map(([value, label]) => h("option", { value }, label)));
  // Typed in percent, as in the decision form; the decision itself is a rate.
  const inPercent = new Set(["remuneration.commissionRate"]);
  const sent = (): string => {
    const typed = parseFrench(value.value);
    return inPercent.has(path.value) && typed !== undefined ? String(typed / 100) : value.value;
  };
  const value = h("input", { id: "what-if-value", inputmode: "decimal", autocomplete: "off" });
  const form = h("form", { class: "tuning-form no-print", novalidate: true },
    h("label", { for: turn.id }, "Trimestre à rejouer"), turn,
    h("label", { for: path.id }, "Décision à changer"), path,
    h("label", { for: value.id }, "Nouvelle valeur"), value,
    h("button", { type: "submit" }, "Et si… ?"));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    errors.clear();
    try {
      const replay = await api.post<WhatIfResult>(`${firmPath}/what-if`, { turn: Number(turn.value), path: path.value, value: sent() });
      if (replay.errors.length) {
        result.replaceChildren(h("p", { class: "error" }, replay.errors.map((e) => e.message).join(" ")));
        return;
      }
      const choice = path.selectedOptions[0]?.textContent ?? path.value;
      result.replaceChildren(titledTable(`Et si… au trimestre ${turn.value} : ${choice} = ${value.value}`, stacked(h("table", {},
        h("thead", {}, h("tr", {}, ...["Indicateur", "Joué", "Et si…", "Écart"].map((label) => h("th", { scope: "col" }, label)))),
        h("tbody", {}, ...replay.differences.map((d) => {
          const format = (v: number) => formatIndicator(d.unit, v);
          return h("tr", {}, h("th", { scope: "row" }, d.label), h("td", {}, format(d.played)), h("td", { "data-what-if": d.label }, format(d.whatIf)), h("td", {}, signed(d.whatIf - d.played, format)));
        }))))));
    } catch (error) {
      errors.show(error);
    }
  });
  return {
    element: h("section", { class: "debrief-block" }, h("h3", {}, "Et si… ?"), form, errors.element, result),
    setTurn: (resolved: number) => { if (!turn.value) turn.value = String(resolved); },
  };
}
