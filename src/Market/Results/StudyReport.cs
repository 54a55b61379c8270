namespace NrcGame.Market;

/// <summary>What the market studies bought this quarter reveal (empty lists for studies not bought).</summary>
public sealed record StudyReport
{
    /// <summary>Studies bought.</summary>
    public IReadOnlyList<MarketStudy> Bought { get; init; } = [];

    /// <summary>Every firm's list price per segment.</summary>
    public IReadOnlyList<FirmFigure> CompetitorPrices { get; init; } = [];

    /// <summary>Every firm's value share per segment.</summary>
    public IReadOnlyList<FirmFigure> ValueShares { get; init; } = [];

    /// <summary>Every firm's volume share per segment.</summary>
    public IReadOnlyList<FirmFigure> VolumeShares { get; init; } = [];

    /// <summary>Every firm's DV per channel.</summary>
    public IReadOnlyList<FirmFigure> DistributionValue { get; init; } = [];

    /// <summary>Every firm's headcount (key "headcount"), coverage (key "coverage") and average gross pay (key "pay").</summary>
    public IReadOnlyList<FirmFigure> Salesforce { get; init; } = [];
}

/// <summary>One figure about one firm in a market study.</summary>
/// <param name="FirmId">Firm id.</param>
/// <param name="Key">Segment, channel or measure id.</param>
/// <param name="Value">The figure.</param>
public sealed record FirmFigure(string FirmId, string Key, double Value);
