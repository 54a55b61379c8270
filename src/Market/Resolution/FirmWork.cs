namespace NrcGame.Market;

/// <summary>
/// The working data of one firm during one resolution (market-model.md §8.2 steps 2–12): filled step by step,
/// then turned into the firm's <see cref="FirmTurnResult"/>. Arrays are indexed by <see cref="MarketLayout"/>.
/// </summary>
internal sealed class FirmWork
{
    public FirmWork(string id, FirmTurnInput input, MarketLayout layout)
    {
        Id = id;
        State = input.State;
        Decisions = input.Decisions;
        var visitCells = layout.VisitCells.Count;
        var cells = layout.Cells.Count;
        var subCells = cells * layout.ClassCount;
        Nominal = new double[visitCells];
        Effective = new double[visitCells];
        Coverage = new double[visitCells];
        SalesforceStock = new double[visitCells];
        var segments = layout.Scenario.Segments.Count;
        Communication = new CommunicationStock[segments];
        CommunicationIndex = new double[segments];
        AdvertisingIndex = new double[segments];
        ImageIndex = new double[segments];
        PromotionTerm = new double[segments];
        Distribution = new double[layout.Scenario.Territories.Count, layout.Scenario.Channels.Count];
        PriceIndex = new double[subCells];
        Attraction = new double[subCells];
        Share = new double[subCells];
        Demand = new double[subCells];
        ServedOwn = new double[subCells];
        SpillReceived = new double[subCells];
        Units = new long[subCells];
        CellTerms = new CellTerms[cells];
        ListPrice = layout.Scenario.Segments.Select(segment => Bookkeeping.Cents(Decisions.Pricing.ListPrice.TryGetValue(segment.Id, out var price) ? price : segment.ReferencePrice)).ToArray();
        Accepted = layout.Scenario.CreditClasses.Select(credit => Decisions.Pricing.AcceptedCreditClasses.Contains(credit.Id)).ToArray();
    }

    public string Id { get; }

    public FirmState State { get; }

    public FirmDecisions Decisions { get; }

    public decimal[] ListPrice { get; }

    public bool[] Accepted { get; }

    public List<RepWork> Reps { get; } = [];

    public List<(RepState Rep, decimal Severance)> Dismissed { get; } = [];

    public List<PendingHire> PendingHires { get; } = [];

    public int NextRepNumber { get; set; }

    public decimal RecruitingCost { get; set; }

    public decimal Severance { get; set; }

    public decimal AgentIndemnities { get; set; }

    public decimal AgentFees { get; set; }

    public decimal VisitExpenses { get; set; }

    public double[] Nominal { get; }

    public double[] Effective { get; }

    public double[] Coverage { get; }

    public double[] SalesforceStock { get; }

    public CommunicationStock[] Communication { get; }

    public double[] CommunicationIndex { get; }

    public double[] AdvertisingIndex { get; }

    public double[] ImageIndex { get; }

    public double[] PromotionTerm { get; }

    /// <summary>DV per territory × channel in effect this quarter.</summary>
    public double[,] Distribution { get; }

    public double[] PriceIndex { get; }

    public double[] Attraction { get; }

    public double[] Share { get; }

    public double[] Demand { get; }

    public double[] ServedOwn { get; }

    public double[] SpillReceived { get; }

    public long[] Units { get; }

    public CellTerms[] CellTerms { get; }

    /// <summary>The firm's bookkeeping once closed (null before step 11).</summary>
    public FirmBooks? Books { get; set; }

    /// <summary>Units of this quarter's demand due to the promotion, per segment (for next quarter's dip).</summary>
    public double[] PromotionIncrement { get; set; } = [];
}
