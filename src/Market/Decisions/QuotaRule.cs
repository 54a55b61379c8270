using System.Text.Json.Serialization;

namespace NrcGame.Market;

/// <summary>How the team quota is split between reps (market-model.md §4.2, §4.5 fairness).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<QuotaRule>))]
public enum QuotaRule
{
    /// <summary>Every full-time rep gets the same quota, whatever the potential of his cells.</summary>
    Uniform,

    /// <summary>Each rep's quota is proportional to the potential of the cells he covers (fair quotas).</summary>
    ProportionalToPotential,

    /// <summary>
    /// Ratchet (Leone, Misra &amp; Zimmerman 2004): last quota + 60 % of the excess when the rep beat it, − 30 % of the
    /// shortfall when he missed it; reps without history get the team quota. Good reps learn to "sandbag".
    /// </summary>
    Ratchet,
}
