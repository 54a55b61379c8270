using NrcGame.Market;

namespace NrcGame.Scenarios.Tests;

/// <summary>Decisions of a scripted firm for one turn, built from the reference decisions through <see cref="FirmDecisions"/>.</summary>
internal static class ScriptedDecisions
{
    /// <summary>The decisions of <paramref name="strategy"/> for <paramref name="turn"/>, given the state before it and last turn's result.</summary>
    public static FirmDecisions For(FirmStrategy strategy, MarketScenario scenario, FirmDecisions reference, FirmState state, FirmTurnResult? last, int turn)
    {
        if (strategy == FirmStrategy.Passive) return reference;
        var (priceFactor, mediaFactor, stockCover) = strategy switch
        {
            FirmStrategy.Discounter => (0.88m, 0.5m, 1.3),
            FirmStrategy.Premium => (1.15m, 1.6m, 1.0),
            _ => (1.0m, 1.0m, 1.15),
        };
        var decisions = reference with
        {
            Pricing = reference.Pricing with { ListPrice = Scale(reference.Pricing.ListPrice, priceFactor) },
            Promotion = reference.Promotion with
            {
                Media = Scale(reference.Promotion.Media, mediaFactor),
                Sponsorship = Scale(reference.Promotion.Sponsorship, strategy == FirmStrategy.Premium ? 2m : mediaFactor),
            },
            Purchases = Purchases(scenario, reference, state, last, stockCover),
        };
        return strategy switch
        {
            FirmStrategy.Premium => decisions with { Staffing = decisions.Staffing with { TrainingDaysPerRep = 2 } },
            FirmStrategy.HeavySalesforce => decisions with
            {
                Staffing = new StaffingDecisions { Hires = turn == 1 ? [new HireOrder(RepStatus.FieldRep, 3)] : [], TrainingDaysPerRep = 1 },
                Remuneration = decisions.Remuneration with
                {
                    CommissionRate = Math.Min(0.2m, decisions.Remuneration.CommissionRate * 1.5m),
                    StimulationBudget = 300m * state.Reps.Count,
                    ManagementStyle = ManagementStyle.Participative,
                },
                Allocation = decisions.Allocation with { ProspectionShare = 0.6 },
            },
            _ => decisions,
        };
    }

    /// <summary>Units to order so that stock covers last turn's demand (not its sales, which a stock-out caps) times <paramref name="cover"/>; turn 1: the reference purchases.</summary>
    private static IReadOnlyDictionary<string, long> Purchases(MarketScenario scenario, FirmDecisions reference, FirmState state, FirmTurnResult? last, double cover) =>
        scenario.Segments.ToDictionary(
            segment => segment.Id,
            segment =>
            {
                var expected = last?.Sales.Segments.FirstOrDefault(sales => sales.Segment == segment.Id)?.Demand ?? reference.Purchases.GetValueOrDefault(segment.Id);
                var stock = state.Inventory.TryGetValue(segment.Id, out var inventory) ? inventory.Units : 0;
                return Math.Max(0L, (long)Math.Round(expected * cover) - stock);
            },
            StringComparer.Ordinal);

    private static IReadOnlyDictionary<string, decimal> Scale(IReadOnlyDictionary<string, decimal> amounts, decimal factor) =>
        amounts.ToDictionary(pair => pair.Key, pair => Math.Round(pair.Value * factor, 2), StringComparer.Ordinal);
}
