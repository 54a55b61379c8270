import { api } from "../../api";
import { h, mount } from "../../dom";
import type { Session } from "../../session";
import type { GameSummary } from "../../types";
import { errorBox } from "../errors";
import { issuedSecrets } from "./issuedCodes";
import { qrCode } from "./qrCode";
import "./joinCodeSheet.css";

const loopback = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/;

/** The join link of a team: the code travels in the fragment (#), which browsers never send to the server. */
export function joinLink(base: string, code: string): string {
  return `${base}/#/rejoindre/${encodeURIComponent(code)}`;
}

/** Where students' devices reach the server: this page's address, unless it is the server's own loopback. */
function addressChoices(serverAddresses: string[]): string[] {
  const here = location.origin;
  const reachable = serverAddresses.filter((address) => !loopback.test(new URL(address).hostname));
  return loopback.test(location.hostname) ? [...reachable, here] : [here, ...reachable.filter((address) => address !== here)];
}

/**
 * The printable sheet of join codes: one card per team with its code and a QR code of its join link,
 * to cut out and hand to each team. Codes are shown once by the server, so the sheet is available in
 * the tab that created the game (or re-issued a code), right after.
 */
export function showJoinCodeSheet(session: Session): () => void {
  const errors = errorBox();
  const secrets = issuedSecrets(session.gameId);
  const address = h("select", { id: "join-address" });
  const cards = h("div", { class: "code-cards", "data-testid": "code-cards" });
  const title = h("h1", {}, "Codes d'équipe");
  const print = h("button", { type: "button" }, "Imprimer la fiche");
  print.addEventListener("click", () => window.print());
  let gameTitle = "";

  function render(): void {
    const teams = secrets?.teams ?? [];
    cards.replaceChildren(...(teams.length
      ? teams.map((team) => {
          const link = joinLink(address.value || location.origin, team.joinCode);
          return h("article", { class: "code-card", "data-firm": team.firmId },
            h("p", { class: "code-card-game" }, gameTitle),
            h("h2", {}, team.name),
            qrCode(link, `QR code pour rejoindre ${team.name}`),
            h("p", { class: "code-card-code" }, h("code", { class: "join-code" }, team.joinCode)),
            h("p", { class: "hint" }, `Scannez le QR code, ou ouvrez ${address.value || location.origin} et saisissez ce code avec votre prénom.`));
        })
      : [h("p", { class: "warning" }, "Les codes ne sont affichés qu'une fois, dans l'onglet qui a créé la partie. Depuis la console, « nouveau code » en crée un nouveau pour une équipe (l'ancien cesse de fonctionner).")]));
  }
  address.addEventListener("change", render);

  mount(
    h("div", { class: "page-head no-print" }, title,
      h("a", { class: "button-link", href: "#/enseignant" }, "Retour à la console"), print),
    h("div", { class: "inline-field no-print" },
      h("label", { for: address.id }, "Adresse du serveur pour les élèves (celle des QR codes)"), address,
      h("p", { class: "hint" }, "Choisissez une adresse que les téléphones et ordinateurs de la classe peuvent joindre (même réseau).")),
    errors.element,
    cards);

  Promise.all([api.get<GameSummary>(`/api/games/${session.gameId}`), api.get<string[]>(`/api/games/${session.gameId}/server-addresses`)])
    .then(([summary, addresses]) => {
      gameTitle = summary.title;
      title.textContent = `Codes d'équipe — ${summary.title}`;
      address.replaceChildren(...addressChoices(addresses).map((choice) => h("option", { value: choice }, choice)));
      render();
    })
    .catch((error) => {
      errors.show(error);
      render();
    });
  render();
  return () => undefined;
}
