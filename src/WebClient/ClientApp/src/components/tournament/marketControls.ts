import type { ErrorBox } from "../errors";
import { h } from "../../dom";
import type { GameSummary, MarketProgress } from "../../types";
import { commandButton } from "../commandButton";

/**
 * The tournament teacher's turn control of ONE market (its game `{tournament}-n`, on which the tournament key is
 * teacher): open its first quarter, pause or resume it, close and resolve its quarter — without touching the others.
 */
export function marketControls(market: MarketProgress, errors: ErrorBox, done: () => void): HTMLElement | null {
  const game = `/api/games/${market.gameId}`;
  const button = (label: string, path: string, action: string, body?: unknown, secondary = true) =>
    commandButton<GameSummary>(label, () => `${game}/${path}`, errors, done, {
      body: body === undefined ? undefined : () => body, secondary,
      attributes: { "data-testid": `market-${market.number}-${action}`, "aria-label": `${label} — marché ${market.number}` },
    });
  const buttons = (() => {
    switch (market.status) {
      case "Lobby": return [button("Ouvrir", "start", "start", { minutes: null })];
      case "TurnOpen": return [button("Suspendre", "pause", "pause"), button("Résoudre", `turns/current/resolve?turn=${market.currentTurn}`, "resolve", undefined, false)];
      case "Paused": return [button("Reprendre", "resume", "resume"), button("Résoudre", `turns/current/resolve?turn=${market.currentTurn}`, "resolve", undefined, false)];
      default: return [];
    }
  })();
  return buttons.length === 0 ? null : h("div", { class: "actions market-actions" }, ...buttons);
}
