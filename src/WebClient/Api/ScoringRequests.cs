using NrcGame.Bots;
using NrcGame.Grains.Games;
using NrcGame.Grains.Standings;
using NrcGame.Market;

namespace NrcGame.WebClient.Api;

/// <summary>Scoring weights as the teacher types them, in percent (they must add up to 100).</summary>
public sealed record ScoringWeightsRequest(double Profit, double ValueShare, double FinancialHealth, double CustomerQuality, double SocialClimate)
{
    /// <summary>The weights as fractions, for the engine.</summary>
    public ScoringWeights ToWeights() => new()
    {
        Profit = Profit / 100, ValueShare = ValueShare / 100, FinancialHealth = FinancialHealth / 100,
        CustomerQuality = CustomerQuality / 100, SocialClimate = SocialClimate / 100,
    };
}

/// <summary>The catch-up rule as chosen at creation: on or off, and the share of progress credited, in percent.</summary>
public sealed record CatchUpRequest(bool Enabled, decimal RatePercent = CatchUpRule.DefaultRate * 100)
{
    /// <summary>The rule for the game grain.</summary>
    public CatchUpRule ToRule() => new(Enabled, RatePercent / 100);
}

/// <summary>A bot firm asked for at creation.</summary>
public sealed record BotRequest(BotStrategy Strategy, BotDifficulty Difficulty = BotDifficulty.Normal)
{
    /// <summary>The seat for the game grain.</summary>
    public BotSeat ToSeat() => new(Strategy, Difficulty);
}
