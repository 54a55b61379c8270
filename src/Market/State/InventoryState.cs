namespace NrcGame.Market;

/// <summary>Stock of one product, valued at CMUP (coût moyen unitaire pondéré).</summary>
/// <param name="Units">Units in stock (≥ 0).</param>
/// <param name="UnitCost">CMUP HT of one unit.</param>
public sealed record InventoryState(long Units, decimal UnitCost);
