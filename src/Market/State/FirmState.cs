namespace NrcGame.Market;

/// <summary>
/// Everything one firm carries from one quarter to the next (market-model.md §8.1 "State"). The state of
/// turn 0 comes from <see cref="ScenarioStart.InitialStates"/>; each <see cref="FirmTurnResult.NextState"/> is
/// the input of the following turn.
/// </summary>
public sealed record FirmState
{
    /// <summary>Firm id (the key in <see cref="TurnInput.Firms"/>).</summary>
    public string FirmId { get; init; } = "";

    /// <summary>Last resolved turn (0 before the first).</summary>
    public int Turn { get; init; }

    /// <summary>Reps employed at the start of the next quarter.</summary>
    public IReadOnlyList<RepState> Reps { get; init; } = [];

    /// <summary>Reps hired who have not arrived yet.</summary>
    public IReadOnlyList<PendingHire> PendingHires { get; init; } = [];

    /// <summary>Sequence number of the next rep id.</summary>
    public int NextRepNumber { get; init; } = 1;

    /// <summary>Product quality per segment id (0–10 scale, §1.2).</summary>
    public IReadOnlyDictionary<string, double> ProductQuality { get; init; } = new Dictionary<string, double>();

    /// <summary>Stock per segment id.</summary>
    public IReadOnlyDictionary<string, InventoryState> Inventory { get; init; } = new Dictionary<string, InventoryState>();

    /// <summary>Communication adstocks per segment id.</summary>
    public IReadOnlyDictionary<string, CommunicationStock> Communication { get; init; } = new Dictionary<string, CommunicationStock>();

    /// <summary>Salesforce relationship stock S per territory × channel (§8.2 step 3).</summary>
    public IReadOnlyList<CellStock> SalesforceStock { get; init; } = [];

    /// <summary>DV (listed share, weighted) per territory × channel (§5.2).</summary>
    public IReadOnlyList<CellStock> Distribution { get; init; } = [];

    /// <summary>Last quarter's sales per cell.</summary>
    public IReadOnlyList<CellSales> LastSales { get; init; } = [];

    /// <summary>Last quarter's service level (units sold / units demanded, 1 = no stock-out).</summary>
    public double ServiceLevel { get; init; } = 1.0;

    /// <summary>Units lost from this quarter's demand per segment id because of last quarter's promotion (§5.4).</summary>
    public IReadOnlyDictionary<string, double> PromotionDip { get; init; } = new Dictionary<string, double>();

    /// <summary>Receivables by vintage and credit class.</summary>
    public IReadOnlyList<ReceivableVintage> Receivables { get; init; } = [];

    /// <summary>Ledger balances by PCG account number, debit positive, credit negative (Σ = 0).</summary>
    public IReadOnlyDictionary<string, decimal> Accounts { get; init; } = new Dictionary<string, decimal>();

    /// <summary>Overheads (external charges) per quarter (€ HT).</summary>
    public decimal OverheadsPerQuarter { get; init; }

    /// <summary>Depreciation per quarter (€).</summary>
    public decimal DepreciationPerQuarter { get; init; }

    /// <summary>Cumulative net income since the start of the game.</summary>
    public decimal CumulativeNetIncome { get; init; }

    /// <summary>Tax losses carried forward (déficits reportables).</summary>
    public decimal TaxLossCarryForward { get; init; }

    /// <summary>Cumulative reps who quit or were dismissed since the start (turnover).</summary>
    public int CumulativeDepartures { get; init; }
}
