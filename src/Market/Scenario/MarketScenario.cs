namespace NrcGame.Market;

/// <summary>
/// A market: segments, territories, channels, credit classes, outlook per quarter, every model parameter
/// (defaults of market-model.md §8.4) and the firms' starting position. Plain data; serialises with
/// System.Text.Json (web defaults). <see cref="ScenarioFactory.Standard"/> builds one in code.
/// </summary>
public sealed record MarketScenario
{
    /// <summary>Identifier of the scenario.</summary>
    public string Id { get; init; } = "";

    /// <summary>French title.</summary>
    public string Title { get; init; } = "";

    /// <summary>Number of turns (quarters) of a game.</summary>
    public int TurnCount { get; init; } = 8;

    /// <summary>Quarter of the year (1–4) of turn 1; drives the seasonal coefficients.</summary>
    public int FirstQuarter { get; init; } = 1;

    /// <summary>Segments (s).</summary>
    public IReadOnlyList<SegmentDefinition> Segments { get; init; } = [];

    /// <summary>Territories (k).</summary>
    public IReadOnlyList<TerritoryDefinition> Territories { get; init; } = [];

    /// <summary>Channels (c).</summary>
    public IReadOnlyList<ChannelDefinition> Channels { get; init; } = [];

    /// <summary>Client credit classes (g), A–D by default (§8.4).</summary>
    public IReadOnlyList<CreditClassDefinition> CreditClasses { get; init; } =
    [
        new("A", 5, 0.0025, 0.06),
        new("B", 10, 0.0075, 0.10),
        new("C", 20, 0.02, 0.18),
        new("D", 35, 0.05, 0.30),
    ];

    /// <summary>Economic outlook: multiplier of every potential for turn 1, 2… (missing turns = 1).</summary>
    public IReadOnlyList<double> Outlook { get; init; } = [];

    /// <summary>Salesforce, pay and turnover parameters.</summary>
    public SalesforceParameters Salesforce { get; init; } = new();

    /// <summary>Accounting, tax, credit and cash parameters.</summary>
    public FinanceParameters Finance { get; init; } = new();

    /// <summary>Composite score weights.</summary>
    public ScoringWeights Scoring { get; init; } = new();

    /// <summary>Starting position of every firm.</summary>
    public InitialPosition Start { get; init; } = new();
}
