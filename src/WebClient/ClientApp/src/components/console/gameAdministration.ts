import { api } from "../../api";
import { h } from "../../dom";
import { errorBox } from "../errors";

interface TeacherKeyIssued {
  teacherKey: string;
}

/**
 * The teacher's card for the game's own access and data: a new teacher key (shown once, the old one
 * stops working) for a key lost or seen by someone else.
 */
export function gameAdministration(game: string): HTMLElement {
  const errors = errorBox();
  const shown = h("p", { "data-testid": "new-teacher-key", "aria-live": "polite", hidden: true });
  const newKey = h("button", { type: "button", class: "secondary", "data-testid": "reissue-teacher-key" }, "Nouvelle clé enseignant");
  newKey.addEventListener("click", async () => {
    if (!window.confirm("Créer une nouvelle clé enseignant ? L'ancienne clé ne permettra plus de reprendre la partie ; notez la nouvelle, elle n'est affichée qu'une fois.")) return;
    errors.clear();
    newKey.disabled = true;
    try {
      const issued = await api.post<TeacherKeyIssued>(`${game}/teacher-key`);
      shown.replaceChildren(h("span", { class: "warning" }, "Nouvelle clé enseignant (notez-la maintenant, elle n'est affichée qu'une fois) : "),
        h("code", { class: "join-code" }, issued.teacherKey));
      shown.hidden = false;
    } catch (error) {
      errors.show(error);
    } finally {
      newKey.disabled = false;
    }
  });
  return h("section", { class: "card", "aria-labelledby": "administration-title" },
    h("h2", { id: "administration-title" }, "Accès et données de la partie"),
    h("p", { class: "muted" }, "Clé enseignant perdue ou vue par quelqu'un d'autre : créez-en une nouvelle ; l'ancienne est aussitôt révoquée."),
    h("div", { class: "actions" }, newKey), shown, errors.element);
}
