using NrcGame.Market.Accounting;

namespace NrcGame.Market;

/// <summary>
/// Builds every firm's state at turn 0 from the scenario's <see cref="InitialPosition"/> (symmetric start), and
/// the reference decisions a firm starts from. The reference point is a steady state: last quarter's sales are a
/// 1/N share of the reference demand, adstocks and salesforce stocks equal 1, DV is the listing steady state.
/// </summary>
public static class ScenarioStart
{
    /// <summary>State and starting decisions for each firm id, in the given order.</summary>
    public static IReadOnlyDictionary<string, FirmStart> InitialStates(MarketScenario scenario, IReadOnlyList<string> firmIds)
    {
        var starts = new Dictionary<string, FirmStart>(StringComparer.Ordinal);
        foreach (var firmId in firmIds)
        {
            var state = InitialState(scenario, firmId, firmIds.Count);
            starts[firmId] = new FirmStart(state, scenario.Start.Decisions ?? ReferenceDecisions(scenario, firmIds.Count));
        }
        return starts;
    }

    /// <summary>The state of one firm before turn 1 among <paramref name="firmCount"/> symmetric firms.</summary>
    public static FirmState InitialState(MarketScenario scenario, string firmId, int firmCount)
    {
        var start = scenario.Start;
        var reps = new List<RepState>();
        foreach (var group in start.Reps)
        {
            for (var index = 0; index < group.Count; index++)
            {
                reps.Add(new RepState
                {
                    Id = $"r{reps.Count + 1}",
                    Status = group.Status,
                    TenureQuarters = group.TenureQuarters,
                    LastQuota = ReferenceQuota(scenario, firmCount),
                });
            }
        }
        var inventory = scenario.Segments.ToDictionary(
            segment => segment.Id,
            segment => new InventoryState(start.Inventory.TryGetValue(segment.Id, out var units) ? units : 0, segment.UnitPurchaseCost),
            StringComparer.Ordinal);
        var stockValue = inventory.Values.Sum(item => item.Units * item.UnitCost);
        var accounts = new Dictionary<string, decimal>(StringComparer.Ordinal)
        {
            [AccountNumbers.Bank] = start.Cash,
            [AccountNumbers.TangibleAssets] = start.FixedAssets,
            [AccountNumbers.Inventory] = stockValue,
            [AccountNumbers.Capital] = -(start.Cash + start.FixedAssets + stockValue),
        };
        return new FirmState
        {
            FirmId = firmId,
            Turn = 0,
            Reps = reps,
            NextRepNumber = reps.Count + 1,
            ProductQuality = scenario.Segments.ToDictionary(
                segment => segment.Id,
                segment => start.ProductQuality.TryGetValue(segment.Id, out var quality) ? quality : segment.IdealQuality,
                StringComparer.Ordinal),
            Inventory = inventory,
            Communication = scenario.Segments.ToDictionary(segment => segment.Id, _ => new CommunicationStock(1, 1, 1), StringComparer.Ordinal),
            SalesforceStock = (from territory in scenario.Territories
                               from channel in scenario.Channels
                               where MarketCalendar.RequiredVisits(territory, channel) > 0
                               select new CellStock(territory.Id, channel.Id, 1.0)).ToList(),
            Distribution = (from territory in scenario.Territories
                            from channel in scenario.Channels
                            where channel.NeedsListing
                            select new CellStock(territory.Id, channel.Id,
                                start.Distribution.TryGetValue(channel.Id, out var dv) ? dv : ListingSteadyState(channel))).ToList(),
            LastSales = ReferenceSales(scenario, 0, firmCount),
            Accounts = accounts,
            OverheadsPerQuarter = start.OverheadsPerQuarter,
            DepreciationPerQuarter = start.DepreciationPerQuarter,
        };
    }

    /// <summary>
    /// The decisions of a reference firm: reference prices and remises, 30-day terms, reference communication and
    /// trade spend, purchases equal to the expected sales of turn 1, a 70/30 pay mix at market pay, and a time
    /// split that covers every cell's Talley workload equally.
    /// </summary>
    public static FirmDecisions ReferenceDecisions(MarketScenario scenario, int firmCount)
    {
        var sales = ReferenceSales(scenario, 1, firmCount);
        var market = scenario.Salesforce.MarketPayQuarterly;
        var quota = ReferenceQuota(scenario, firmCount);
        var fixedPay = Math.Round(market * 0.7m, 2);
        var commission = quota > 0 ? Math.Round(market * 0.3m * 0.6m / quota, 4) : 0m;
        return new FirmDecisions
        {
            Pricing = new PricingDecisions
            {
                ListPrice = scenario.Segments.ToDictionary(segment => segment.Id, segment => segment.ReferencePrice, StringComparer.Ordinal),
                Discount = scenario.Channels.ToDictionary(channel => channel.Id, channel => channel.ReferenceDiscount, StringComparer.Ordinal),
                PaymentTermsDays = (int)scenario.Finance.ReferencePaymentTermsDays,
                AcceptedCreditClasses = scenario.CreditClasses.Select(credit => credit.Id).ToList(),
            },
            Remuneration = new RemunerationDecisions
            {
                FixedSalary = fixedPay,
                CommissionRate = commission,
                Quota = quota,
                Bonus = Math.Round(market * 0.3m - commission * quota, 2),
            },
            Allocation = new AllocationDecisions { Default = ReferenceAllocation(scenario) },
            Promotion = new PromotionDecisions
            {
                Media = scenario.Segments.ToDictionary(segment => segment.Id, segment => segment.ReferenceMediaSpend, StringComparer.Ordinal),
                DirectMarketing = scenario.Segments.ToDictionary(segment => segment.Id, segment => segment.ReferenceDirectMarketingSpend, StringComparer.Ordinal),
                Sponsorship = scenario.Segments.ToDictionary(segment => segment.Id, segment => segment.ReferenceSponsorshipSpend, StringComparer.Ordinal),
                Trade = scenario.Channels.ToDictionary(channel => channel.Id, channel => new TradeDecision { DisplaySpend = channel.ReferenceTradeSpend }, StringComparer.Ordinal),
            },
            Purchases = scenario.Segments.ToDictionary(
                segment => segment.Id,
                segment => sales.Where(cell => cell.Segment == segment.Id).Sum(cell => cell.Units),
                StringComparer.Ordinal),
        };
    }

    /// <summary>A time split giving every territory × channel with visits the same coverage: x ∝ W_k,c / (visits per day × (1 − τ_k)).</summary>
    public static IReadOnlyList<TimeAllocation> ReferenceAllocation(MarketScenario scenario)
    {
        var needs = (from territory in scenario.Territories
                     from channel in scenario.Channels
                     let required = MarketCalendar.RequiredVisits(territory, channel)
                     where required > 0
                     select (territory.Id, channel.Id, Need: required / (channel.VisitsPerDay * (1 - territory.TravelShare)))).ToList();
        var total = needs.Sum(need => need.Need);
        return needs.Select(need => new TimeAllocation(need.Item1, need.Item2, need.Need / total)).ToList();
    }

    /// <summary>Steady-state DV of a reference firm: the listing probability at the reference retailer profit (§5.2).</summary>
    public static double ListingSteadyState(ChannelDefinition channel) => 1.0 / (1.0 + Math.Exp(-(1.0 - channel.ListingHurdle) / channel.ListingSpread));

    /// <summary>Sales per cell of one of <paramref name="firmCount"/> symmetric reference firms in a turn, at reference net prices.</summary>
    internal static IReadOnlyList<CellSales> ReferenceSales(MarketScenario scenario, int turn, int firmCount) =>
        (from segment in scenario.Segments
         from territory in scenario.Territories
         from channel in scenario.Channels
         let weight = MarketCalendar.ChannelWeight(segment, channel.Id)
         where weight > 0
         let units = ReferenceUnits(scenario, segment, territory.Id, weight, turn, firmCount)
         select new CellSales(segment.Id, territory.Id, channel.Id, units, units * MarketCalendar.ReferenceNetPrice(segment, channel))).ToList();

    /// <summary>Units a reference firm sells in a cell: its 1/N share of the base volume, rounded.</summary>
    internal static long ReferenceUnits(MarketScenario scenario, SegmentDefinition segment, string territory, double weight, int turn, int firmCount) =>
        (long)Math.Round(MarketCalendar.BaseVolume(scenario, segment, territory, turn) * weight / Math.Max(1, firmCount));

    /// <summary>Reference quota per rep: the reference firm's revenue in channels with visits ÷ its initial headcount.</summary>
    private static decimal ReferenceQuota(MarketScenario scenario, int firmCount)
    {
        var visited = scenario.Channels.Where(channel => scenario.Territories.Any(territory => MarketCalendar.RequiredVisits(territory, channel) > 0))
            .Select(channel => channel.Id).ToHashSet(StringComparer.Ordinal);
        var revenue = ReferenceSales(scenario, 1, firmCount).Where(cell => visited.Contains(cell.Channel)).Sum(cell => cell.RevenueHt);
        var headcount = scenario.Start.Reps.Sum(group => group.Count);
        return headcount > 0 ? Math.Round(revenue / headcount / 100m) * 100m : 0m;
    }
}
