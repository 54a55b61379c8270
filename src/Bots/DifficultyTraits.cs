namespace NrcGame.Bots;

/// <summary>How a difficulty level carries out a strategy (README.md of src/Bots).</summary>
/// <param name="PriceNoise">Largest relative deviation of the list price from the strategy's level.</param>
/// <param name="BudgetNoise">Largest relative deviation of each promotion budget.</param>
/// <param name="SafetyStock">Purchases cover the forecast plus this share.</param>
/// <param name="SeasonalForecast">Whether the forecast applies seasonality and growth (else: last quarter's units).</param>
public sealed record DifficultyTraits(double PriceNoise, double BudgetNoise, double SafetyStock, bool SeasonalForecast)
{
    /// <summary>The traits of a difficulty level.</summary>
    public static DifficultyTraits Of(BotDifficulty difficulty) => difficulty switch
    {
        BotDifficulty.Easy => new(PriceNoise: 0.03, BudgetNoise: 0.20, SafetyStock: 0.0, SeasonalForecast: false),
        BotDifficulty.Normal => new(PriceNoise: 0.015, BudgetNoise: 0.10, SafetyStock: 0.10, SeasonalForecast: true),
        BotDifficulty.Hard => new(PriceNoise: 0, BudgetNoise: 0, SafetyStock: 0.05, SeasonalForecast: true),
        _ => throw new ArgumentOutOfRangeException(nameof(difficulty), difficulty, "Unknown bot difficulty."),
    };
}
