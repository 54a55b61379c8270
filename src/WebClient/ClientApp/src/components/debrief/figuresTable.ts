import { h } from "../../dom";
import type { TurnFigures } from "./debriefTypes";
import { formatIndicator } from "./indicatorFormat";
import { titledTable } from "./titledTable";
import { stacked } from "../stacked";

/** The main figures of every turn: one row per indicator, one column per turn (the engine's values). */
export function figuresTable(figures: TurnFigures[], caption: string): HTMLElement {
  if (!figures.length) return h("p", { class: "muted" }, "Aucun trimestre résolu pour l'instant.");
  return titledTable(caption, stacked(h("table", { class: "debrief-figures", "data-testid": "debrief-figures" },
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Indicateur"), ...figures.map((turn) => h("th", { scope: "col" }, `T${turn.turn}`)))),
    h("tbody", {}, ...figures[0].indicators.map((indicator, row) => h("tr", { "data-indicator": indicator.key },
      h("th", { scope: "row" }, indicator.label),
      ...figures.map((turn) => h("td", {}, formatIndicator(turn.indicators[row].unit, turn.indicators[row].value)))))))));
}
