namespace NrcGame.Market;

/// <summary>
/// Step 7 of market-model.md §8.2, per segment × territory × channel and credit class:
/// <c>A_i = (P_i/P_ref)^(−β_P) · (1 − δ)^(−1.4·β_P) · exp(V_i) · R_A(G_i) · R_S(S_i) · DV_i^β_D · R_T(trade_i)</c>,
/// zero when the firm refuses the class. V = −β_dist·|quality − ideal| + β_img·(image − ½) + β_svc·(service − 1).
/// </summary>
internal static class AttractionStep
{
    public static void Apply(FirmWork firm, MarketLayout layout)
    {
        var scenario = layout.Scenario;
        var pricing = firm.Decisions.Pricing;
        var classes = layout.ClassCount;
        for (var s = 0; s < scenario.Segments.Count; s++)
        {
            var segment = scenario.Segments[s];
            var promotion = segment.Kind == SegmentKind.B2C && pricing.Promotion.TryGetValue(segment.Id, out var delta) ? (double)delta : 0;
            firm.PromotionTerm[s] = Math.Pow(1 - promotion, -segment.Parameters.PromotionExponentFactor * segment.Parameters.PriceExponent);
        }
        foreach (var cell in layout.Cells)
        {
            var segment = layout.Segment(cell);
            var channel = layout.Channel(cell);
            var parameters = segment.Parameters;
            var discount = pricing.Discount.TryGetValue(channel.Id, out var remise) ? remise : 0m;
            var trade = firm.Decisions.Promotion.Trade.TryGetValue(channel.Id, out var decision) ? decision : new TradeDecision();
            var quality = firm.State.ProductQuality.TryGetValue(segment.Id, out var q) ? q : segment.IdealQuality;
            var value = Math.Exp(-parameters.QualityDistanceWeight * Math.Abs(quality - segment.IdealQuality)
                + parameters.ImageWeight * (firm.ImageIndex[cell.Segment] - 0.5)
                + parameters.ServiceWeight * (firm.State.ServiceLevel - 1));
            var coverage = cell.VisitCell >= 0 ? firm.Coverage[cell.VisitCell] : 1.0;
            var stock = cell.VisitCell >= 0 ? firm.SalesforceStock[cell.VisitCell] : 1.0;
            var salesforce = cell.VisitCell >= 0 ? parameters.Salesforce.Evaluate(stock) : 1.0;
            var dv = firm.Distribution[cell.Territory, cell.Channel];
            var distribution = Math.Pow(dv, parameters.DistributionExponent);
            var tradeIndex = channel.ReferenceTradeSpend > 0 ? parameters.Trade.Evaluate((double)(trade.DisplaySpend / channel.ReferenceTradeSpend)) : 1.0;
            var common = firm.PromotionTerm[cell.Segment] * value * firm.AdvertisingIndex[cell.Segment] * salesforce * distribution * tradeIndex;
            double weightedPrice = 0, weightedIndex = 0, weightedTerm = 0, weightedAttraction = 0, mass = 0;
            for (var g = 0; g < classes; g++)
            {
                var credit = scenario.CreditClasses[g];
                var index = cell.Index * classes + g;
                var price = BuyerPrice.Of(segment, channel, credit, firm.ListPrice[cell.Segment], discount, trade.CooperationRate, pricing.PaymentTermsDays);
                firm.PriceIndex[index] = price / BuyerPrice.Reference(segment, channel, credit, scenario.Finance);
                var priceTerm = Math.Pow(firm.PriceIndex[index], -parameters.PriceExponent);
                firm.Attraction[index] = firm.Accepted[g] ? priceTerm * common : 0.0;
                var weight = cell.CreditMix[g];
                weightedPrice += weight * price;
                weightedIndex += weight * firm.PriceIndex[index];
                weightedTerm += weight * priceTerm;
                weightedAttraction += weight * firm.Attraction[index];
                mass += weight;
            }
            mass = mass > 0 ? mass : 1;
            firm.CellTerms[cell.Index] = new CellTerms
            {
                BuyerPrice = weightedPrice / mass,
                PriceIndex = weightedIndex / mass,
                PriceTerm = weightedTerm / mass,
                Value = value,
                Coverage = coverage,
                Stock = stock,
                SalesforceIndex = salesforce,
                Distribution = dv,
                DistributionTerm = distribution,
                TradeIndex = tradeIndex,
                Attraction = weightedAttraction / mass,
            };
        }
    }
}
