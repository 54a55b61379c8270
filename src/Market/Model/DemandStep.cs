namespace NrcGame.Market;

/// <summary>
/// Steps 7–8 of market-model.md §8.2 across firms: shares <c>s_i = A_i / Σ_j A_j</c> per cell and credit class;
/// category demand <c>D = M·SI·outlook·w · (P̄/P_ref)^(−ε_c) · (1 + κ·X/(X + X_half)) · (1 + ξ)</c>, where P̄/P_ref is
/// the share-weighted price index (promotions included) and X = Σ_i (R_A,i − r_min) the aggregate advertising
/// pressure; firm demand <c>q_i = D·mix_g·s_i</c>, less last quarter's post-promotion dip.
/// </summary>
internal static class DemandStep
{
    public static double[] Apply(List<FirmWork> firms, MarketLayout layout, ulong seed)
    {
        var scenario = layout.Scenario;
        var classes = layout.ClassCount;
        var categoryDemand = new double[layout.Cells.Count];
        var pressure = new double[scenario.Segments.Count];
        for (var s = 0; s < scenario.Segments.Count; s++)
        {
            foreach (var firm in firms) pressure[s] += firm.AdvertisingIndex[s] - scenario.Segments[s].Parameters.Advertising.Min;
        }
        foreach (var cell in layout.Cells)
        {
            var segment = layout.Segment(cell);
            var parameters = segment.Parameters;
            double priceLevel = 0, mass = 0;
            for (var g = 0; g < classes; g++)
            {
                var index = cell.Index * classes + g;
                var total = 0.0;
                foreach (var firm in firms) total += firm.Attraction[index];
                if (total <= 0) continue;
                var level = 0.0;
                foreach (var firm in firms)
                {
                    firm.Share[index] = firm.Attraction[index] / total;
                    level += firm.Share[index] * firm.PriceIndex[index] / Math.Pow(firm.PromotionTerm[cell.Segment], 1 / (parameters.PromotionExponentFactor * parameters.PriceExponent));
                }
                priceLevel += cell.CreditMix[g] * level;
                mass += cell.CreditMix[g];
            }
            if (mass <= 0) continue;
            var x = pressure[cell.Segment];
            var lift = 1 + parameters.PrimaryDemandLift * x / (x + parameters.PrimaryDemandHalf);
            var noise = Noise(seed, layout, cell, scenario.Finance.DemandNoise);
            var demand = cell.BaseVolume * Math.Pow(priceLevel / mass, -parameters.CategoryPriceElasticity) * lift * noise;
            categoryDemand[cell.Index] = demand;
            for (var g = 0; g < classes; g++)
            {
                var index = cell.Index * classes + g;
                foreach (var firm in firms) firm.Demand[index] = demand * cell.CreditMix[g] * firm.Share[index];
            }
        }
        foreach (var firm in firms) ApplyPromotionDynamics(firm, firms, layout);
        return categoryDemand;
    }

    /// <summary>ξ: seeded lognormal noise with mean 1, one stream per cell; exactly 1 when σ = 0.</summary>
    private static double Noise(ulong seed, MarketLayout layout, MarketCell cell, double sigma)
    {
        if (sigma <= 0) return 1.0;
        var random = SeededRandom.For(seed, layout.Turn, "", $"demand:{layout.Segment(cell).Id}:{layout.Territory(cell).Id}:{layout.Channel(cell).Id}");
        return Math.Exp(sigma * random.NextNormal() - sigma * sigma / 2);
    }

    /// <summary>Removes last quarter's post-promotion dip and measures this quarter's promotional increment (§5.4).</summary>
    private static void ApplyPromotionDynamics(FirmWork firm, List<FirmWork> firms, MarketLayout layout)
    {
        var scenario = layout.Scenario;
        var classes = layout.ClassCount;
        firm.PromotionIncrement = new double[scenario.Segments.Count];
        for (var s = 0; s < scenario.Segments.Count; s++)
        {
            var segment = scenario.Segments[s];
            var total = 0.0;
            foreach (var cell in layout.Cells)
            {
                if (cell.Segment != s) continue;
                for (var g = 0; g < classes; g++) total += firm.Demand[cell.Index * classes + g];
            }
            var dip = firm.State.PromotionDip.TryGetValue(segment.Id, out var units) ? units : 0;
            var keep = total > 0 ? Math.Max(0, 1 - dip / total) : 1;
            var promotion = firm.PromotionTerm[s];
            foreach (var cell in layout.Cells)
            {
                if (cell.Segment != s) continue;
                for (var g = 0; g < classes; g++)
                {
                    var index = cell.Index * classes + g;
                    firm.Demand[index] *= keep;
                    if (promotion <= 1 || firm.Share[index] <= 0) continue;
                    var others = 0.0;
                    foreach (var rival in firms) others += rival.Attraction[index];
                    others -= firm.Attraction[index];
                    var withoutPromotion = firm.Attraction[index] / promotion / (others + firm.Attraction[index] / promotion);
                    firm.PromotionIncrement[s] += firm.Demand[index] * (1 - withoutPromotion / firm.Share[index]);
                }
            }
        }
    }
}
