import { ApiFailure } from "../api";
import { h } from "../dom";

/** A French error box listing every rejected field; empty when there is nothing to say. */
export interface ErrorBox {
  element: HTMLElement;
  show: (error: unknown) => void;
  clear: () => void;
}

export function errorBox(): ErrorBox {
  const element = h("div", { class: "error", role: "alert", hidden: true });
  // The fields this box marked invalid; a field another component marks (its own check) keeps its mark.
  const flagged = new Set<HTMLElement>();
  const unflag = () => {
    for (const input of flagged) input.removeAttribute("aria-invalid");
    flagged.clear();
  };
  return {
    element,
    show(error: unknown) {
      const failure = error instanceof ApiFailure ? error : new ApiFailure(0, String(error), []);
      unflag();
      element.replaceChildren(h("strong", {}, failure.title));
      if (failure.errors.length) {
        element.append(h("ul", {}, ...failure.errors.map((e) => h("li", { "data-field": e.field }, e.message))));
      }
      for (const input of document.querySelectorAll<HTMLElement>("[data-field]")) {
        if ((input.tagName === "INPUT" || input.tagName === "SELECT") && failure.errors.some((e) => e.field === input.dataset.field)) {
          input.setAttribute("aria-invalid", "true");
          flagged.add(input);
        }
      }
      element.hidden = false;
    },
    clear() {
      element.hidden = true;
      element.replaceChildren();
      unflag();
    },
  };
}
