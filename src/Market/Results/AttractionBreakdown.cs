namespace NrcGame.Market;

/// <summary>
/// The intermediate indices of one firm's attraction in one segment × territory × channel (market-model.md
/// §8.2 step 7), for the debrief: <c>A = PriceTerm · PromotionTerm · ValueTerm · R_A · R_S · DV^β_D · R_T</c>.
/// Price terms and shares are averaged over the credit classes by their weight in the cell's demand.
/// </summary>
public sealed record AttractionBreakdown
{
    /// <summary>Price the buyer compares, before the temporary promotion (TTC shelf price for B2C, € HT net of the value of terms for B2B).</summary>
    public double BuyerPrice { get; init; }

    /// <summary>Buyer price / reference buyer price.</summary>
    public double PriceIndex { get; init; }

    /// <summary>(P/P_ref)^(−β_P).</summary>
    public double PriceTerm { get; init; }

    /// <summary>(1 − δ)^(−1.4·β_P), 1 without promotion.</summary>
    public double PromotionTerm { get; init; }

    /// <summary>exp(V), perceived value (quality distance, image, service).</summary>
    public double ValueTerm { get; init; }

    /// <summary>Communication stock G of the segment (1 = reference).</summary>
    public double CommunicationStock { get; init; }

    /// <summary>R_A(G).</summary>
    public double AdvertisingIndex { get; init; }

    /// <summary>Coverage ratio CR of this quarter (effective visits / required visits); 1 for channels without visits.</summary>
    public double Coverage { get; init; }

    /// <summary>Salesforce stock S.</summary>
    public double SalesforceStock { get; init; }

    /// <summary>R_S(S).</summary>
    public double SalesforceIndex { get; init; }

    /// <summary>DV in effect this quarter.</summary>
    public double Distribution { get; init; }

    /// <summary>DV^β_D.</summary>
    public double DistributionTerm { get; init; }

    /// <summary>R_T(display spend / reference).</summary>
    public double TradeIndex { get; init; }

    /// <summary>Attraction A (class-weighted).</summary>
    public double Attraction { get; init; }

    /// <summary>Share of the cell's demand (class-weighted).</summary>
    public double Share { get; init; }
}
