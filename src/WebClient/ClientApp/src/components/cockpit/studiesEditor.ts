import { h } from "../../dom";
import { euros } from "../../format";
import type { ListEditor, Share } from "./listEditor";

export const studyLabels: Record<string, string> = {
  CompetitorPrices: "Prix des concurrents",
  MarketShares: "Parts de marché de chaque entreprise",
  DistributionPanel: "Panel distributeurs (DN / DV)",
  SalesforceBenchmark: "Comparatif des forces de vente",
};

/** Market studies bought this quarter (S533 decide under uncertainty, S4 market knowledge); results come with the turn's results. */
export function studiesEditor(initial: string[], cost: number, share: Share): ListEditor {
  let bought = new Set(initial);
  const boxes = Object.entries(studyLabels).map(([id, label]) => {
    const box = h("input", { id: `study-${id}`, type: "checkbox", "data-field": "studies" });
    box.addEventListener("change", () => {
      if (box.checked) bought.add(id);
      else bought.delete(id);
      share(Object.keys(studyLabels).filter((key) => bought.has(key)));
    });
    return { id, box, element: h("div", { class: "check" }, box, h("label", { for: box.id }, `${label} — ${euros(cost)} HT`)) };
  });
  const fill = () => boxes.forEach(({ id, box }) => (box.checked = bought.has(id)));
  fill();
  return {
    path: "studies",
    label: "Études de marché",
    element: h("fieldset", { class: "list-editor", "data-editor": "studies" },
      h("legend", {}, "Études de marché achetées ce trimestre"), ...boxes.map((b) => b.element),
      h("p", { class: "hint" }, "Leurs résultats s'affichent avec les résultats du trimestre.")),
    apply(value) {
      bought = new Set(value as string[]);
      fill();
    },
  };
}
