import { h } from "../../dom";
import type { ListEditor, Share } from "./listEditor";
import { parseFrench } from "../../format";
import { repStatusLabels, type RepStatus } from "./resultTypes";

interface HireOrder { status: RepStatus; count: number }

/** Hires by contract: one line per order, added and removed by the team (S62.2). */
export function hiresEditor(initial: HireOrder[], share: Share, showError: (message: string) => void): ListEditor {
  let orders = initial.map((order) => ({ ...order }));
  const rows = h("div", { class: "list-rows" });
  const add = h("button", { type: "button", class: "secondary" }, "Ajouter une embauche");
  add.addEventListener("click", () => {
    orders.push({ status: "FieldRep", count: 1 });
    commit();
    render();
    rows.querySelector<HTMLElement>(`#hire-status-${orders.length - 1}`)?.focus();
  });

  function commit(): void {
    const wrong = orders.find((order) => !Number.isInteger(order.count) || order.count < 0 || order.count > 20);
    if (wrong) {
      showError(`Embauches (${repStatusLabels[wrong.status]}) : ${Number.isNaN(wrong.count) ? "valeur non numérique" : String(wrong.count).replace(".", ",")} est hors de la plage autorisée (nombre entier de 0 à 20 par trimestre).`);
      return;
    }
    share(orders.map((order) => ({ ...order })));
  }

  function render(): void {
    rows.replaceChildren(...orders.map((order, index) => {
      const status = h("select", { id: `hire-status-${index}` },
        ...Object.entries(repStatusLabels).map(([value, label]) => h("option", { value, selected: value === order.status }, label)));
      status.addEventListener("change", () => { order.status = status.value as RepStatus; commit(); });
      const count = h("input", { id: `hire-count-${index}`, type: "text", inputmode: "numeric", value: String(order.count), autocomplete: "off", "data-field": `staffing.hires[${index}].count` });
      count.addEventListener("change", () => { order.count = parseFrench(count.value) ?? Number.NaN; commit(); });
      const remove = h("button", { type: "button", class: "secondary", "aria-label": `Retirer l'embauche ${index + 1}` }, "Retirer");
      remove.addEventListener("click", () => { orders.splice(index, 1); commit(); render(); add.focus(); });
      return h("div", { class: "list-row" },
        h("div", { class: "field" }, h("label", { for: status.id }, `Contrat — embauche ${index + 1}`), status),
        h("div", { class: "field" }, h("label", { for: count.id }, `Nombre — embauche ${index + 1}`), count),
        remove);
    }));
    if (orders.length === 0) rows.append(h("p", { class: "hint" }, "Aucune embauche ce trimestre."));
  }
  render();
  return {
    path: "staffing.hires",
    label: "Embauches",
    element: h("div", { class: "list-editor", "data-editor": "staffing.hires" },
      h("p", { class: "hint" }, "Les nouveaux commerciaux arrivent au trimestre suivant (délai de recrutement) ; coût de recrutement : 20 % de la rémunération annuelle visée."),
      rows, add),
    apply(value) {
      orders = (value as HireOrder[]).map((order) => ({ ...order }));
      render();
    },
  };
}
