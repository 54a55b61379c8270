using NrcGame.Market.Accounting.Formulas;

namespace NrcGame.Market.Tests.Accounting;

/// <summary>Worked exercise on délais de rotation and BFR normatif (§7.3).</summary>
public sealed class WorkingCapitalExerciseTests
{
    [Fact]
    public void Exercise_11_délais_de_rotation_and_BFR_normatif()
    {
        // Année: CA HT 600 000 € (TVA 20 % → CA TTC 720 000), coût d'achat des marchandises vendues 480 000,
        // achats HT 500 000 (TTC 600 000). Stock initial 30 000, stock final 50 000; clients 72 000 TTC; fournisseurs 50 000 TTC.
        // Stock moyen = (30 000 + 50 000) / 2 = 40 000; rotation = 40 000 / 480 000 × 360 = 30 jours.
        // Délai clients = 72 000 / 720 000 × 360 = 36 jours. Délai fournisseurs = 50 000 / 600 000 × 360 = 30 jours.
        // BFR normatif en jours de CA HT:
        //   stocks 30 × (480 000 / 600 000 = 0,8) = 24; clients 36 × (720 000 / 600 000 = 1,2) = 43,2;
        //   fournisseurs 30 × (600 000 / 600 000 = 1) = 30. BFR = 24 + 43,2 − 30 = 37,2 jours.
        // En euros: 37,2 × 600 000 / 360 = 62 000 € (= stock moyen 40 000 + clients 72 000 − fournisseurs 50 000).
        var averageStock = RotationRatios.AverageStock(30_000m, 50_000m);
        var stockDays = RotationRatios.InventoryDays(averageStock, 480_000m);
        var customerDays = RotationRatios.CustomerCreditDays(72_000m, 720_000m);
        var supplierDays = RotationRatios.SupplierCreditDays(50_000m, 600_000m);
        var needDays = RotationRatios.NormativeNeedDays(
            [RotationRatios.NormativeComponentDays(stockDays, 0.8m), RotationRatios.NormativeComponentDays(customerDays, 1.2m)],
            [RotationRatios.NormativeComponentDays(supplierDays, 1m)]);

        Assert.Equal(40_000m, averageStock);
        Assert.Equal(30m, stockDays);
        Assert.Equal(36m, customerDays);
        Assert.Equal(30m, supplierDays);
        Assert.Equal(37.2m, needDays);
        Assert.Equal(62_000m, RotationRatios.NormativeNeed(needDays, 600_000m));
        Assert.Equal(37.2m, RotationRatios.InDaysOfSales(62_000m, 600_000m));
    }

    [Fact]
    public void Exercise_12_quarterly_délai_clients_on_90_days()
    {
        // Trimestre: CA TTC 180 000 €, créances clients 60 000 € → 60 000 / 180 000 × 90 = 30 jours.
        Assert.Equal(30m, RotationRatios.CustomerCreditDays(60_000m, 180_000m, RotationRatios.DaysInQuarter));
    }
}
