using System.Text.Json.Serialization;

namespace NrcGame.Market;

/// <summary>Base on which commissions are computed (market-model.md §4.1).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CommissionBase>))]
public enum CommissionBase
{
    /// <summary>CA HT invoiced.</summary>
    Revenue,

    /// <summary>Marge commerciale (CA HT − coût d'achat des ventes).</summary>
    Margin,

    /// <summary>Cash collected (sur encaissements), HT.</summary>
    CashCollected,
}
