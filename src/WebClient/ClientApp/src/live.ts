import * as signalR from "@microsoft/signalr";
import { currentSession } from "./session";
import type { GameSummary } from "./types";

/**
 * Connects to the game's hub and calls `onGame` with every new public view of the game.
 * Reconnects by itself after a network drop or a server restart.
 */
export function watchGame(onGame: (summary: GameSummary) => void, onState: (state: string) => void): () => void {
  const connection = new signalR.HubConnectionBuilder()
    .withUrl("/hubs/game", { accessTokenFactory: () => currentSession()?.token ?? "" })
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (retry) => Math.min(1000 * 2 ** retry.previousRetryCount, 10000) })
    .configureLogging(signalR.LogLevel.Warning)
    .build();
  connection.on("gameChanged", onGame);
  connection.onreconnecting(() => onState("Reconnexion…"));
  connection.onreconnected(() => onState("En direct"));
  let stopped = false;
  const start = async (): Promise<void> => {
    try {
      await connection.start();
      onState("En direct");
    } catch {
      onState("Hors ligne — nouvelle tentative…");
      if (!stopped) setTimeout(start, 3000);
    }
  };
  connection.onclose(() => {
    if (!stopped) {
      onState("Hors ligne — nouvelle tentative…");
      setTimeout(start, 3000);
    }
  });
  void start();
  return () => {
    stopped = true;
    void connection.stop();
  };
}
