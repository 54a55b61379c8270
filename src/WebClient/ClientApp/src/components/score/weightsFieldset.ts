import { h } from "../../dom";
import "../choiceFieldset.css";

/** The five criteria of the score with their default weights (market-model.md §8.2 step 17), in percent. */
const criteria = [
  { id: "profit", label: "Résultat net cumulé (rang)", weight: 35 },
  { id: "valueShare", label: "Part de marché en valeur", weight: 20 },
  { id: "financialHealth", label: "Santé financière", weight: 15 },
  { id: "customerQuality", label: "Qualité client et crédit", weight: 15 },
  { id: "socialClimate", label: "Climat social", weight: 15 },
] as const;

/** What the creation request carries for the score. */
export interface ScoringChoice {
  scoring: Record<(typeof criteria)[number]["id"], number>;
  catchUp: { enabled: boolean; ratePercent: number };
}

/** The teacher's scoring weights (in %, total 100) and the optional catch-up rule, for the creation form. */
export function weightsFieldset(): { element: HTMLElement; value: () => ScoringChoice } {
  const inputs = criteria.map((criterion) => h("input", {
    id: `weight-${criterion.id}`, name: `scoring.${criterion.id}`, type: "number", min: 0, max: 100, step: 1, value: criterion.weight, required: true,
  }));
  const total = h("p", { class: "hint", "aria-live": "polite", "data-testid": "weights-total" });
  const showTotal = () => {
    const sum = inputs.reduce((acc, input) => acc + Number(input.value || 0), 0);
    total.textContent = `Total : ${sum} % (il doit faire 100 %). Ces poids sont affichés aux étudiants sous forme de formule.`;
  };
  inputs.forEach((input) => input.addEventListener("input", showTotal));
  showTotal();
  const catchUp = h("input", { id: "catch-up", name: "catchUp.enabled", type: "checkbox" });
  const rate = h("input", { id: "catch-up-rate", name: "catchUp.ratePercent", type: "number", min: 1, max: 100, step: 1, value: 50, disabled: true });
  catchUp.addEventListener("change", () => (rate.disabled = !catchUp.checked));
  const element = h("fieldset", { class: "score-weights choice" },
    h("legend", {}, "Score : poids des critères (%)"),
    ...criteria.flatMap((criterion, index) => [h("label", { for: inputs[index].id }, criterion.label), inputs[index]]),
    total,
    h("div", { class: "choice-line" }, catchUp,
      h("label", { for: catchUp.id }, "Bonus de progression pour les équipes de la moitié basse du classement (rattrapage déclaré)")),
    h("label", { for: rate.id }, "Part des points gagnés versée en bonus (%)"), rate);
  return {
    element,
    value: () => ({
      scoring: Object.fromEntries(criteria.map((criterion, index) => [criterion.id, Number(inputs[index].value)])) as ScoringChoice["scoring"],
      catchUp: { enabled: catchUp.checked, ratePercent: Number(rate.value) },
    }),
  };
}
