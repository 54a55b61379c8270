using NrcGame.Bots;

namespace NrcGame.Grains.Games;

/// <summary>A seat filled by a bot firm: the strategy it plays and how well (see src/Bots/README.md).</summary>
[GenerateSerializer, Immutable]
public sealed record BotSeat(
    [property: Id(0)] BotStrategy Strategy,
    [property: Id(1)] BotDifficulty Difficulty = BotDifficulty.Normal)
{
    /// <summary>The name the class sees, e.g. « Robot Discounteur ».</summary>
    public string DisplayName => $"Robot {BotProfile.Of(Strategy).Label}";

    /// <summary>The author recorded with the bot's submissions.</summary>
    public string Author => $"{DisplayName} ({DifficultyLabel})";

    private string DifficultyLabel => Difficulty switch
    {
        BotDifficulty.Easy => "facile",
        BotDifficulty.Hard => "difficile",
        _ => "normal",
    };
}
