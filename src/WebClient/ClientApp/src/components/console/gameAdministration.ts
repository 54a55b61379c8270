import { api } from "../../api";
import { h } from "../../dom";
import { endSession, type Session } from "../../session";
import { errorBox } from "../errors";
import "./gameAdministration.css";

interface TeacherKeyIssued {
  teacherKey: string;
}

/**
 * The teacher's card for the game's own access and data: a new teacher key (shown once, the old one
 * stops working) for a key lost or seen by someone else; the download of everything the game holds
 * (JSON), and the deletion of the game once it is kept elsewhere.
 */
export function gameAdministration(session: Session): HTMLElement {
  const game = `/api/games/${session.gameId}`;
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

  const exportAll = h("button", { type: "button", class: "secondary", "data-testid": "export-game" }, "Tout exporter (JSON)");
  exportAll.addEventListener("click", async () => {
    errors.clear();
    try {
      const response = await fetch(`${game}/export.json`, { headers: { Authorization: `Bearer ${session.token}` } });
      if (!response.ok) throw new Error(`Export impossible (${response.status}).`);
      const link = h("a", { href: URL.createObjectURL(await response.blob()), download: `nrcgame-${session.gameId}.json` });
      link.click();
      URL.revokeObjectURL(link.href);
    } catch (error) {
      errors.show(error);
    }
  });

  const remove = h("button", { type: "button", class: "danger", "data-testid": "delete-game" }, "Supprimer la partie");
  remove.addEventListener("click", async () => {
    if (!window.confirm("Supprimer définitivement la partie ? Décisions, résultats, notes et codes d'équipe seront effacés du serveur. Exportez-la d'abord si vous voulez la garder.")) return;
    errors.clear();
    try {
      await api.delete(game);
      endSession();
      location.hash = "#/";
    } catch (error) {
      errors.show(error);
    }
  });

  return h("section", { class: "card", "aria-labelledby": "administration-title" },
    h("h2", { id: "administration-title" }, "Accès et données de la partie"),
    h("p", { class: "muted" }, "Clé enseignant perdue ou vue par quelqu'un d'autre : créez-en une nouvelle ; l'ancienne est aussitôt révoquée."),
    h("div", { class: "actions" }, newKey), shown,
    h("p", { class: "muted" }, "Fin d'année : exportez tout ce que la partie contient (réglages, décisions, résultats, notes), puis supprimez-la du serveur."),
    h("div", { class: "actions" }, exportAll, remove), errors.element);
}
