import { h } from "../../dom";

/** The bot strategies in the order empty seats are filled (src/Bots/README.md describes each). */
export const botStrategies = [
  { id: "Discounter", label: "Discounteur" },
  { id: "PremiumBrand", label: "Marque premium" },
  { id: "SalesForceHeavy", label: "Force de vente" },
  { id: "DistributorFocused", label: "Distributeurs" },
  { id: "BalancedFollower", label: "Suiveur équilibré" },
] as const;

/** A bot asked for at creation. */
export interface BotChoice {
  strategy: (typeof botStrategies)[number]["id"];
  difficulty: "Easy" | "Normal" | "Hard";
}

/** How many bot firms fill empty seats and how well they play, for the creation form. */
export function botFieldset(): { element: HTMLElement; value: () => BotChoice[] } {
  const count = h("input", { id: "bot-count", name: "botCount", type: "number", min: 0, max: 10, value: 0, required: true });
  const difficulty = h("select", { id: "bot-difficulty", name: "botDifficulty" },
    h("option", { value: "Easy" }, "Facile"), h("option", { value: "Normal", selected: true }, "Normal"), h("option", { value: "Hard" }, "Difficile"));
  const element = h("fieldset", { class: "bots" },
    h("legend", {}, "Entreprises robots (sièges vides)"),
    h("label", { for: count.id }, "Nombre de robots (0 à 10)"), count,
    h("label", { for: difficulty.id }, "Niveau des robots"), difficulty,
    h("p", { class: "hint" }, `Stratégies attribuées dans l'ordre : ${botStrategies.map((strategy) => strategy.label).join(", ")}, puis de nouveau.`));
  return {
    element,
    value: () => {
      const wanted = Number(count.value);
      const bots = Number.isInteger(wanted) && wanted > 0 && wanted <= 10 ? wanted : 0;
      return Array.from({ length: bots }, (_, index) => ({
        strategy: botStrategies[index % botStrategies.length].id,
        difficulty: difficulty.value as BotChoice["difficulty"],
      }));
    },
  };
}
