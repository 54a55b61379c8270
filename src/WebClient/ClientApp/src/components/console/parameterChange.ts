import { h } from "../../dom";
import { parseFrench } from "../../format";

/** One market parameter change as the server reads it (src/Scenarios/Changes). */
export interface ParameterChange {
  path: string;
  value: unknown;
  operation: "Set" | "Multiply";
}

/**
 * The three inputs of a parameter change — path, operation, value — labelled with <suffix> so that
 * several forms of one page keep distinct labels. A decimal comma is read as a point; a value that is
 * not a number is sent as text, and the server names what is wrong with it.
 */
export function parameterChangeFields(idPrefix: string, suffix = ""): { elements: HTMLElement[]; read: () => ParameterChange; inputs: HTMLElement[] } {
  const path = h("input", { id: `${idPrefix}-path`, "data-field": "changes", placeholder: "segments[B2C_GP].parameters.priceExponent", autocomplete: "off" });
  const operation = h("select", { id: `${idPrefix}-operation` }, h("option", { value: "Set" }, "= remplacer par"), h("option", { value: "Multiply" }, "× multiplier par"));
  const value = h("input", { id: `${idPrefix}-value`, inputmode: "decimal", placeholder: "1,2", autocomplete: "off" });
  const read = (): ParameterChange => {
    const text = value.value.trim();
    return { path: path.value.trim(), value: parseFrench(text) ?? text, operation: operation.value as ParameterChange["operation"] };
  };
  return {
    elements: [
      h("label", { for: path.id }, `Paramètre${suffix} (chemin, voir scenarios/README.md)`), path,
      h("label", { for: operation.id }, `Opération${suffix}`), operation,
      h("label", { for: value.id }, `Valeur${suffix}`), value,
    ],
    read,
    inputs: [path, operation, value],
  };
}
