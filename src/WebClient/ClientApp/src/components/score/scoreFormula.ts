import { h } from "../../dom";
import { percent } from "../../format";
import type { ScoreFormula } from "../../types";

/** The published score formula: the weights the teacher chose, how each criterion is measured, the catch-up rule. */
export function scoreFormula(formula: ScoreFormula): HTMLElement {
  return h("details", { class: "score-formula", "data-testid": "score-formula" },
    h("summary", {}, "Comment le score est calculé"),
    h("p", { "data-testid": "score-formula-text" }, formula.text),
    h("ul", {}, ...formula.criteria.map((criterion) =>
      h("li", { "data-criterion": criterion.id },
        h("strong", {}, `${criterion.label} (${percent(criterion.weight)})`), ` : ${criterion.howMeasured}`))),
    h("p", { class: "hint", "data-testid": "catch-up-rule" }, formula.catchUpText));
}
