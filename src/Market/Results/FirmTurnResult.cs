namespace NrcGame.Market;

/// <summary>Everything one firm receives after a quarter (product.md "What a turn produces for each firm").</summary>
public sealed record FirmTurnResult
{
    /// <summary>Firm id.</summary>
    public string FirmId { get; init; } = "";

    /// <summary>Turn resolved.</summary>
    public int Turn { get; init; }

    /// <summary>Sales in units and € per segment × territory × channel, with shares and attraction indices.</summary>
    public SalesReport Sales { get; init; } = new();

    /// <summary>Statements derived from the ledger.</summary>
    public required FinancialStatements Statements { get; init; }

    /// <summary>Tableau de bord.</summary>
    public Dashboard Dashboard { get; init; } = new();

    /// <summary>Sales-team report.</summary>
    public SalesTeamReport SalesTeam { get; init; } = new();

    /// <summary>Risk panel.</summary>
    public RiskPanel Risk { get; init; } = new();

    /// <summary>Market studies bought.</summary>
    public StudyReport Studies { get; init; } = new();

    /// <summary>Score components and score.</summary>
    public ScoreComponents Score { get; init; } = new();

    /// <summary>The state carried into the next quarter.</summary>
    public FirmState NextState { get; init; } = new();
}
