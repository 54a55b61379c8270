import { h } from "../../dom";

/**
 * « Imprimer »: prints the debrief that contains the button. The print stylesheet (debrief.css) shows only the element
 * marked `.debrief-printable` that the button belongs to, whatever page it sits in.
 */
export function printButton(label = "Imprimer"): HTMLButtonElement {
  const button = h("button", { type: "button", class: "secondary no-print", "data-testid": "print-debrief" }, label);
  button.addEventListener("click", () => {
    const printable = button.closest(".debrief-printable");
    document.querySelectorAll(".debrief-printable.printing").forEach((element) => element.classList.remove("printing"));
    printable?.classList.add("printing");
    window.print();
  });
  return button;
}
