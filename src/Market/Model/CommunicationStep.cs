namespace NrcGame.Market;

/// <summary>
/// Step 4 of market-model.md §8.2: normalised adstocks <c>G^m_t = λ_m·G^m_{t−1} + (1 − λ_m)·a^m_t / a_ref</c> for
/// media, direct marketing and sponsorship (§2.3), their ω-weighted sum G, the advertising index R_A(G) and the
/// image index of the sponsorship stock.
/// </summary>
internal static class CommunicationStep
{
    public static void Apply(FirmWork firm, MarketLayout layout)
    {
        var promotion = firm.Decisions.Promotion;
        for (var s = 0; s < layout.Scenario.Segments.Count; s++)
        {
            var segment = layout.Scenario.Segments[s];
            var parameters = segment.Parameters;
            var previous = firm.State.Communication.TryGetValue(segment.Id, out var stock) ? stock : new CommunicationStock(0, 0, 0);
            var next = new CommunicationStock(
                Adstock(previous.Media, parameters.MediaRetention, Spend(promotion.Media, segment.Id), segment.ReferenceMediaSpend),
                Adstock(previous.DirectMarketing, parameters.DirectMarketingRetention, Spend(promotion.DirectMarketing, segment.Id), segment.ReferenceDirectMarketingSpend),
                Adstock(previous.Sponsorship, parameters.SponsorshipRetention, Spend(promotion.Sponsorship, segment.Id), segment.ReferenceSponsorshipSpend));
            firm.Communication[s] = next;
            firm.CommunicationIndex[s] = parameters.MediaWeight * next.Media + parameters.DirectMarketingWeight * next.DirectMarketing + parameters.SponsorshipWeight * next.Sponsorship;
            firm.AdvertisingIndex[s] = parameters.Advertising.Evaluate(firm.CommunicationIndex[s]);
            firm.ImageIndex[s] = next.Sponsorship / (next.Sponsorship + 1);
        }
    }

    /// <summary>Normalised adstock: steady state equals spend / reference spend.</summary>
    public static double Adstock(double previous, double retention, decimal spend, decimal reference) =>
        retention * previous + (1 - retention) * (reference > 0 ? (double)(spend / reference) : 0);

    private static decimal Spend(IReadOnlyDictionary<string, decimal> budgets, string segment) =>
        budgets.TryGetValue(segment, out var amount) ? amount : 0m;
}
