using NrcGame.Market;

namespace NrcGame.Scenarios;

/// <summary>Checks a segment and its response parameters against market-model.md §8.4.</summary>
internal static class SegmentValidator
{
    private static readonly NumericRange Price = new(0.01, 100_000, RangeUnit.Euros);
    private static readonly NumericRange Budget = new(0, 10_000_000, RangeUnit.Euros);
    private static readonly NumericRange Share = new(0, 1, RangeUnit.Fraction);
    private static readonly NumericRange Gamma = new(1, 2);
    private static readonly NumericRange Half = new(0.1, 10);

    /// <summary>Adds the errors of <paramref name="segment"/>.</summary>
    public static void Check(SegmentDefinition segment, MarketIds ids, ErrorCollector errors)
    {
        var path = $"segments[{segment.Id}]";
        errors.Required($"{path}.name", segment.Name);
        errors.InRange($"{path}.referencePrice", segment.ReferencePrice, Price);
        errors.InRange($"{path}.unitPurchaseCost", segment.UnitPurchaseCost, Price);
        if (segment.UnitPurchaseCost >= segment.ReferencePrice && segment.ReferencePrice > 0)
            errors.Add($"{path}.unitPurchaseCost",
                $"le coût d'achat ({FrenchNumbers.Number(segment.UnitPurchaseCost)} €) doit être inférieur au prix de référence ({FrenchNumbers.Number(segment.ReferencePrice)} €), sinon aucune marge n'est possible.");
        if (!LegalRules.VatRates.Contains(segment.VatRate))
            errors.Add($"{path}.vatRate", $"{FrenchNumbers.Number(segment.VatRate)} n'est pas un taux de TVA en vigueur (0,2 ; 0,1 ; 0,055 ; 0,021).");
        errors.InRange($"{path}.growthPerQuarter", segment.GrowthPerQuarter, new NumericRange(-0.05, 0.05, RangeUnit.Fraction));
        if (segment.Seasonality.Count != 4)
            errors.Add($"{path}.seasonality", $"{segment.Seasonality.Count} coefficients saisonniers au lieu de 4 (un par trimestre).");
        for (var quarter = 1; quarter <= segment.Seasonality.Count; quarter++)
            errors.InRange($"{path}.seasonality[{quarter}]", segment.Seasonality[quarter - 1], new NumericRange(0.5, 1.5));
        if (segment.Seasonality.Count == 4) errors.SumsTo($"{path}.seasonality", segment.Seasonality, 4, "des coefficients saisonniers");

        errors.KnownKeys($"{path}.potential", segment.Potential.Keys, ids.Territories, "le secteur");
        foreach (var (territory, units) in segment.Potential)
            errors.InRange($"{path}.potential.{territory}", units, new NumericRange(0, 10_000_000, RangeUnit.Units));
        if (segment.Potential.Values.Sum() <= 0) errors.Add($"{path}.potential", "le potentiel total du segment doit être positif.");

        errors.KnownKeys($"{path}.channelWeights", segment.ChannelWeights.Keys, ids.Channels, "le canal");
        foreach (var (channel, weight) in segment.ChannelWeights) errors.InRange($"{path}.channelWeights.{channel}", weight, Share);
        errors.SumsTo($"{path}.channelWeights", segment.ChannelWeights.Values, 1, "des poids des canaux");

        errors.KnownKeys($"{path}.creditMix", segment.CreditMix.Keys, ids.CreditClasses, "la classe de clients");
        foreach (var (credit, weight) in segment.CreditMix) errors.InRange($"{path}.creditMix.{credit}", weight, Share);
        errors.SumsTo($"{path}.creditMix", segment.CreditMix.Values, 1, "des parts des classes de clients");

        errors.InRange($"{path}.idealQuality", segment.IdealQuality, new NumericRange(0, 10));
        errors.InRange($"{path}.referenceMediaSpend", segment.ReferenceMediaSpend, Budget);
        errors.InRange($"{path}.referenceDirectMarketingSpend", segment.ReferenceDirectMarketingSpend, Budget);
        errors.InRange($"{path}.referenceSponsorshipSpend", segment.ReferenceSponsorshipSpend, Budget);
        CheckParameters(segment.Parameters, segment.Kind, $"{path}.parameters", errors);
    }

    private static void CheckParameters(MarketParameters parameters, SegmentKind kind, string path, ErrorCollector errors)
    {
        errors.InRange($"{path}.priceExponent", parameters.PriceExponent, kind == SegmentKind.B2C ? new NumericRange(2.0, 4.5) : new NumericRange(1.0, 2.5));
        errors.InRange($"{path}.categoryPriceElasticity", parameters.CategoryPriceElasticity, new NumericRange(0.3, 1.2));
        errors.InRange($"{path}.primaryDemandLift", parameters.PrimaryDemandLift, new NumericRange(0, 0.3, RangeUnit.Fraction));
        errors.InRange($"{path}.primaryDemandHalf", parameters.PrimaryDemandHalf, new NumericRange(0.5, 20));
        CheckCurve(parameters.Advertising, $"{path}.advertising", new NumericRange(0.5, 1.5), new NumericRange(1.2, 3.5), errors);
        CheckCurve(parameters.Salesforce, $"{path}.salesforce", new NumericRange(0, 1), new NumericRange(1.2, 5), errors);
        CheckCurve(parameters.Trade, $"{path}.trade", new NumericRange(0.5, 1.5), new NumericRange(1, 2), errors);
        errors.InRange($"{path}.distributionExponent", parameters.DistributionExponent, new NumericRange(0.8, 1.5));
        errors.InRange($"{path}.promotionExponentFactor", parameters.PromotionExponentFactor, new NumericRange(1.2, 1.6));
        errors.InRange($"{path}.postPromotionDip", parameters.PostPromotionDip, new NumericRange(0, 0.4, RangeUnit.Fraction));
        errors.InRange($"{path}.spillOver", parameters.SpillOver, Share);
        errors.InRange($"{path}.passThrough", parameters.PassThrough, new NumericRange(0.4, 0.8, RangeUnit.Fraction));
        errors.InRange($"{path}.mediaRetention", parameters.MediaRetention, new NumericRange(0.3, 0.5, RangeUnit.Fraction));
        errors.InRange($"{path}.directMarketingRetention", parameters.DirectMarketingRetention, new NumericRange(0, 0.9, RangeUnit.Fraction));
        errors.InRange($"{path}.sponsorshipRetention", parameters.SponsorshipRetention, new NumericRange(0, 0.9, RangeUnit.Fraction));
        var weights = new[] { parameters.MediaWeight, parameters.DirectMarketingWeight, parameters.SponsorshipWeight };
        errors.InRange($"{path}.mediaWeight", parameters.MediaWeight, Share);
        errors.InRange($"{path}.directMarketingWeight", parameters.DirectMarketingWeight, Share);
        errors.InRange($"{path}.sponsorshipWeight", parameters.SponsorshipWeight, Share);
        errors.SumsTo(path, weights, 1, "des poids média, marketing direct et parrainage (mediaWeight + directMarketingWeight + sponsorshipWeight)");
        errors.InRange($"{path}.qualityDistanceWeight", parameters.QualityDistanceWeight, Share);
        errors.InRange($"{path}.imageWeight", parameters.ImageWeight, Share);
        errors.InRange($"{path}.serviceWeight", parameters.ServiceWeight, Share);
    }

    private static void CheckCurve(ResponseCurve curve, string path, NumericRange min, NumericRange max, ErrorCollector errors)
    {
        errors.InRange($"{path}.min", curve.Min, min);
        errors.InRange($"{path}.max", curve.Max, max);
        errors.InRange($"{path}.half", curve.Half, Half);
        errors.InRange($"{path}.gamma", curve.Gamma, Gamma);
        if (curve.Max < curve.Min)
            errors.Add($"{path}.max", $"la réponse maximale ({FrenchNumbers.Number(curve.Max)}) doit être au moins égale à la réponse minimale ({FrenchNumbers.Number(curve.Min)}).");
    }
}
