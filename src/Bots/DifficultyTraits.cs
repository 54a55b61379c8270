namespace NrcGame.Bots;

/// <summary>How a difficulty level carries out a strategy (README.md of src/Bots).</summary>
/// <param name="PriceNoise">Largest relative deviation of the list price from the strategy's level.</param>
/// <param name="BudgetNoise">Largest relative deviation of each promotion budget.</param>
/// <param name="SafetyStock">Purchases cover the forecast plus this share.</param>
/// <param name="SeasonalForecast">Whether the forecast applies seasonality and growth (else: last quarter's units).</param>
/// <param name="ReplacesDepartures">Whether the bot hires back to its target team every turn (else only at turn 1).</param>
/// <param name="GuardsCash">Whether promotion budgets are halved while the bank account is overdrawn.</param>
public sealed record DifficultyTraits(double PriceNoise, double BudgetNoise, double SafetyStock, bool SeasonalForecast, bool ReplacesDepartures, bool GuardsCash)
{
    /// <summary>The traits of a difficulty level.</summary>
    public static DifficultyTraits Of(BotDifficulty difficulty) => difficulty switch
    {
        BotDifficulty.Easy => new(PriceNoise: 0.03, BudgetNoise: 0.20, SafetyStock: 0.0, SeasonalForecast: false, ReplacesDepartures: false, GuardsCash: false),
        BotDifficulty.Normal => new(PriceNoise: 0.015, BudgetNoise: 0.10, SafetyStock: 0.10, SeasonalForecast: true, ReplacesDepartures: true, GuardsCash: false),
        BotDifficulty.Hard => new(PriceNoise: 0, BudgetNoise: 0, SafetyStock: 0.05, SeasonalForecast: true, ReplacesDepartures: true, GuardsCash: true),
        _ => throw new ArgumentOutOfRangeException(nameof(difficulty), difficulty, "Unknown bot difficulty."),
    };
}
