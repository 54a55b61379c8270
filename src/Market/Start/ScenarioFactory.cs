namespace NrcGame.Market;

/// <summary>
/// Builds a standard market in code for tests, benchmarks and demos: a B2C consumer segment sold through
/// hypermarkets, proximity stores and e-commerce, and a B2B segment sold direct and on e-commerce, with the
/// defaults of market-model.md §8.4. Territory accounts are sized so that the reference team covers exactly the
/// Talley workload (coverage = 1) with the reference time split.
/// </summary>
public static class ScenarioFactory
{
    private static readonly double[] PotentialPattern = [1.3, 1.0, 0.7];
    private static readonly double[] TravelPattern = [0.15, 0.25, 0.35];

    /// <summary>Channel ids of the standard market.</summary>
    public const string Hypermarket = "HYPER", Proximity = "PROXI", ECommerce = "ECOM", Direct = "DIRECT";

    /// <summary>Segment ids of the standard market.</summary>
    public const string Consumers = "B2C_GP", Professionals = "B2B_PRO";

    /// <summary>A standard scenario with <paramref name="territoryCount"/> territories and <paramref name="repsPerFirm"/> field reps per firm.</summary>
    /// <param name="territoryCount">Number of territories (1–12).</param>
    /// <param name="repsPerFirm">Initial field reps of each firm.</param>
    /// <param name="turnCount">Turns of a game.</param>
    public static MarketScenario Standard(int territoryCount = 3, int repsPerFirm = 6, int turnCount = 8)
    {
        var channels = new List<ChannelDefinition>
        {
            new() { Id = Hypermarket, Name = "Hyper et supermarchés", Kind = ChannelKind.Hypermarket, IntermediaryMargin = 0.25, ReferenceDiscount = 0.10m, CallsPerAccount = 3, VisitsPerDay = 6, ReferenceTradeSpend = 12000m, ListingHurdle = 0.5 },
            new() { Id = Proximity, Name = "Magasins de proximité", Kind = ChannelKind.Proximity, IntermediaryMargin = 0.32, ReferenceDiscount = 0.05m, CallsPerAccount = 2, VisitsPerDay = 6, ReferenceTradeSpend = 4000m, ListingHurdle = 0.65 },
            new() { Id = ECommerce, Name = "E-commerce", Kind = ChannelKind.ECommerce, IntermediaryMargin = 0.18, ReferenceDiscount = 0m, CallsPerAccount = 0, VisitsPerDay = 0 },
            new() { Id = Direct, Name = "Vente directe", Kind = ChannelKind.Direct, IntermediaryMargin = 0, ReferenceDiscount = 0m, CallsPerAccount = 3, VisitsPerDay = 5 },
        };
        // Share of the reference team's selling time per visited channel; accounts follow from it.
        var timeSplit = new Dictionary<string, double> { [Hypermarket] = 0.30, [Proximity] = 0.20, [Direct] = 0.50 };
        var salesforce = new SalesforceParameters();
        var weights = Enumerable.Range(0, territoryCount).Select(index => PotentialPattern[index % PotentialPattern.Length]).ToArray();
        var weightSum = weights.Sum();
        var territories = new List<TerritoryDefinition>();
        for (var index = 0; index < territoryCount; index++)
        {
            var travel = TravelPattern[index % TravelPattern.Length];
            var accounts = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var channel in channels.Where(channel => timeSplit.ContainsKey(channel.Id)))
            {
                var visits = repsPerFirm * timeSplit[channel.Id] / territoryCount * salesforce.WorkingDaysPerQuarter
                    * channel.VisitsPerDay * (1 - salesforce.AdminShare) * (1 - travel);
                accounts[channel.Id] = visits / channel.CallsPerAccount;
            }
            territories.Add(new TerritoryDefinition { Id = $"T{index + 1}", Name = $"Secteur {index + 1}", TravelShare = travel, Volatility = 0.2, Accounts = accounts });
        }
        Dictionary<string, double> Potential(double total) =>
            territories.Select((territory, index) => (territory.Id, Units: total * weights[index] / weightSum))
                .ToDictionary(pair => pair.Id, pair => pair.Units, StringComparer.Ordinal);

        var segments = new List<SegmentDefinition>
        {
            new()
            {
                Id = Consumers, Name = "Grand public", Kind = SegmentKind.B2C,
                ReferencePrice = 20m, UnitPurchaseCost = 11m, VatRate = 0.20m, GrowthPerQuarter = 0.005,
                Seasonality = [0.9, 1.0, 0.8, 1.3],
                Potential = Potential(40000.0 * territoryCount),
                ChannelWeights = new Dictionary<string, double> { [Hypermarket] = 0.60, [Proximity] = 0.25, [ECommerce] = 0.15 },
                CreditMix = new Dictionary<string, double> { ["A"] = 0.5, ["B"] = 0.3, ["C"] = 0.15, ["D"] = 0.05 },
                IdealQuality = 6, ReferenceMediaSpend = 30000m, ReferenceDirectMarketingSpend = 8000m, ReferenceSponsorshipSpend = 5000m,
                Parameters = MarketParameters.ForB2C,
            },
            new()
            {
                Id = Professionals, Name = "Professionnels", Kind = SegmentKind.B2B,
                ReferencePrice = 250m, UnitPurchaseCost = 150m, VatRate = 0.20m, GrowthPerQuarter = 0.01,
                Seasonality = [1.05, 1.05, 0.8, 1.1],
                Potential = Potential(1600.0 * territoryCount),
                ChannelWeights = new Dictionary<string, double> { [Direct] = 0.70, [ECommerce] = 0.30 },
                CreditMix = new Dictionary<string, double> { ["A"] = 0.3, ["B"] = 0.35, ["C"] = 0.25, ["D"] = 0.10 },
                IdealQuality = 7, ReferenceMediaSpend = 8000m, ReferenceDirectMarketingSpend = 10000m, ReferenceSponsorshipSpend = 3000m,
                Parameters = MarketParameters.ForB2B,
            },
        };
        var quarterlyUnits = segments.ToDictionary(segment => segment.Id, segment => segment.Potential.Values.Sum());
        return new MarketScenario
        {
            Id = "standard",
            Title = "Marché standard (grand public et professionnels)",
            TurnCount = turnCount,
            Segments = segments,
            Territories = territories,
            Channels = channels,
            Salesforce = salesforce,
            Start = new InitialPosition
            {
                Reps = [new InitialRepGroup(RepStatus.FieldRep, repsPerFirm, 12)],
                // Half a quarter of a 1/4 share of the potential in stock.
                Inventory = quarterlyUnits.ToDictionary(pair => pair.Key, pair => (long)Math.Round(pair.Value / 8.0), StringComparer.Ordinal),
                ProductQuality = segments.ToDictionary(segment => segment.Id, segment => segment.IdealQuality, StringComparer.Ordinal),
                Distribution = channels.Where(channel => channel.NeedsListing)
                    .ToDictionary(channel => channel.Id, ScenarioStart.ListingSteadyState, StringComparer.Ordinal),
            },
        };
    }
}
