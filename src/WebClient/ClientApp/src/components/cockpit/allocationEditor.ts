import { h } from "../../dom";
import type { MarketBrief } from "../../types";
import type { ListEditor, Share } from "./listEditor";
import { timeSplitGrid, type TimeAllocation } from "./timeSplitGrid";

/** The team's default split of selling time across territories × visited channels (S61.2, S63.1); at most 100 %. */
export function allocationEditor(market: MarketBrief, initial: TimeAllocation[], share: Share, showError: (message: string) => void): ListEditor {
  const grid = timeSplitGrid(market, "allocation", "allocation.default", "Répartition du temps", share, showError);
  grid.fill(initial);
  return {
    path: "allocation.default",
    label: "Répartition du temps",
    element: h("div", { class: "list-editor", "data-editor": "allocation.default" },
      h("p", { class: "hint" }, "Part du temps de vente de chaque commercial sans répartition propre (nouveaux compris) par secteur et canal, en %."),
      grid.element),
    apply(value) { grid.fill(value as TimeAllocation[]); },
  };
}
