using System.Text.Json.Serialization;

namespace NrcGame.Bots;

/// <summary>How well a bot carries out its strategy (README.md of src/Bots).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<BotDifficulty>))]
public enum BotDifficulty
{
    /// <summary>« Facile » : naive forecast (last quarter's units), no safety stock, noisy prices and budgets.</summary>
    Easy,

    /// <summary>« Normal » : seasonal forecast, 10 % safety stock, a little noise.</summary>
    Normal,

    /// <summary>« Difficile » : seasonal and growth forecast, 5 % safety stock, no noise.</summary>
    Hard,
}
