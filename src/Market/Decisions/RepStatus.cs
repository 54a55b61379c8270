using System.Text.Json.Serialization;

namespace NrcGame.Market;

/// <summary>Contract of a sales rep (market-model.md §3.3, product.md decisions family 2).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RepStatus>))]
public enum RepStatus
{
    /// <summary>Salaried field rep on a CDI: fixed + variable, social charges, legal severance.</summary>
    FieldRep,

    /// <summary>Inside / phone sales (sédentaire): salaried, more contacts per day, lighter effect per contact.</summary>
    InsideSales,

    /// <summary>VRP exclusif: salaried, guaranteed 520 × SMIC horaire per quarter.</summary>
    VrpExclusive,

    /// <summary>VRP multicarte: salaried by several firms, commission only, gives us a share θ of his time.</summary>
    VrpMulticarte,

    /// <summary>Agent commercial: independent, commission fees (no social charges), end-of-contract indemnity.</summary>
    Agent,
}
